import { TZDate } from "@date-fns/tz";
import { addDays, format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeCalendar, offsetOf, offsetOfIso } from "./calendar";

const day = (k: number) => format(addDays(new TZDate(2026, 0, 1, "UTC"), k), "yyyy-MM-dd");

describe("calendar", () => {
  it("counts working days to an ISO date as date-fns' differenceInBusinessDays does, weekends included", () => {
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -800, max: 800 }), (a, b) => {
        const cal = makeCalendar(day(a));
        const iso = day(a + b);
        expect(offsetOfIso(cal, iso)).toBe(offsetOf(cal, new TZDate(`${iso}T00:00:00Z`, "UTC")));
      }),
      { numRuns: 3000 },
    );
    expect(offsetOfIso(makeCalendar("2026-01-01"), "2026-02-30")).toBeNull();
    expect(offsetOfIso(makeCalendar("2026-01-01"), "0099-01-01")).toBeNull();
  });
});
