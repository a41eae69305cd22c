import { describe, expect, it } from "vitest";
import { canonicalTimeZone, TimeZoneSchema, timeZoneNames } from "./time-zone";

describe("workspace time zones", () => {
  it("accepts IANA names and spells them canonically", () => {
    expect(canonicalTimeZone("UTC")).toBe("UTC");
    expect(canonicalTimeZone("Pacific/Auckland")).toBe("Pacific/Auckland");
    expect(canonicalTimeZone("america/los_angeles")).toBe("America/Los_Angeles");
    expect(TimeZoneSchema.parse(" Europe/Berlin ")).toBe("Europe/Berlin");
  });

  it("refuses what is not a zone: unknown names, offsets, empty text", () => {
    for (const bad of ["Mars/Olympus", "", "+02:00", "UTC+2 ", "Europe/Berlin\u0000", "x".repeat(80)])
      expect(canonicalTimeZone(bad)).toBeNull();
    const r = TimeZoneSchema.safeParse("Mars/Olympus");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain("not an IANA time zone");
  });

  it("lists UTC first and the usual zones", () => {
    const names = timeZoneNames();
    expect(names[0]).toBe("UTC");
    expect(names).toContain("Pacific/Auckland");
    expect(new Set(names).size).toBe(names.length);
  });
});
