import { describe, expect, it } from "vitest";
import { dayIn } from "./day-in-zone";

describe("dayIn", () => {
  it("gives the calendar day an instant falls on in the zone", () => {
    const at = "2026-12-01T23:30:00.000Z";
    expect(dayIn(at, "UTC")).toBe("2026-12-01");
    expect(dayIn(new Date(at), "UTC")).toBe("2026-12-01");
    expect(dayIn(at, "Europe/Berlin")).toBe("2026-12-02");
    expect(dayIn(at, "America/Los_Angeles")).toBe("2026-12-01");
    expect(dayIn("2026-12-01T05:00:00.000Z", "America/Los_Angeles")).toBe("2026-11-30");
    // An offset that is not the zone's own: the instant still decides.
    expect(dayIn("2026-12-02T00:30:00+01:00", "UTC")).toBe("2026-12-01");
  });

  it("follows summer time (Berlin is UTC+2 in July, UTC+1 in January)", () => {
    expect(dayIn("2026-07-01T22:30:00.000Z", "Europe/Berlin")).toBe("2026-07-02");
    expect(dayIn("2026-01-01T22:30:00.000Z", "Europe/Berlin")).toBe("2026-01-01");
  });
});
