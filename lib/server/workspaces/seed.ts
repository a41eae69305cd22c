import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/actor";
import { findUserByEmail, hasUsers } from "@/lib/server/db/users";
import { renameWorkspace } from "@/lib/server/db/workspaces";
import { importPlan } from "@/lib/server/plans/import";
import { signUpUser } from "@/lib/server/users/accounts";

/** The demo account `npm start` creates in an empty database. */
export const DEMO_USER = { email: "demo@flightplan.local", password: "flightplan-demo", name: "Demo User" } as const;

export type SeedResult = { seeded: boolean; plans: string[]; demoUserExists: boolean };

/**
 * In a database without users: the demo account, its workspace and every fixtures/plans/*.md
 * imported through importPlan (the same path as an upload). Does nothing otherwise.
 */
export async function seedIfEmpty(fixturesDir = path.join(process.cwd(), "fixtures", "plans")): Promise<SeedResult> {
  if (await hasUsers()) {
    const demo = await findUserByEmail(DEMO_USER.email);
    return { seeded: false, plans: [], demoUserExists: demo !== null };
  }
  let user;
  try {
    user = await signUpUser(DEMO_USER);
  } catch (e) {
    // Another process seeding at the same moment won the race: it imports the plans.
    if (e instanceof AppError && e.code === "conflict") return { seeded: false, plans: [], demoUserExists: true };
    throw e;
  }
  await renameWorkspace(user.workspaceId, "Demo workspace");
  const actor: Actor = { userId: user.id, workspaceId: user.workspaceId, role: "owner" };
  const files = readdirSync(fixturesDir)
    .filter((f) => f.endsWith(".md"))
    .sort();
  for (const file of files) {
    await importPlan(actor, { input: readFileSync(path.join(fixturesDir, file)), fileName: file });
  }
  return { seeded: true, plans: files, demoUserExists: true };
}
