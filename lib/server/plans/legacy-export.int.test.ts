/**
 * Export does not depend on the engine a plan was imported with. legacy-demo.sql is the demo
 * workspace as the engine before stored source spans (commit 3108377) imported it, with edits
 * made there (a tick, an untick, a task's status, owner and estimate); the .exported.md files
 * are what that code exported. Loaded into today's schema, today's export holds those edits and
 * is otherwise byte for byte the same.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import type { Actor } from "@/lib/server/actor";
import { rawClient, uniqueEmail } from "@/lib/server/testing/helpers";
import { exportPlan, getPlan, setItemDone, updateTask } from "./index";

const DIR = path.join(process.cwd(), "lib/server/__fixtures__/legacy-demo");
const expected = readdirSync(DIR).filter((f) => f.endsWith(".exported.md"));
let actor: Actor;
const planIds = new Map<string, string>();

beforeAll(async () => {
  // The fixture's demo account gets an address of its own: other tests may seed the demo user.
  const sql = readFileSync(path.join(DIR, "legacy-demo.sql"), "utf8").replaceAll(
    "demo@flightplan.local",
    uniqueEmail("legacy"),
  );
  const client = await rawClient();
  try {
    await client.query("BEGIN");
    await client.query(sql);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
  const user = await db.user.findFirstOrThrow({
    where: { email: { startsWith: "legacy-" } },
    orderBy: { createdAt: "desc" },
    include: { memberships: true },
  });
  actor = { userId: user.id, workspaceId: user.memberships[0]!.workspaceId, role: "owner" };
  for (const p of await db.plan.findMany({
    where: { workspaceId: actor.workspaceId },
    select: { id: true, fileName: true, sourceBaseline: true },
  })) {
    expect(p.sourceBaseline).toBeNull(); // imported before anything was stored for export
    planIds.set(p.fileName!, p.id);
  }
});

afterAll(async () => {
  await db.$disconnect();
});

describe.each(expected)("%s imported by the old engine", (file) => {
  const name = file.replace(/\.exported\.md$/, ".md");

  it("exports with today's code exactly as it was exported then (edits held, nothing else changed)", async () => {
    const out = await exportPlan(actor, planIds.get(name)!, "md");
    expect(out.body).toBe(readFileSync(path.join(DIR, file), "utf8"));
  });

  it("takes today's edits on top: one more tick changes one character", async () => {
    const id = planIds.get(name)!;
    const before = (await exportPlan(actor, id, "md")).body as string;
    const plan = await getPlan(actor, id);
    const item = [
      ...plan.criteria,
      ...plan.phases.flatMap((p) => [...p.checklist, ...p.tasks.flatMap((t) => [...t.checklist, ...t.criteria])]),
    ].find((i) => !i.done && i.line !== null);
    if (!item) return;
    await setItemDone(actor, id, item.id, true);
    const after = (await exportPlan(actor, id, "md")).body as string;
    expect(after.length).toBe(before.length);
    const was = before.split("");
    expect(after.split("").filter((c, i) => c !== was[i])).toEqual(["x"]);
  });
});

describe("a legacy plan edited with today's code", () => {
  it("writes a title change back on the task's line", async () => {
    const id = planIds.get("leadscout-backlog.md")!;
    const plan = await getPlan(actor, id);
    const task = plan.phases.flatMap((p) => p.tasks).find((t) => t.line !== null)!;
    await updateTask(actor, id, task.id, { version: task.version, title: "A renamed task" });
    const before = ((await exportPlan(actor, id, "md")).body as string).split("\n");
    await updateTask(actor, id, task.id, { version: task.version + 1, title: "Renamed again" });
    const after = ((await exportPlan(actor, id, "md")).body as string).split("\n");
    expect(after).toHaveLength(before.length);
    const changed = after.filter((l, i) => l !== before[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain("Renamed again");
  });
});
