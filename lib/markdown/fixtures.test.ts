import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PlanSchema } from "@/lib/plan/contract";
import { allItems, checkPlan, type Expectation } from "./__fixtures__/expect-plan";
import { parseMarkdown } from "./mdast";
import { parsePlan } from "./parse-plan";

const root = fileURLToPath(new URL("../..", import.meta.url));
const folders = [join(root, "fixtures/plans"), join(root, "lib/markdown/__fixtures__/plans")];
const cases = folders.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .map((f) => ({ name: f, md: join(dir, f), expected: join(dir, f.replace(/\.md$/, ".expected.json")) })),
);

/** Every GFM task-list item outside code, by line: what the plan must account for exactly once. */
function checkboxLines(text: string): number[] {
  const lines: number[] = [];
  const stack: unknown[] = [parseMarkdown(text)];
  while (stack.length) {
    const node = stack.pop() as {
      type: string;
      checked?: boolean | null;
      position?: { start: { line: number } };
      children?: unknown[];
    };
    if (node.type === "listItem" && typeof node.checked === "boolean") lines.push(node.position!.start.line);
    if (node.children) stack.push(...node.children);
  }
  return lines.sort((a, b) => a - b);
}

describe.each(cases)("$name", ({ md, expected }) => {
  const parsed = parsePlan(readFileSync(md), { fileName: md });
  const want = JSON.parse(readFileSync(expected, "utf8")) as Expectation;

  it("matches every field of its expectation", () => {
    expect(checkPlan(parsed.plan, want)).toEqual([]);
  });

  it("is valid Plan JSON", () => {
    expect(() => PlanSchema.parse(parsed.plan)).not.toThrow();
  });

  it("accounts for every checkbox exactly once", () => {
    const got = allItems(parsed.plan)
      .map((i) => i.line!)
      .sort((a, b) => a - b);
    expect(got).toEqual(checkboxLines(parsed.text));
  });
});
