// Seeds an empty database with the demo workspace (see lib/server/seed.ts). Run by scripts/start.mjs:
//   tsx --conditions=react-server scripts/seed.ts
// (the react-server condition makes `import "server-only"` a no-op outside Next).
import { db } from "@/lib/db";
import { DEMO_USER, seedIfEmpty } from "@/lib/server/workspaces/seed";

try {
  const t0 = Date.now();
  const result = await seedIfEmpty();
  if (result.seeded) console.log(`Seeded the demo workspace with ${result.plans.length} plans in ${Date.now() - t0} ms: ${result.plans.join(", ")}`);
  if (result.demoUserExists) console.log(`\n  Demo login: ${DEMO_USER.email} / ${DEMO_USER.password}\n`);
} finally {
  await db.$disconnect();
}
