// `node scripts/prisma.mjs <prisma args>`: the Prisma CLI against the project's database (DATABASE_URL,
// else the embedded server, started for the duration of the command). E.g.
//   node scripts/prisma.mjs migrate dev --name add-foo     (create a migration)
//   node scripts/prisma.mjs migrate deploy                 (npm run db:migrate)
import { ensureDatabase, runPrisma, runThenExit } from "./db.mjs";

const args = process.argv.slice(2);
await runThenExit(async () => {
  await runPrisma(args, { url: await ensureDatabase() });
});
