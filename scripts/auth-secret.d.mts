export const MISSING_AUTH_SECRET: string;
/** The one line to stop with (DATABASE_URL set, AUTH_SECRET not), or null. */
export function authSecretProblem(env?: Record<string, string | undefined>): string | null;
