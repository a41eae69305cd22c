import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { generatePlan } from "@/bench/generate-plan";
import { decodePlanInput } from "./encoding";
import { MAX_NESTING, parseMarkdown } from "./mdast";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bare = (text: string) => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
const plans = [join(root, "fixtures/plans"), join(root, "lib/markdown/__fixtures__/plans")].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .map((f) => decodePlanInput(readFileSync(join(dir, f))).text),
);

describe("parseMarkdown", () => {
  it("gives the same tree in chunks as in one piece (every fixture, cut as small as possible)", () => {
    for (const text of plans) expect(parseMarkdown(text, 1)).toEqual(bare(text));
  });

  it("gives the same tree in chunks for a large generated plan", () => {
    const text = generatePlan({ tasks: 300 });
    expect(parseMarkdown(text, 4096)).toEqual(bare(text));
  });

  it("never cuts inside a code fence or an HTML comment", () => {
    const text = "# T\n\n```\n## not a heading\n```\n\n<!--\n## not either\n-->\n\n## real\n\n- [ ] x\n";
    expect(parseMarkdown(text, 1)).toEqual(bare(text));
  });

  it("refuses nesting deeper than the limit with a clear error", () => {
    expect(() => parseMarkdown("- ".repeat(MAX_NESTING + 5) + "x")).toThrow(/levels deep/);
    expect(() => parseMarkdown("> ".repeat(MAX_NESTING + 5) + "x")).toThrow(/levels deep/);
    expect(() => parseMarkdown("- ".repeat(MAX_NESTING - 10) + "x")).not.toThrow();
  });
});
