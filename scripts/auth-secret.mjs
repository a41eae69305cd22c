// AUTH_SECRET signs the session cookies. Every instance on one database must use the same one, so
// with DATABASE_URL (a server the operator runs, maybe shared by several instances) it must be
// set; a secret generated into this checkout's .data/ would differ per machine and sign everyone
// out at every restart on another one. Only the embedded database of `npm start` (one process, one
// checkout) gets a generated secret, kept in .data/auth-secret.

export const MISSING_AUTH_SECRET =
  "AUTH_SECRET is not set: with DATABASE_URL every instance must sign sessions with the same secret; set AUTH_SECRET to 32 or more random characters (openssl rand -base64 33).";

/** The one line to stop with, or null when the environment is fine. */
export function authSecretProblem(env = process.env) {
  return env.DATABASE_URL && !env.AUTH_SECRET ? MISSING_AUTH_SECRET : null;
}
