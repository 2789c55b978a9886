/**
 * @module Shared schema pieces for content files.
 */
import { isIsoDate } from "@certpath/core";
import { z } from "zod";

export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, { message: "must be a real calendar date as YYYY-MM-DD" });

export const KebabIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (lowercase letters, digits, dashes)");

export const NonEmptyText = z.string().trim().min(1, "must not be empty");
