import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { decideDecision } from "@/lib/server/decisions";
import { recordMeasurement } from "@/lib/server/metrics";
import { addTask, getPlan, importPlan, setItemDone, updateTask } from "@/lib/server/plans";
import { countQueries, newOwner, readFixture } from "@/lib/server/testing/helpers";
import { loadPlan } from "@/lib/server/db/plans";

afterAll(async () => {
  await db.$disconnect();
});

const NAME = "app-v2-readiness-plan.md";

describe("the cached plan read after a change", () => {
  it("is patched from the change feed, equal to a fresh load, in a few queries; an added task loads it whole", async () => {
    const owner = await newOwner();
    const { id } = await importPlan(owner, { input: readFixture(NAME), fileName: NAME });
    const before = await getPlan(owner, id);
    const item = [...before.criteria, ...before.phases.flatMap((p) => p.checklist)].find((i) => !i.done)!;
    const task = before.phases.flatMap((p) => p.tasks)[2]!;
    await setItemDone(owner, id, item.id, true);
    await updateTask(owner, id, task.id, { owner: "marta", status: "blocked", version: task.version });
    const decision = before.decisions[0]!;
    await decideDecision(owner, id, decision.id, { optionId: decision.options[0]!.id, version: decision.version });
    await recordMeasurement(owner, id, before.metrics[0]!.id, { value: 3 });

    const { result: patched, queries } = await countQueries(() => getPlan(owner, id));
    expect(patched.version).toBe(before.version + 4);
    expect(patched).toEqual((await loadPlan(owner, id)).view);
    // The version check and the feed's reads of the changed rows: no whole-plan snapshot load.
    expect(queries.some((q) => /repeatable read/i.test(q))).toBe(false);
    // Untouched phases are the cached objects themselves.
    expect(patched.phases.filter((p, i) => p === before.phases[i]).length).toBeGreaterThan(0);

    await addTask(owner, id, before.phases[0]!.id, { title: "Added after the read" });
    const { result: reloaded, queries: again } = await countQueries(() => getPlan(owner, id));
    expect(again.some((q) => /repeatable read/i.test(q))).toBe(true);
    expect(reloaded).toEqual((await loadPlan(owner, id)).view);
    expect(reloaded.phases[0]!.tasks.at(-1)!.title).toBe("Added after the read");
  });
});
