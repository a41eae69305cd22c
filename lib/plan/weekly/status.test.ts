import { describe, expect, it } from "vitest";
import { computeStatus, type StatusFacts } from "./status";

const base: StatusFacts = {
  asOf: "2026-12-06",
  targetDate: "2027-01-31",
  p50: "2027-01-10",
  p85: "2027-01-20",
  criticalTasks: [],
  blockedUrgent: [],
  openDecisions: [],
};
const verdict = (patch: Partial<StatusFacts>) => computeStatus({ ...base, ...patch });
const status = (patch: Partial<StatusFacts>) => verdict(patch).status;

describe("weekly status rule", () => {
  it("is on track with margin, and says by how much", () => {
    expect(computeStatus(base)).toEqual({
      status: "on_track",
      reasons: [
        "The P85 finish 2027-01-20 is 11 days before the target date 2027-01-31 and the P50 finish 2027-01-10 is 21 days before it, more than a week to spare.",
      ],
    });
  });

  it("is off track from the day after the target at P85, not on it", () => {
    expect(status({ p50: "2027-01-20", p85: "2027-01-31" })).toBe("on_track");
    expect(verdict({ p85: "2027-02-01" })).toEqual({
      status: "off_track",
      reasons: ["The P85 finish 2027-02-01 is 1 day past the target date 2027-01-31."],
    });
  });

  it("is at risk when P50 comes within seven days of the target, on track a day earlier", () => {
    expect(status({ p50: "2027-01-23" })).toBe("on_track");
    expect(verdict({ p50: "2027-01-24", p85: "2027-01-30" })).toEqual({
      status: "at_risk",
      reasons: ["The P50 finish 2027-01-24 is 7 days before the target date 2027-01-31: within a week of it."],
    });
    expect(verdict({ p50: "2027-01-31", p85: "2027-01-31" }).reasons).toEqual([
      "The P50 finish 2027-01-31 is on the target date 2027-01-31: within a week of it.",
    ]);
  });

  it("says a P50 past the target is past it, never 'within a week'", () => {
    const v = verdict({ p50: "2027-02-10", p85: "2027-02-20" });
    expect(v).toEqual({
      status: "off_track",
      reasons: [
        "The P85 finish 2027-02-20 is 20 days past the target date 2027-01-31.",
        "The P50 finish 2027-02-10 is 10 days past the target date 2027-01-31.",
      ],
    });
    expect(v.reasons.join(" ")).not.toContain("within a week");
    // A day past: still past, not within.
    expect(verdict({ p50: "2027-02-01", p85: "2027-02-05" }).reasons[1]).toBe(
      "The P50 finish 2027-02-01 is 1 day past the target date 2027-01-31.",
    );
  });

  it("is off track when a critical-path task's planned finish is before the week's last day, not on it", () => {
    expect(status({ criticalTasks: [{ title: "A", finish: "2026-12-06" }] })).toBe("on_track");
    expect(status({ criticalTasks: [{ title: "A", finish: null }] })).toBe("on_track");
    expect(verdict({ criticalTasks: [{ title: "A", finish: "2026-12-05" }] })).toEqual({
      status: "off_track",
      reasons: ['Critical-path task "A" is overdue (planned to finish 2026-12-05).'],
    });
  });

  it("is at risk for a blocked P0 or P1 task (the caller passes only those)", () => {
    expect(status({ blockedUrgent: [] })).toBe("on_track");
    expect(verdict({ blockedUrgent: [{ title: "B", priority: "P1" }] })).toEqual({
      status: "at_risk",
      reasons: ['P1 task "B" is blocked.'],
    });
    expect(status({ blockedUrgent: [{ title: "B", priority: "P0" }] })).toBe("at_risk");
  });

  it("is at risk for a decision past its due date, not on it, nor without one", () => {
    expect(status({ openDecisions: [{ title: "D", due: "2026-12-06" }] })).toBe("on_track");
    expect(status({ openDecisions: [{ title: "D", due: null }] })).toBe("on_track");
    expect(verdict({ openDecisions: [{ title: "D", due: "2026-12-05" }] })).toEqual({
      status: "at_risk",
      reasons: ['Decision "D" is past its due date 2026-12-05.'],
    });
  });

  it("lists every reason, the worst first", () => {
    const v = verdict({ p85: "2027-03-01", blockedUrgent: [{ title: "B", priority: "P0" }] });
    expect(v.status).toBe("off_track");
    expect(v.reasons).toEqual([
      "The P85 finish 2027-03-01 is 29 days past the target date 2027-01-31.",
      'P0 task "B" is blocked.',
    ]);
  });

  it("without a target only overdue and blocked work counts", () => {
    expect(verdict({ targetDate: null, p85: "2099-01-01", p50: "2099-01-01" })).toEqual({
      status: "on_track",
      reasons: ["No target date, nothing overdue or blocked."],
    });
    expect(status({ targetDate: null, openDecisions: [{ title: "D", due: "2026-12-01" }] })).toBe("at_risk");
  });
});
