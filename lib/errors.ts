/**
 * The one error type of the app, on both sides of the wire. Server code throws it; the API
 * wrapper turns it into `{ error: { code, message } }` with the status below, and the browser's
 * fetch wrapper turns such a body back into it (`errorFromResponse`), so callers check `code`.
 * Anything else on the server is a 500 whose details stay in the server log.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  /** The input is readable but too costly to read: over the parse time limit or a bound. */
  too_complex: 422,
  too_many_requests: 429,
  internal: 500,
  /** The server is overloaded for this kind of work right now; try again. */
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

const CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Seconds until a refused request may be tried again (429 → Retry-After). */
  readonly retryAfterSeconds?: number;
  constructor(code: ErrorCode, message: string, options: { retryAfterSeconds?: number } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    if (options.retryAfterSeconds !== undefined)
      this.retryAfterSeconds = Math.max(1, Math.ceil(options.retryAfterSeconds));
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
  toBody() {
    return errorBody(this.code, this.message);
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

export function errorBody(code: ErrorCode, message: string) {
  return { error: { code, message } };
}

/**
 * `{ error: { code, message } }` with a known code. Checked by hand, not with zod: every page's
 * fetch wrapper imports this file, and zod would be part of every first load.
 */
function parseErrorBody(body: unknown): { code: ErrorCode; message: string } | null {
  if (typeof body !== "object" || body === null) return null;
  const error = (body as { error?: unknown }).error;
  if (typeof error !== "object" || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof code === "string" && (CODES as string[]).includes(code) && typeof message === "string"
    ? { code: code as ErrorCode, message }
    : null;
}

/** The code a bare HTTP status stands for (a proxy's 413 or 502 carries no body of ours). */
function codeForStatus(status: number): ErrorCode {
  return CODES.find((c) => ERROR_STATUS[c] === status) ?? (status >= 500 ? "internal" : "bad_request");
}

/** A non-2xx answer as an AppError: the server's code and message when the body is ours. */
export function errorFromResponse(status: number, body: unknown): AppError {
  const parsed = parseErrorBody(body);
  if (parsed) return new AppError(parsed.code, parsed.message);
  const code = codeForStatus(status);
  return new AppError(code, code === "payload_too_large" ? "The file is too large." : `Request failed (${status}).`);
}
