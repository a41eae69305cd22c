import { describe, expect, it } from "vitest";
import { DRAIN_EVENT as SERVER_DRAIN_EVENT } from "@/scripts/server-lifecycle.mjs";
import { DRAIN_EVENT } from "./open-streams";

describe("open streams", () => {
  it("end on the event the production server emits when it stops", () => {
    expect(DRAIN_EVENT).toBe(SERVER_DRAIN_EVENT);
  });
});
