import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/errors";
import { taskHours } from "@/lib/plan/burndown";
import type { ApiItem, ApiPlan, ApiTask } from "@/lib/plan/contract";
import { allItems, allTasks } from "@/lib/plan/items";
import { weeklyMarkdown } from "@/lib/plan/weekly/markdown";
import type { WeeklySummary } from "@/lib/plan/weekly/types";
import type { Actor } from "@/lib/server/actor";
import { decideDecision } from "@/lib/server/decisions";
import { recordMeasurement } from "@/lib/server/metrics";
import { importPlan, setItemDone, updateTask } from "@/lib/server/plans";
import { getRoadmap, updateRoadmapSettings } from "@/lib/server/roadmap";
import { newMember, newOwner, readFixture, errorCode, rawClientForFile } from "@/lib/server/testing/helpers";
import { forgetCachedRoadmaps } from "@/lib/server/roadmap/cache";
import { getWeeklySummary } from "./index";

const NAME = "app-v2-readiness-plan.md";
const NOW = new Date("2026-12-01T12:00:00Z");
const itemsOf = (t: ApiTask) => [...t.checklist, ...t.criteria];
const code = errorCode;

const raw = rawClientForFile();

/**
 * Runs a change through the app, then moves what it wrote to `at`: the activity rows it logged
 * (all rows newer than the test's real start) and the done time of ticked items.
 */
async function at<T>(when: string, planId: string, change: () => Promise<T>): Promise<T> {
  const result = await change();
  await raw().query(
    `UPDATE activity SET created_at = $1 WHERE plan_id = $2 AND created_at > now() - interval '1 hour'`,
    [when, planId],
  );
  await raw().query(`UPDATE items SET done_at = $1 WHERE plan_id = $2 AND done_at > now() - interval '1 hour'`, [
    when,
    planId,
  ]);
  return result;
}

type History = {
  owner: Actor;
  plan: ApiPlan;
  a: ApiTask;
  b: ApiTask;
  c: ApiTask;
  d: ApiTask;
  blocked: ApiTask;
  items: ApiItem[];
};

/** Two weeks and a day of history: W47 (16-22 Nov), W48 (23-29 Nov) and 1 Dec. */
async function history(): Promise<History> {
  const owner = await newOwner("Olive");
  const plan = await importPlan(owner, { input: readFixture(NAME), fileName: NAME });
  const past = "2026-11-10T09:00:00Z";
  await raw().query(`UPDATE plans SET created_at = $1 WHERE id = $2`, [past, plan.id]);
  await raw().query(`UPDATE tasks SET created_at = $1 WHERE plan_id = $2`, [past, plan.id]);
  await at(past, plan.id, async () => {
    await raw().query(`UPDATE activity SET created_at = $1 WHERE plan_id = $2`, [past, plan.id]);
    await updateRoadmapSettings(owner, plan.id, { startDate: "2026-11-09", targetDate: "2027-12-31" });
  });
  const todo = allTasks(plan).filter((t) => t.status !== "done" && t.status !== "deferred" && t.estimate);
  const [a, b, c, d] = todo;
  const blocked = todo.find(
    (t) => t.status !== "blocked" && (t.priority === "P1" || t.priority === "P0") && ![a, b, c, d].includes(t),
  )!;
  expect([a, b, c, d, blocked].every(Boolean)).toBe(true);
  const items = allItems(plan);
  // The week before.
  await at("2026-11-18T10:00:00Z", plan.id, () =>
    updateTask(owner, plan.id, a!.id, { status: "in_progress", version: a!.version }),
  );
  await at("2026-11-18T11:00:00Z", plan.id, () => setItemDone(owner, plan.id, items[0]!.id, true));
  const metric = plan.metrics[0]!;
  await at("2026-11-20T09:00:00Z", plan.id, () =>
    recordMeasurement(owner, plan.id, metric.id, { value: 10, at: "2026-11-20T09:00:00Z" }),
  );
  // The week.
  await at("2026-11-24T09:30:00Z", plan.id, () =>
    updateTask(owner, plan.id, a!.id, { status: "done", version: a!.version + 1 }),
  );
  await at("2026-11-24T10:00:00Z", plan.id, () => setItemDone(owner, plan.id, items[1]!.id, true));
  await at("2026-11-25T10:00:00Z", plan.id, () => setItemDone(owner, plan.id, items[2]!.id, true));
  await at("2026-11-26T10:00:00Z", plan.id, () => setItemDone(owner, plan.id, items[2]!.id, false));
  await at("2026-11-25T14:00:00Z", plan.id, () =>
    updateTask(owner, plan.id, b!.id, { status: "in_progress", version: b!.version }),
  );
  await at("2026-11-26T15:00:00Z", plan.id, () =>
    updateTask(owner, plan.id, c!.id, {
      estimate: { minHours: 20, maxHours: 30, text: "20-30h" },
      version: c!.version,
    }),
  );
  await at("2026-11-26T16:00:00Z", plan.id, () =>
    updateTask(owner, plan.id, blocked.id, { status: "blocked", version: blocked.version }),
  );
  const decision = plan.decisions[0]!;
  await at("2026-11-27T09:00:00Z", plan.id, () =>
    decideDecision(owner, plan.id, decision.id, {
      optionId: decision.options[1]!.id,
      rationale: "cheaper",
      version: decision.version,
    }),
  );
  await at("2026-11-27T12:00:00Z", plan.id, () =>
    recordMeasurement(owner, plan.id, metric.id, { value: 14, at: "2026-11-27T12:00:00Z" }),
  );
  // After the week: not in its lists.
  await at("2026-12-01T08:00:00Z", plan.id, () =>
    updateTask(owner, plan.id, d!.id, { status: "done", version: d!.version }),
  );
  await at("2026-12-01T08:30:00Z", plan.id, () =>
    recordMeasurement(owner, plan.id, metric.id, { value: 99, at: "2026-12-01T08:30:00Z" }),
  );
  return { owner, plan, a: a!, b: b!, c: c!, d: d!, blocked, items };
}

