import { describe, expect, it } from "vitest";
import { dateAt, lastDayOf, makeCalendar } from "./calendar";
import { defaultStartDate, defaultTargetDate } from "./from-plan";
import { parseWindow, phaseWindow } from "./windows";

// 2026-11-04 is a Wednesday: a plan's weeks run Wednesday to Tuesday.
const cal = makeCalendar("2026-11-04");
const dates = (text: string) => {
  const w = parseWindow(cal, text);
  return w && [dateAt(cal, w.from), lastDayOf(cal, w.to)];
};

describe("windows", () => {
  it("reads the windows plans give, counted from the start", () => {
    expect(dates("Week 1")).toEqual(["2026-11-04", "2026-11-10"]);
    expect(dates("Weeks 2-3: Hardening")).toEqual(["2026-11-11", "2026-11-24"]);
    expect(dates("Days 1-4")).toEqual(["2026-11-04", "2026-11-09"]);
    expect(dates("Q2 2026")).toEqual(["2026-04-01", "2026-06-30"]);
    expect(dates("2027 Q1")).toEqual(["2027-01-01", "2027-03-31"]);
    expect(dates("Sprint 2")).toEqual(["2026-11-18", "2026-12-01"]);
    expect(dates("Month 2")).toEqual(["2026-12-04", "2027-01-01"]);
    expect(dates("End of week 2")).toEqual(["2026-11-11", "2026-11-17"]);
    expect(dates("2026-12-24")).toEqual(["2026-12-24", "2026-12-24"]);
    expect(dates("Monitoring & Alerts")).toBeNull();
  });

  it("reads month names, halves and ISO spans: the dates of a plan already under way", () => {
    expect(dates("Phase 1: Discovery (September 2025) Complete")).toEqual(["2025-09-01", "2025-09-30"]);
    expect(dates("Build (Oct–Dec 2025)")).toEqual(["2025-10-01", "2025-12-31"]);
    expect(dates("Sept. 2025")).toEqual(["2025-09-01", "2025-09-30"]);
    expect(dates("November 2025 - January 2026")).toEqual(["2025-11-03", "2026-01-30"]);
    expect(dates("H2 2026")).toEqual(["2026-07-01", "2026-12-31"]);
    expect(dates("Rollout 2026-01-05 to 2026-03-27")).toEqual(["2026-01-05", "2026-03-27"]);
    // Backwards spans and words that only look like months date nothing.
    expect(dates("Dec–Jan 2026")).toBeNull();
    expect(dates("Maybe 2026")).toBeNull();
  });

  it("prefers the engine's weeks to the title", () => {
    const w = phaseWindow(cal, { title: "Days 1-2", weeks: { from: 3, to: 3 } })!;
    expect([dateAt(cal, w.from), lastDayOf(cal, w.to)]).toEqual(["2026-11-18", "2026-11-24"]);
  });

  it("snaps a weekend start to the next Monday", () => {
    expect(dateAt(makeCalendar("2026-11-07"), 0)).toBe("2026-11-09");
  });

  it("takes start and target dates from the plan's meta", () => {
    expect(defaultStartDate({ Date: "2025-12-25" }, "2026-01-01")).toBe("2025-12-25");
    expect(defaultStartDate({ Date: "Christmas" }, "2026-01-01")).toBe("2026-01-01");
    expect(defaultTargetDate({ "Target Deployment": "Q1 2026" }, "2025-12-25")).toBe("2026-03-31");
    expect(defaultTargetDate({ Status: "Ready" }, "2025-12-25")).toBeNull();
  });
});
