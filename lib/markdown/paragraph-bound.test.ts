import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generatePlan } from "../../bench/generate-plan";
import { PlanInputError, parsePlan } from "./index";
import { MAX_PARAGRAPH_MARKS, ParagraphBound } from "./paragraph-bound";

const lines = (text: string) => text.split("\n");

/** Feeds a document to a bound as mdast.ts does (no fences in these inputs). */
function check(text: string, max = MAX_PARAGRAPH_MARKS): PlanInputError | null {
  const bound = new ParagraphBound(max);
  try {
    lines(text).forEach((l, i) => bound.line(l, i + 1));
    return null;
  } catch (e) {
    if (e instanceof PlanInputError) return e;
    throw e;
  }
}

const MARK_UNITS = ["*a_", "a]", "_a*", "**a__", "[a", "~a*", "[a](", "a*"];

describe("the paragraph bound (emphasis and bracket marks per inline span)", () => {
  it("refuses the 1 MB paragraph of `*a_` before micromark sees it, naming the line", () => {
    const attack = `# Plan\n\nIntro.\n\n${"*a_".repeat(350_000)}\n`;
    let error: unknown;
    try {
      parsePlan(attack);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlanInputError);
    expect((error as PlanInputError).code).toBe("too_complex");
    expect((error as PlanInputError).message).toContain("line 5");
  });

  it("refuses exactly above the bound, in any mix of mark kinds, on one line or many", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MARK_UNITS),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 300 }),
        (unit, perLine, max) => {
          const marksPerUnit = check(unit, 1_000_000) === null ? countWith(unit) : 0;
          const units = Math.ceil((max + 1) / marksPerUnit);
          const body = Array.from({ length: Math.ceil(units / perLine) }, () => unit.repeat(perLine)).join("\n");
          expect(check(`Some words\n${body}`, max)?.code).toBe("too_complex");
          // The same marks cut into paragraphs under the bound pass.
          const under = Math.floor(max / marksPerUnit);
          const split = Array.from({ length: 5 }, () => unit.repeat(under)).join("\n\n");
          expect(check(split, max)).toBeNull();
        },
      ),
      { numRuns: 200 },
    );
  });

  it("counts table rows and list items one by one, as micromark parses them", () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `| **T-${i}** | [Task](https://x.test/${i}) ~~old~~ | P1 |`,
    ).join("\n");
    expect(check(`| ID | Task | P |\n|---|:---:|---|\n${rows}`)).toBeNull();
    const items = Array.from(
      { length: 3000 },
      (_, i) => `- [ ] **Item ${i}** with [a link](https://x.test) and _words_`,
    ).join("\n");
    expect(check(items)).toBeNull();
    const numbered = Array.from({ length: 3000 }, (_, i) => `${i + 1}. **Step** _${i}_`).join("\n");
    expect(check(numbered)).toBeNull();
    // A lazy continuation line still belongs to its list item's paragraph.
    expect(check(`- start\n${"*a_".repeat(2001)}`)?.code).toBe("too_complex");
  });

  it("does not count snake_case, nor marks inside code fences and HTML comments", () => {
    expect(check(Array.from({ length: 3000 }, () => "call my_function_name with some_arg").join("\n"))).toBeNull();
    const fenced = `# Plan\n\n\`\`\`\n${"*a_".repeat(5000)}\n\`\`\`\n\n<!--\n${"[a".repeat(5000)}\n-->\n\nDone.\n`;
    expect(() => parsePlan(fenced)).not.toThrow();
  });

  it("lets every real and generated plan through", () => {
    const dirs = ["fixtures/plans", "lib/markdown/__fixtures__/plans"];
    for (const dir of dirs) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith(".md"))) {
        expect(check(readFileSync(path.join(dir, file), "utf8").replace(/\r\n?/g, "\n")), file).toBeNull();
      }
    }
    expect(check(generatePlan({ tasks: 5000 }))).toBeNull();
  });
});

function countWith(unit: string): number {
  // The marks of one unit: the largest bound it still fails at plus one.
  for (let max = 0; ; max++) if (check(unit, max) === null) return max;
}
