import { describe, expect, it } from "vitest";
import { findTitlePriority, parseLegendLine, priorityFromValue, priorityFromWord } from "./priority";

const none = new Map();

describe("priority", () => {
  it("reads levels and words in a title strictly, group headings leniently", () => {
    expect(findTitlePriority("Fix login (P0)", none)).toBe("P0");
    expect(findTitlePriority("HIGH: Rate limiting", none)).toBe("P1");
    expect(findTitlePriority("Low priority clean-up", none)).toBe("P3");
    expect(findTitlePriority("High availability for the queue", none)).toBeNull();
    expect(findTitlePriority("Nice to have", none, true)).toBe("P3");
    expect(findTitlePriority("P0 — must ship", none, true)).toBe("P0");
  });

  it("reads words of every language, and value-only words only as a whole value", () => {
    expect(priorityFromWord("Kritisch")).toBe("P0");
    expect(priorityFromWord("alta")).toBe("P1");
    expect(priorityFromWord("Moyenne")).toBe("P2");
    expect(priorityFromValue("Media", none)).toBe("P2");
    expect(findTitlePriority("Media uploads", none, true)).toBeNull();
    expect(priorityFromValue("Highest", none)).toBe("P0");
    expect(priorityFromValue("Lowest", none)).toBe("P3");
  });

  it("reads emoji only through a legend", () => {
    const legend = new Map([["🔥", "P0" as const]]);
    expect(findTitlePriority("🔥 Fix double charges", legend)).toBe("P0");
    expect(findTitlePriority("🔥 Fix double charges", none)).toBeNull();
    expect(parseLegendLine("🔥 P0 — drop everything")).toEqual(["🔥", "P0"]);
    expect(parseLegendLine("| 🟠 | Medium |")).toEqual(["🟠", "P2"]);
    expect(parseLegendLine("🟢 Strengths of the design")).toBeNull();
  });
});
