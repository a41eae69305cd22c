import { describe, expect, it } from "vitest";
import { StatusOverrideSchema } from "./weekly";

describe("a status override's input", () => {
  it("requires a reason of one paragraph, 1-1000 characters, and a known status", () => {
    for (const bad of [
      { status: "at_risk", reason: "" },
      { status: "at_risk", reason: "   " },
      { status: "at_risk", reason: "x".repeat(1001) },
      { status: "at_risk", reason: "one\n\ntwo" },
      { status: "at_risk", reason: "one\r\n \r\ntwo" },
      { status: "at_risk", reason: "bell\u0007" },
      { status: "late", reason: "why" },
      { status: "at_risk" },
      { status: "at_risk", reason: "why", extra: 1 },
    ])
      expect(StatusOverrideSchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 40)).toBe(false);
    expect(StatusOverrideSchema.parse({ status: "on_track", reason: "x".repeat(1000) }).reason).toHaveLength(1000);
    expect(StatusOverrideSchema.parse({ status: "on_track", reason: "a line\nwrapped\r\nby mail\n" }).reason).toBe(
      "a line wrapped by mail",
    );
  });
});
