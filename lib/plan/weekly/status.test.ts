import { describe, expect, it } from "vitest";
import { computeStatus, type StatusFacts } from "./status";

const base: StatusFacts = { asOf: "2026-12-06", targetDate: "2027-01-31", p50: "2027-01-10", p85: "2027-01-20", criticalTasks: [], blockedUrgent: [], openDecisions: [] };
const status = (patch: Partial<StatusFacts>) => computeStatus({ ...base, ...patch }).status;

describe("weekly status rule", () => {
  it("is on track with margin", () => {
    expect(computeStatus(base)).toMatchObject({ status: "on_track" });
  });
  it("is off track from the day after the target at P85", () => {
    expect(status({ p85: "2027-01-31" })).toBe("on_track");
    expect(status({ p85: "2027-02-01" })).toBe("off_track");
  });
  it("is at risk when P50 comes within seven days of the target", () => {
    expect(status({ p50: "2027-01-23" })).toBe("on_track");
    expect(status({ p50: "2027-01-24" })).toBe("at_risk");
  });
  it("does not also call a P50 past the target 'within a week'", () => {
    const v = computeStatus({ ...base, p50: "2027-02-10", p85: "2027-02-20" });
    expect(v).toMatchObject({ status: "off_track", reasons: [expect.stringContaining("P85")] });
    expect(v.reasons).toHaveLength(1);
  });
  it("is off track when a critical-path task finished before the week's last day", () => {
    expect(status({ criticalTasks: [{ title: "A", finish: "2026-12-06" }] })).toBe("on_track");
    expect(status({ criticalTasks: [{ title: "A", finish: "2026-12-05" }] })).toBe("off_track");
  });
  it("is at risk for a blocked P0/P1 task and a decision past due", () => {
    expect(status({ blockedUrgent: [{ title: "B", priority: "P1" }] })).toBe("at_risk");
    expect(status({ openDecisions: [{ title: "D", due: "2026-12-06" }] })).toBe("on_track");
    expect(status({ openDecisions: [{ title: "D", due: "2026-12-05" }] })).toBe("at_risk");
  });
  it("lists every reason, the worst first", () => {
    const v = computeStatus({ ...base, p85: "2027-03-01", blockedUrgent: [{ title: "B", priority: "P0" }] });
    expect(v.status).toBe("off_track");
    expect(v.reasons).toHaveLength(2);
    expect(v.reasons[0]).toContain("P85");
    expect(v.reasons[1]).toContain('"B" is blocked');
  });
  it("without a target only overdue and blocked work counts", () => {
    expect(status({ targetDate: null, p85: "2099-01-01", p50: "2099-01-01" })).toBe("on_track");
  });
});
