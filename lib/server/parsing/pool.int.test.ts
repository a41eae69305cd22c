import { afterAll, afterEach, describe, expect, it } from "vitest";
import { generatePlan } from "@/bench/generate-plan";
import { db } from "@/lib/server/db/client";
import { resetEnvCache } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { checkDatabase } from "@/lib/server/health";
import { applyReimport, exportPlan, getPlan, importPlan, previewReimport } from "@/lib/server/plans";
import { newOwner } from "@/lib/server/testing/helpers";
import { previewInWorker } from "./pool";

afterAll(async () => {
  await db.$disconnect();
});

afterEach(() => {
  delete process.env.PARSE_TIME_LIMIT_MS;
  resetEnvCache();
});

function withTimeLimit(ms: number) {
  process.env.PARSE_TIME_LIMIT_MS = String(ms);
  resetEnvCache();
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

const BIG = generatePlan({ tasks: 3000 });
const counts = async (workspaceId: string) => ({
  plans: await db.plan.count({ where: { workspaceId } }),
  activity: await db.activity.count({ where: { workspaceId } }),
});

describe("parsing in the worker pool", () => {
  it("ends a parse over its time limit with 422 too_complex and writes nothing; the pool keeps working", async () => {
    const owner = await newOwner();
    const before = await counts(owner.workspaceId);
    withTimeLimit(5);
    const e = await refusal(importPlan(owner, { input: BIG, fileName: "big.md" }));
    expect(e.code).toBe("too_complex");
    expect(e.status).toBe(422);
    expect(await counts(owner.workspaceId)).toEqual(before);
    const preview = await refusal(previewInWorker(BIG, undefined, false));
    expect(preview.code).toBe("too_complex");

    // The ended worker is replaced: the next parse under the normal limit succeeds.
    withTimeLimit(10_000);
    const small = await importPlan(owner, { input: "# Plan\n\n## Phase 1\n\n### Task 1: Ship\n\n- [ ] it\n" });
    expect(small.title).toBe("Plan");
  });

  it("re-import over the time limit changes nothing, preview or apply", async () => {
    const owner = await newOwner();
    const plan = await importPlan(owner, { input: "# Plan\n\n## Phase 1\n\n### Task 1: Ship\n\n- [ ] it\n" });
    withTimeLimit(5);
    expect((await refusal(previewReimport(owner, plan.id, BIG))).code).toBe("too_complex");
    expect((await refusal(applyReimport(owner, plan.id, BIG))).code).toBe("too_complex");
    withTimeLimit(10_000);
    const after = await getPlan(owner, plan.id);
    expect(after.version).toBe(plan.version);
    expect(after.phases.flatMap((p) => p.tasks).map((t) => t.title)).toEqual(["Ship"]);
    expect((await exportPlan(owner, plan.id, "md")).body).toBe(
      "# Plan\n\n## Phase 1\n\n### Task 1: Ship\n\n- [ ] it\n",
    );
  });

  it("refuses the paragraph of unpaired emphasis marks as too_complex at once", async () => {
    const owner = await newOwner();
    const before = await counts(owner.workspaceId);
    const e = await refusal(importPlan(owner, { input: `# Plan\n\n${"*a_".repeat(350_000)}\n` }));
    expect(e.code).toBe("too_complex");
    expect(e.message).toMatch(/line 3/);
    expect(await counts(owner.workspaceId)).toEqual(before);
  });

  it("keeps the event loop free while a large plan parses: health checks complete during it", async () => {
    withTimeLimit(120_000); // this test is about the event loop, not the limit: no refusal under load
    let settled = false;
    const parse = previewInWorker(generatePlan({ tasks: 800 }), undefined, false).finally(() => (settled = true));
    parse.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
    let during = 0;
    while (!settled) {
      await checkDatabase();
      if (!settled) during++;
    }
    const body = JSON.parse(new TextDecoder().decode(await parse)) as { phases: unknown[] };
    expect(body.phases.length).toBeGreaterThan(0);
    // Parsed on this thread, the parse would run to its end before the first check resumed (0).
    expect(during).toBeGreaterThanOrEqual(5);
  });
});
