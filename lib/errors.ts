/**
 * The one error type of the app. Server code throws it; the API wrapper turns it into
 * `{ error: { code, message } }` with the status below. Anything else is a 500 whose details
 * stay in the server log.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unprocessable: 422,
  /** The input is readable but too costly to read: over the parse time limit or a bound. */
  too_complex: 422,
  /** The server is overloaded for this kind of work right now; try again. */
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = "AppError";
    this.code = code;
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
  toBody() {
    return { error: { code: this.code, message: this.message } };
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
