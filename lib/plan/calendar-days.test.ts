import fc from "fast-check";
import { addDays, differenceInCalendarDays, format, parseISO } from "date-fns";
import { describe, expect, it } from "vitest";
import { addCalendarDays, daysBetween } from "./calendar-days";

const date = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("calendar days agree with date-fns on calendar dates", () => {
  it("daysBetween is differenceInCalendarDays, addCalendarDays is addDays", () => {
    fc.assert(
      fc.property(date, date, fc.integer({ min: -4000, max: 4000 }), (a, b, n) => {
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(parseISO(b), parseISO(a)));
        expect(addCalendarDays(a, n)).toBe(format(addDays(parseISO(a), n), "yyyy-MM-dd"));
      }),
    );
  });
});
