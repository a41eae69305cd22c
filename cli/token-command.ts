/**
 * `flightplan token create --email EMAIL`: print a new API token for an existing
 * user (for CI and scripts). The token is printed on stdout alone, so
 * `TOKEN=$(npm run -s flightplan -- token create --email me@example.com)` works.
 * Wired into cli/flightplan.ts by the engine's CLI.
 */

const USAGE = `Usage: flightplan token create --email EMAIL

Creates an API token for an existing user and prints it once on stdout.
Use it as: Authorization: Bearer <token>
Uses DATABASE_URL, or (like npm start) the embedded PostgreSQL under .data/pg when it is unset.`;

function readFlag(args: string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === `--${name}`) return args[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

export async function runTokenCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (!sub || sub === "--help" || sub === "-h" || sub === "help") {
    process.stdout.write(`${USAGE}\n`);
    return sub ? 0 : 2;
  }
  if (sub !== "create") {
    process.stderr.write(`flightplan token: unknown subcommand "${sub}"\n\n${USAGE}\n`);
    return 2;
  }
  const email = readFlag(rest, "email")?.trim().toLowerCase();
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) {
    process.stderr.write(`flightplan token create: --email EMAIL is required\n\n${USAGE}\n`);
    return 2;
  }
  // Without DATABASE_URL, the database of `npm start`: its embedded server (started here if it is
  // not running, and stopped again after). Messages go to stderr: stdout holds only the token.
  const db = process.env.DATABASE_URL ? null : await import("../scripts/db.mjs");
  try {
    if (db) process.env.DATABASE_URL = await db.ensureDatabase({ log: (m) => process.stderr.write(`${m}\n`) });
    const { createApiTokenForEmail } = await import("@/lib/server/tokens/api-tokens");
    const { token } = await createApiTokenForEmail(email);
    process.stdout.write(`${token}\n`);
    return 0;
  } catch (err) {
    const e = err as { name?: string; code?: string; message?: string };
    if (e?.name === "AppError") {
      process.stderr.write(`flightplan token create: ${e.message}\n`);
      return e.code === "not_found" ? 3 : 1;
    }
    process.stderr.write(`flightplan token create: ${e?.message ?? String(err)}\n`);
    return 1;
  } finally {
    if (db) await db.stopEmbedded();
  }
}
