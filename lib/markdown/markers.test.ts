import { describe, expect, it } from "vitest";
import { renderCanonical } from "./canonical";
import { readTitle } from "./markers";
import { parsePlan } from "./parse-plan";
import { DEFAULT_SIZES } from "./vocabulary";

const ctx = { legend: new Map(), sizes: DEFAULT_SIZES };

describe("readTitle", () => {
  it("reads the marks after a title's last dash when every part is one", () => {
    expect(readTitle("Add request IDs — 2h, Ana", ctx)).toMatchObject({
      title: "Add request IDs",
      owner: "Ana",
      estimate: { minHours: 2 },
    });
    expect(readTitle("Retries — **Owner:** Ana · **Est:** 4h", ctx)).toMatchObject({
      title: "Retries",
      owner: "Ana",
      estimate: { minHours: 4 },
    });
    expect(readTitle("OPS-7 Rotate the keys [1d] — @kim, in progress", ctx)).toMatchObject({
      key: "OPS-7",
      title: "Rotate the keys",
      owner: "@kim",
      status: "in_progress",
    });
    // A subtitle is no mark: the title keeps it.
    expect(readTitle("Phase 1 — Foundations, Security", ctx)).toMatchObject({ owner: null });
    expect(readTitle("Caching — Redis", ctx).title).toBe("Caching — Redis");
  });

  it("reads Obsidian Tasks metadata out of the title", () => {
    const obsidian = { legend: new Map([["⏫", "P1" as const]]), sizes: DEFAULT_SIZES };
    expect(readTitle("Fix the flaky test ⏫ [estimate:: 5h] 📅 2027-03-01 #flaky", obsidian)).toMatchObject({
      title: "Fix the flaky test",
      priority: "P1",
      estimate: { minHours: 5 },
      annotated: true,
    });
    expect(readTitle("Order seeds #p1 [owner:: Sam]", ctx)).toMatchObject({
      title: "Order seeds",
      priority: "P1",
      owner: "Sam",
    });
  });

  it("reads a leading status word as the status, and task words of every language", () => {
    expect(readTitle("Done: Fix login", ctx)).toMatchObject({ title: "Fix login", status: "done" });
    expect(readTitle("Aufgabe 1.2: Logging", ctx)).toMatchObject({ key: "1.2", title: "Logging", strongKey: true });
    expect(readTitle("Tâche 2.1 : Sauvegardes", ctx)).toMatchObject({ key: "2.1", title: "Sauvegardes" });
  });
});

describe("bugs found by the properties, kept", () => {
  it("a checkbox titled only by a lower-case status word exports to a fixed point", () => {
    const md = renderCanonical(parsePlan("# Plan\n\n## Phase 1: Build\n\n- [ ] PROD-001 blocked\n- [ ] \n\n").plan);
    expect(renderCanonical(parsePlan(md).plan)).toBe(md);
  });
});
