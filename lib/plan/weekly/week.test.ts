import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIsoWeekLabel, isoWeek, lastCompleteWeek, shiftWeek, weekDay, weekOf } from "./week";

describe("ISO weeks", () => {
  it("reads a label in a zone", () => {
    const w = isoWeek("2026-W49", "UTC");
    expect(w.firstDay).toBe("2026-11-30");
    expect(w.lastDay).toBe("2026-12-06");
    expect(w.start.toISOString()).toBe("2026-11-30T00:00:00.000Z");
    const ny = isoWeek("2026-W49", "America/New_York");
    expect(ny.start.toISOString()).toBe("2026-11-30T05:00:00.000Z");
    expect(isoWeek("2021-W01", "UTC").firstDay).toBe("2021-01-04");
    expect(isoWeek("2020-W53", "UTC").lastDay).toBe("2021-01-03");
  });

  it("cuts the same week at different instants in Auckland and Los Angeles", () => {
    // W49 of 2026 begins Monday 30 November at midnight local time: NZDT is UTC+13, PST UTC-8.
    const akl = isoWeek("2026-W49", "Pacific/Auckland");
    const lax = isoWeek("2026-W49", "America/Los_Angeles");
    expect(akl.start.toISOString()).toBe("2026-11-29T11:00:00.000Z");
    expect(akl.end.toISOString()).toBe("2026-12-06T11:00:00.000Z");
    expect(lax.start.toISOString()).toBe("2026-11-30T08:00:00.000Z");
    expect(lax.end.toISOString()).toBe("2026-12-07T08:00:00.000Z");
    expect([akl.firstDay, akl.lastDay, lax.firstDay, lax.lastDay]).toEqual([
      "2026-11-30",
      "2026-12-06",
      "2026-11-30",
      "2026-12-06",
    ]);
    // Sunday 6 December 20:00 UTC is Monday morning (W50) in Auckland and Sunday noon (W49) in Los Angeles.
    const at = new Date("2026-12-06T20:00:00Z");
    expect(weekOf(at, "Pacific/Auckland").label).toBe("2026-W50");
    expect(weekOf(at, "America/Los_Angeles").label).toBe("2026-W49");
    expect(weekOf(at, "UTC").label).toBe("2026-W49");
    expect([weekDay(at, "Pacific/Auckland"), weekDay(at, "America/Los_Angeles")]).toEqual(["2026-12-07", "2026-12-06"]);
    // One millisecond either side of Auckland's boundary.
    expect(weekOf(new Date(akl.end.getTime() - 1), "Pacific/Auckland").label).toBe("2026-W49");
    expect(weekOf(akl.end, "Pacific/Auckland").label).toBe("2026-W50");
  });

  it("refuses what is not a week", () => {
    expect(isIsoWeekLabel("2026-W54")).toBe(false);
    expect(isIsoWeekLabel("2026-W53")).toBe(true);
    expect(isIsoWeekLabel("2025-W53")).toBe(false);
    expect(isIsoWeekLabel("2026-49")).toBe(false);
    expect(() => isoWeek("2026-W00", "UTC")).toThrow(RangeError);
  });

  it("defaults to the last complete week, in the workspace's zone", () => {
    expect(lastCompleteWeek(new Date("2026-12-01T12:00:00Z"), "UTC").label).toBe("2026-W48");
    // Monday 00:30 in Tokyo is still Sunday in UTC.
    expect(lastCompleteWeek(new Date("2026-11-29T15:30:00Z"), "Asia/Tokyo").label).toBe("2026-W48");
    expect(lastCompleteWeek(new Date("2026-11-29T15:30:00Z"), "UTC").label).toBe("2026-W47");
  });

  it("round-trips labels and steps by whole weeks", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01"), max: new Date("2090-01-01"), noInvalidDate: true }),
        fc.constantFrom("UTC", "Europe/Berlin", "Pacific/Auckland"),
        (at, tz) => {
          const w = weekOf(at, tz);
          expect(w.start.getTime()).toBeLessThanOrEqual(at.getTime());
          expect(w.end.getTime()).toBeGreaterThan(at.getTime());
          expect(isoWeek(w.label, tz)).toEqual(w);
          expect(shiftWeek(shiftWeek(w, 1), -1)).toEqual(w);
          expect(shiftWeek(w, 1).start).toEqual(w.end);
        },
      ),
    );
  });
});
