import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TARGET_OPS } from "./contract";
import { meets, metricState } from "./tracking";

describe("metricState", () => {
  it("judges the latest measurement by date, whatever the order they come in", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TARGET_OPS),
        fc.integer({ min: -50, max: 50 }),
        fc.array(fc.record({ value: fc.integer({ min: -100, max: 100 }), day: fc.integer({ min: 1, max: 28 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        (op, target, raw) => {
          const measurements = raw.map((r, i) => ({
            id: String(i),
            value: r.value,
            note: null,
            measuredAt: `2026-11-${String(r.day).padStart(2, "0")}T00:00:00.000Z`,
          }));
          const last = [...measurements].sort((a, b) => a.measuredAt.localeCompare(b.measuredAt)).at(-1)!;
          const state = metricState({ target: { op, value: target, unit: "" }, measurements });
          expect(state.latest!.measuredAt).toBe(last.measuredAt);
          expect(state.met).toBe(meets(state.latest!.value, { op, value: target, unit: "" }));
        },
      ),
    );
  });

  it("reads the operators as written and has no verdict without a measurement", () => {
    expect([
      meets(99, { op: "<", value: 100, unit: "ms" }),
      meets(100, { op: "<", value: 100, unit: "ms" }),
      meets(80, { op: ">=", value: 80, unit: "%" }),
    ]).toEqual([true, false, true]);
    expect(metricState({ target: { op: ">=", value: 1, unit: "" }, measurements: [] })).toEqual({
      latest: null,
      met: null,
    });
  });
});
