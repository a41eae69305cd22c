// Seeds an empty database with the demo workspace (see lib/server/workspaces/seed.ts), only when
// asked with --demo (scripts/start.mjs asks for the embedded database, or for `npm start -- --demo`):
//   tsx --conditions=react-server scripts/seed.ts --demo
// (the react-server condition makes `import "server-only"` a no-op outside Next).
import { disconnect } from "@/lib/server/db/client";
import { DEMO_USER, seedIfEmpty } from "@/lib/server/workspaces/seed";

if (!process.argv.slice(2).includes("--demo")) {
  console.log("Not seeding: the demo account has a published password; pass --demo to seed it into an empty database.");
  process.exit(0);
}

try {
  const t0 = Date.now();
  const result = await seedIfEmpty();
  if (result.seeded)
    console.log(
      `Seeded the demo workspace with ${result.plans.length} plans in ${Date.now() - t0} ms: ${result.plans.join(", ")}`,
    );
  else if (!result.demoUserExists) console.log("The database already has users: no demo data seeded.");
  if (result.demoUserExists) console.log(`\n  Demo login: ${DEMO_USER.email} / ${DEMO_USER.password}\n`);
} finally {
  await disconnect();
}