describe("weekly summary", () => {
  let h: History;
  let s: WeeklySummary;
  beforeAll(async () => {
    h = await history();
    s = await getWeeklySummary(h.owner, h.plan.id, null, NOW);
  });

  it("defaults to the last complete week and links its neighbours", () => {
    expect(s.week).toEqual({ label: "2026-W48", firstDay: "2026-11-23", lastDay: "2026-11-29", timeZone: "UTC" });
    expect([s.previous, s.next, s.nextStarted]).toEqual(["2026-W47", "2026-W49", true]);
  });

  it("lists what was done in the week, by whom and when, and the hours burned", () => {
    expect(s.done.tasks).toEqual([
      {
        id: h.a.id,
        title: h.a.title,
        key: h.a.key,
        by: "Olive",
        at: "2026-11-24T09:30:00.000Z",
        hours: taskHours(h.a.estimate),
      },
    ]);
    expect(s.done.hoursBurned).toBe(taskHours(h.a.estimate));
    // The third item was ticked and unticked in the week; the first was ticked the week before.
    const item = h.items[1]!;
    const owner = allTasks(h.plan).find((t) => itemsOf(t).some((i) => i.id === item.id));
    expect(s.done.items).toEqual([
      { id: item.id, text: item.text, task: owner?.title ?? null, by: "Olive", at: "2026-11-24T10:00:00.000Z" },
    ]);
  });

  it("lists started, added, re-estimated and blocked tasks", () => {
    expect(s.started.map((t) => t.id)).toEqual([h.b.id]);
    expect(s.added).toEqual([]);
    expect(s.removed).toEqual([]);
    const fmt = (e: ApiTask["estimate"]) =>
      !e ? "none" : e.minHours === e.maxHours ? `${e.minHours}h` : `${e.minHours}-${e.maxHours}h`;
    expect(s.reestimated).toEqual([
      {
        id: h.c.id,
        title: h.c.title,
        key: h.c.key,
        by: "Olive",
        at: "2026-11-26T15:00:00.000Z",
        from: fmt(h.c.estimate),
        to: "20-30h",
      },
    ]);
    expect(s.blocked.map((t) => t.id)).toEqual([h.blocked.id]);
  });

  it("shows the decision made in the week with its choice and rationale", () => {
    const d = h.plan.decisions[0]!;
    expect(s.decisions.made).toEqual([
      {
        id: d.id,
        title: d.title,
        choice: d.options[1]!.text,
        rationale: "cheaper",
        by: "Olive",
        at: "2026-11-27T09:00:00.000Z",
      },
    ]);
  });

  it("shows each metric's latest measurement of the week and its change since the week before", () => {
    const m = s.metrics.find((x) => x.id === h.plan.metrics[0]!.id)!;
    expect(m.latest).toEqual({ value: 14, at: "2026-11-27T12:00:00.000Z" });
    expect(m.change).toBe(4);
    expect(m.series.map((x) => x.value)).toEqual([10, 14]);
    expect(s.metrics.filter((x) => x.id !== m.id).every((x) => x.latest === null && x.change === null)).toBe(true);
  });

  it("moves the forecast from the baseline a week earlier and burns down what was done", async () => {
    // The roadmap as of the week's last moment, and its baseline a week before.
    const view = await getRoadmap(h.owner, h.plan.id, new Date("2026-11-29T23:59:59.999Z"));
    expect(view.baseline).not.toBeNull();
    expect(s.forecast).toEqual({
      then: { p50: view.baseline!.finish.p50, p85: view.baseline!.finish.p85 },
      now: { p50: view.roadmap.finish.p50, p85: view.roadmap.finish.p85 },
    });
    expect(s.targetDate).toBe("2027-12-31");
    expect(s.burndown.map((p) => p.date)).toEqual([
      "2026-11-16",
      "2026-11-17",
      "2026-11-18",
      "2026-11-19",
      "2026-11-20",
      "2026-11-21",
      "2026-11-22",
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
    ]);
    const day = (d: string) => s.burndown.find((p) => p.date === d)!.remaining;
    // a done on the 24th; c re-estimated on the 26th; the blocked task still counts.
    expect(Math.round((day("2026-11-23") - day("2026-11-24")) * 10) / 10).toBe(taskHours(h.a.estimate));
    expect(Math.round((day("2026-11-26") - day("2026-11-25")) * 10) / 10).toBe(
      Math.round((25 - taskHours(h.c.estimate)) * 10) / 10,
    );
    expect(day("2026-11-16")).toBe(day("2026-11-23"));
  });

  it("schedules next week's work critical path first and says why the status is what it is", () => {
    expect(s.nextWeek.length).toBeGreaterThan(0);
    const firstPlain = s.nextWeek.findIndex((t) => !t.critical);
    if (firstPlain >= 0) expect(s.nextWeek.slice(firstPlain).every((t) => !t.critical)).toBe(true);
    expect(s.nextWeek.every((t) => t.start <= "2026-12-06" && (t.finish ?? t.start) >= "2026-11-30")).toBe(true);
    // A P1 task is blocked: at least at risk, and the reason names it.
    expect(s.computed.status).not.toBe("on_track");
    expect(s.computed.reasons.some((r) => r.includes(h.blocked.title) && r.includes("blocked"))).toBe(true);
  });

  it("turns off track when the target moves to the day before the P85 finish, not on it", async () => {
    const p85 = s.forecast.now.p85;
    await at("2026-11-10T09:00:00Z", h.plan.id, () => updateRoadmapSettings(h.owner, h.plan.id, { targetDate: p85 }));
    const onIt = await getWeeklySummary(h.owner, h.plan.id, "2026-W48", NOW);
    expect(onIt.computed.reasons.some((r) => r.includes("P85"))).toBe(false);
    const dayBefore = new Date(Date.parse(`${p85}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await at("2026-11-10T09:00:00Z", h.plan.id, () =>
      updateRoadmapSettings(h.owner, h.plan.id, { targetDate: dayBefore }),
    );
    const past = await getWeeklySummary(h.owner, h.plan.id, "2026-W48", NOW);
    expect(past.computed.status).toBe("off_track");
    expect(past.computed.reasons[0]).toBe(
      `The P85 finish ${past.forecast.now.p85} is 1 day past the target date ${dayBefore}.`,
    );
  });

  it("reads the week before on its own, and its markdown carries every section", async () => {
    const w47 = await getWeeklySummary(h.owner, h.plan.id, "2026-W47", NOW);
    expect(w47.started.map((t) => t.id)).toEqual([h.a.id]);
    expect(w47.done.items.map((i) => i.id)).toEqual([h.items[0]!.id]);
    expect(w47.done.tasks).toEqual([]);
    const md = weeklyMarkdown(s);
    for (const heading of [
      "## Forecast",
      "## Done this week (1 tasks, 1 items",
      "## Started",
      "## Re-estimated",
      "## Decisions made",
      "## Success metrics",
      "## Next week",
      "## Blocked",
      "## Remaining hours",
    ])
      expect(md).toContain(heading);
    expect(md).toContain("+4 since last week");
  });

  it("refuses a malformed or future week, lets viewers read, and hides other workspaces' plans", async () => {
    await expect(getWeeklySummary(h.owner, h.plan.id, "2026-W99", NOW)).rejects.toSatisfy(
      (e) => code(e) === "bad_request",
    );
    await expect(getWeeklySummary(h.owner, h.plan.id, "2026-W50", NOW)).rejects.toSatisfy(
      (e) => code(e) === "bad_request",
    );
    // The running week has a summary so far, and no link to the next.
    const running = await getWeeklySummary(h.owner, h.plan.id, "2026-W49", NOW);
    expect(running.done.tasks.map((t) => t.id)).toEqual([h.d.id]);
    expect(running.nextStarted).toBe(false);
    // In the running week "overdue" means before today (1 Dec), not before the week's last day.
    for (const r of running.computed.reasons) {
      const m = /overdue \(planned to finish (\d{4}-\d{2}-\d{2})\)|past its due date (\d{4}-\d{2}-\d{2})/.exec(r);
      if (m) expect((m[1] ?? m[2])! < "2026-12-01", r).toBe(true);
    }
    expect(running.decisions.due.every((d) => d.due <= "2026-12-01")).toBe(true);
    const viewer = await newMember(h.owner, "viewer");
    expect((await getWeeklySummary(viewer, h.plan.id, "2026-W48", NOW)).week.label).toBe("2026-W48");
    const stranger = await newOwner("stranger");
    await expect(getWeeklySummary(stranger, h.plan.id, "2026-W48", NOW)).rejects.toSatisfy(
      (e) => code(e) === "not_found",
    );
  });
});

describe("a complete week's forecast", () => {
  it("is kept as first computed: a change after the week neither moves it nor rebuilds it, on any instance", async () => {
    const h = await history();
    const first = await getWeeklySummary(h.owner, h.plan.id, "2026-W48", NOW);
    expect(await db.weeklyForecast.count({ where: { planId: h.plan.id } })).toBe(1);
    // A much larger estimate after the week moves today's forecast, not the week's.
    await updateTask(h.owner, h.plan.id, h.c.id, {
      estimate: { minHours: 400, maxHours: 500, text: "400-500h" },
      version: h.c.version + 1,
    });
    const today = await getRoadmap(h.owner, h.plan.id, NOW);
    expect(today.roadmap.finish.p50 > first.forecast.now.p50).toBe(true);
    expect((await getWeeklySummary(h.owner, h.plan.id, "2026-W48", NOW)).forecast).toEqual(first.forecast);
    // Another instance (an empty process cache) reads the stored pair.
    forgetCachedRoadmaps();
    expect((await getWeeklySummary(h.owner, h.plan.id, "2026-W48", NOW)).forecast).toEqual(first.forecast);
    expect(await db.weeklyForecast.count({ where: { planId: h.plan.id } })).toBe(1);
    // The running week follows the plan.
    const running = await getWeeklySummary(h.owner, h.plan.id, "2026-W49", NOW);
    expect(running.forecast.now.p50).toBe(today.roadmap.finish.p50);
  });
});
