/** @module The release version, shown by /api/health, the OpenAPI document and `certpath --version`. */
export const VERSION = "0.1.0";
