import { MAX_ESTIMATE_HOURS } from "@/lib/plan/contract";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findInlineEstimate, parseEffort, parseEstimate, parseSizeDefinition } from "./estimate";
import { DEFAULT_SIZES } from "./vocabulary";

const hours = (e: { minHours: number; maxHours: number } | null) => (e ? [e.minHours, e.maxHours] : null);

describe("parseEstimate", () => {
  it("reads amounts and ranges in every unit, a day 8 hours and a week 40", () => {
    expect(hours(parseEstimate("3-4 days"))).toEqual([24, 32]);
    expect(hours(parseEstimate("2 hours"))).toEqual([2, 2]);
    expect(hours(parseEstimate("1 week"))).toEqual([40, 40]);
    expect(hours(parseEstimate("~30 min"))).toEqual([0.5, 0.5]);
    expect(hours(parseEstimate("Aufwand etwa 1,5 Tage"))).toEqual([12, 12]);
    expect(hours(parseEstimate("2 semanas"))).toEqual([80, 80]);
    expect(hours(parseEstimate("3 jours"))).toEqual([24, 24]);
    expect(hours(parseEstimate("3 PT"))).toEqual([24, 24]);
  });

  it("reads the first effort of a text and t-shirt sizes from the table", () => {
    expect(hours(parseEstimate("4-6 hours (6-8 with Redis)"))).toEqual([4, 6]);
    expect(hours(parseEstimate("MODERATE"))).toEqual([8, 16]);
    expect(hours(parseEstimate("M", { ...DEFAULT_SIZES, M: [8, 8] }))).toEqual([8, 8]);
    expect(parseEstimate("m")).toBeNull();
    expect(parseEstimate("soon")).toBeNull();
  });

  it("is n times the unit for any amount (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.constantFrom(["h", 1], ["hours", 1], ["d", 8], ["days", 8], ["weeks", 40], ["Stunden", 1], ["días", 8]),
        (n, [unit, per]) => {
          const e = parseEstimate(`${n} ${unit}`);
          // Past MAX_ESTIMATE_HOURS a number is no estimate.
          if (n * (per as number) > MAX_ESTIMATE_HOURS) return e === null;
          return e !== null && e.minHours === n * (per as number) && e.maxHours === e.minHours;
        },
      ),
    );
  });
});

describe("parseEffort", () => {
  it("gives story points hours only through the plan's legend", () => {
    expect(parseEffort("3", DEFAULT_SIZES, null, true)).toBeNull();
    expect(parseEffort("5 SP", DEFAULT_SIZES, undefined, false)).toBeNull();
    expect(hours(parseEffort("3", DEFAULT_SIZES, 6, true))).toEqual([18, 18]);
    expect(hours(parseEffort("3 points", DEFAULT_SIZES, 4, false))).toEqual([12, 12]);
    expect(hours(parseEffort("2 days", DEFAULT_SIZES, 6, true))).toEqual([16, 16]);
  });
});

describe("inline estimates and size legends", () => {
  it("finds the effort marked in a title", () => {
    expect(findInlineEstimate("Rotate the keys [1d] — @kim", DEFAULT_SIZES)?.match).toBe("[1d]");
    expect(hours(findInlineEstimate("Fix auth — 2h, P0", DEFAULT_SIZES)?.estimate ?? null)).toEqual([2, 2]);
    expect(hours(findInlineEstimate("Cache images (@ana, ~2h)", DEFAULT_SIZES)?.estimate ?? null)).toEqual([2, 2]);
    expect(findInlineEstimate("Upgrade to Node 20", DEFAULT_SIZES)).toBeNull();
  });

  it("reads a plan's own size legend", () => {
    expect(parseSizeDefinition("M = 1-2 days")).toEqual(["M", [8, 16]]);
    expect(parseSizeDefinition("L | 2 weeks")).toEqual(["L", [80, 80]]);
    expect(parseSizeDefinition("M is for medium")).toBeNull();
  });
});
