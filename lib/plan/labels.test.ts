import { describe, expect, it } from "vitest";
import { PRIORITIES, STATUSES } from "./contract";
import { PRIORITY_TITLE, STATUS_LABEL, STATUS_ORDER } from "./labels";

describe("labels", () => {
  it("names every status and priority, each label distinct", () => {
    expect(Object.keys(STATUS_LABEL).sort()).toEqual([...STATUSES].sort());
    expect(new Set(Object.values(STATUS_LABEL)).size).toBe(STATUSES.length);
    expect(Object.keys(PRIORITY_TITLE).sort()).toEqual([...PRIORITIES].sort());
    for (const p of PRIORITIES) expect(PRIORITY_TITLE[p].startsWith(p)).toBe(true);
  });

  it("orders every status exactly once, finished work first", () => {
    expect([...STATUS_ORDER].sort()).toEqual([...STATUSES].sort());
    expect(STATUS_ORDER[0]).toBe("done");
  });
});
