/**
 * @module Errors: one closed set of codes for invariant violations in core.
 * Surfaces (HTTP, CLI) map each code to a status and an exit code in one table.
 */
export const ERROR_CODES = ["INVALID_ARGUMENT", "NOT_FOUND", "CONFLICT", "INVARIANT"] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class CertpathError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = "CertpathError";
    this.code = code;
  }
}
