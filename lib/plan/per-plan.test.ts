import { describe, expect, it } from "vitest";
import type { ApiPlan } from "./contract";
import { perPlan } from "./per-plan";

describe("perPlan", () => {
  it("computes once per frozen plan object and every time for one that may change", () => {
    let calls = 0;
    const count = perPlan((p) => (calls++, p.phases.length));
    const live = { phases: [] } as unknown as ApiPlan;
    count(live);
    count(live);
    expect(calls).toBe(2);
    const frozen = Object.freeze({ phases: [] }) as unknown as ApiPlan;
    expect([count(frozen), count(frozen)]).toEqual([0, 0]);
    expect(calls).toBe(3);
    count(Object.freeze({ phases: [] }) as unknown as ApiPlan);
    expect(calls).toBe(4);
  });
});
