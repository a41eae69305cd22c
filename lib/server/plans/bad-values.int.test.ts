import { afterAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/errors";
import { applyReimport, exportPlan, getPlan, importPlan, listPlans, setItemDone, updateTask } from "@/lib/server/plans";
import type { ApiPlan } from "@/lib/plan/contract";
import { generatePlanMarkdown } from "@/lib/server/testing/generate-plan";
import { newMember, newOwner, rawClient } from "@/lib/server/testing/helpers";
import { setMemberRole } from "@/lib/server/workspaces/members";

afterAll(async () => {
  await db.$disconnect();
});

/** What a caller sees: the API maps AppError to its code and ZodError to 400 bad_request. */
const outcome = (e: unknown) => (e instanceof AppError ? e.code : e instanceof ZodError ? "bad_request" : e);
const tasksOf = (p: ApiPlan) => p.phases.flatMap((ph) => ph.tasks);
const itemsOf = (p: ApiPlan) =>
  p.phases.flatMap((ph) => [...ph.checklist, ...ph.tasks.flatMap((t) => [...t.checklist, ...t.criteria])]);

describe("task edits refuse values out of bounds, and nothing changes", () => {
  it("bounds hours, reads only whole estimates, keeps one-line fields on one line", async () => {
    const owner = await newOwner();
    const plan = await importPlan(owner, { input: generatePlanMarkdown(3) });
    const task = tasksOf(plan)[0]!;
    const bad: Array<[string, Parameters<typeof updateTask>[3], string]> = [
      [
        "1e308 hours",
        { estimate: { minHours: 1e308, maxHours: 1e308, text: "lots" }, version: task.version },
        "bad_request",
      ],
      [
        "negative hours",
        { estimate: { minHours: -3, maxHours: 2, text: "-3h" }, version: task.version },
        "bad_request",
      ],
      ["min above max", { estimate: { minHours: 5, maxHours: 3, text: "5-3h" }, version: task.version }, "bad_request"],
      ["-3h", { estimate: "-3h", version: task.version }, "unprocessable"],
      ["3--5h", { estimate: "3--5h", version: task.version }, "unprocessable"],
      ["1e308h", { estimate: "1e308h", version: task.version }, "unprocessable"],
      ["20000 hours", { estimate: "20000 hours", version: task.version }, "unprocessable"],
      ["newline in owner", { owner: "bob\n\n### Task 99: injected\n- [ ] evil", version: task.version }, "bad_request"],
      ["newline in estimate", { estimate: "3h\n### Task 99: injected", version: task.version }, "bad_request"],
      ["NUL in owner", { owner: "bo\u0000b", version: task.version }, "bad_request"],
      ["lone surrogate in owner", { owner: "bo\ud800b", version: task.version }, "bad_request"],
      ["1 MB owner", { owner: "a".repeat(1024 * 1024), version: task.version }, "bad_request"],
      [
        "900 KB estimate text",
        { estimate: { minHours: 1, maxHours: 2, text: "x".repeat(900 * 1024) }, version: task.version },
        "bad_request",
      ],
    ];
    const exportBefore = (await exportPlan(owner, plan.id, "md")).body;
    for (const [what, patch, code] of bad) {
      await expect(updateTask(owner, plan.id, task.id, patch).catch(outcome), what).resolves.toBe(code);
    }
    const after = await getPlan(owner, plan.id);
    expect(after.version).toBe(plan.version);
    expect(tasksOf(after)[0]).toEqual(task);
    expect(Buffer.from((await exportPlan(owner, plan.id, "md")).body).equals(Buffer.from(exportBefore))).toBe(true);
    // The plan list (sums of hours) still answers.
    expect((await listPlans(owner)).map((p) => p.id)).toContain(plan.id);
    // A sound edit still works.
    const ok = await updateTask(owner, plan.id, task.id, { estimate: "~3h", owner: "Bo", version: task.version });
    expect(ok.estimate).toMatchObject({ minHours: 3, maxHours: 3 });
  });
});

describe("imports refuse values the app cannot store (422), and store nothing", () => {
  it("a 1 MB heading, a huge estimate in the text", async () => {
    const owner = await newOwner();
    const before = await db.plan.count({ where: { workspaceId: owner.workspaceId } });
    const huge = `# Plan\n\n## Phase 1\n\n### Task 1: ${"a".repeat(1024 * 1024)}\n\n- [ ] x\n`;
    await expect(importPlan(owner, { input: huge }).catch(outcome)).resolves.toBe("unprocessable");
    expect(await db.plan.count({ where: { workspaceId: owner.workspaceId } })).toBe(before);
    // An estimate past 10,000 hours is no estimate (the plan imports, the task is unestimated).
    const plan = await importPlan(owner, {
      input: "# Plan\n\n## Phase 1\n\n### Task 1: Big\n\n**Effort:** 99999999 hours\n\n- [ ] x\n",
    });
    expect(tasksOf(plan)[0]!.estimate).toBeNull();
    expect((await listPlans(owner)).find((p) => p.id === plan.id)!.estimateHours.max).toBe(0);
  });
});

describe("re-import while others tick", () => {
  it("never deadlocks: every tick and every re-import succeeds or is cleanly refused", async () => {
    const owner = await newOwner();
    const md = generatePlanMarkdown(40);
    const plan = await importPlan(owner, { input: md });
    const failures: unknown[] = [];
    for (let round = 0; round < 6; round++) {
      const items = itemsOf(await getPlan(owner, plan.id));
      const next = round % 2 ? md : md.replace(/- \[ \] Review/g, "- [ ] Re-review");
      const ticks = items
        .slice(0, 60)
        .map((it) =>
          setItemDone(owner, plan.id, it.id, !it.done).catch((e) =>
            outcome(e) === "not_found" ? null : failures.push(e),
          ),
        );
      const reimport = applyReimport(owner, plan.id, next).catch((e) => failures.push(e));
      await Promise.all([...ticks, reimport]);
    }
    expect(failures.map((e) => (e instanceof Error ? e.message.slice(0, 200) : String(e)))).toEqual([]);
  });
});

describe("a demoted owner's request in flight", () => {
  it("re-reads the role after taking the lock", async () => {
    const a = await newOwner("a");
    const b = await newMember(a, "owner");
    const c = await newMember(a, "viewer");
    const client = await rawClient();
    try {
      // B demotes A and holds the owner rows locked; A's request (resolved as owner) waits meanwhile.
      await client.query("BEGIN");
      await client.query("SELECT id FROM memberships WHERE workspace_id = $1 AND role = 'owner' FOR UPDATE", [
        a.workspaceId,
      ]);
      await client.query("UPDATE memberships SET role = 'viewer' WHERE workspace_id = $1 AND user_id = $2", [
        a.workspaceId,
        a.userId,
      ]);
      const inFlight = setMemberRole(a, c.userId, "owner").catch(outcome);
      await new Promise((r) => setTimeout(r, 200));
      await client.query("COMMIT");
      await expect(inFlight).resolves.toBe("forbidden");
    } finally {
      await client.end();
    }
    expect(
      (await db.membership.findFirstOrThrow({ where: { workspaceId: a.workspaceId, userId: c.userId } })).role,
    ).toBe("viewer");
    expect(b.role).toBe("owner");
  });
});
