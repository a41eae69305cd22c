/**
 * Why an uploaded or pasted plan could not be read at all, before any Markdown parsing, or
 * (`bad_value`) why a value cannot be written into its markdown (a line break would start a block).
 * The message is one human sentence that says what to do, safe to show to the user as is; callers
 * map `code` to their own error type.
 */
export type PlanInputErrorCode =
  "empty" | "binary" | "too_large" | "bad_encoding" | "too_deep" | "too_complex" | "invalid_value" | "bad_value";

export class PlanInputError extends Error {
  readonly code: PlanInputErrorCode;

  constructor(code: PlanInputErrorCode, message: string) {
    super(message);
    this.name = "PlanInputError";
    this.code = code;
  }
}
