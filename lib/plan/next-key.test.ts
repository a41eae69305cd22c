import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextTaskKey } from "./next-key";

describe("nextTaskKey", () => {
  it("counts the last number of the phase's last key up, keeping its width", () => {
    expect(nextTaskKey(["1.1", "1.2", "1.3"], ["1.1", "1.2", "1.3"])).toBe("1.4");
    expect(nextTaskKey(["PROD-008", "PROD-009"], [])).toBe("PROD-010");
    expect(nextTaskKey(["#12", null], ["#13"])).toBe("#14");
    expect(nextTaskKey([null, null], [])).toBeNull();
    expect(nextTaskKey([], [])).toBeNull();
    expect(nextTaskKey(["Setup"], [])).toBeNull();
  });

  it("never returns a key already in the plan", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Z]{0,3}-?\d{1,3}$/), { minLength: 1, maxLength: 20 }), (keys) => {
        const next = nextTaskKey(keys, keys);
        if (next !== null) expect(keys).not.toContain(next);
      }),
    );
  });
});
