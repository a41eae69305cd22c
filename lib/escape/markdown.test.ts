import fc from "fast-check";
import type { Nodes, Paragraph, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { markdownTableCell, markdownText } from "./markdown";
import { readMarkdown } from "./testing/read-markdown";

/** Strings heavy in what markdown reads as markup, line breaks and edge spaces included. */
const MARKUP = [..."\\`*_~[]<>|#&!-+=.)(:;/@ \t\r\n0123456789aAwx\u00a0\u2028é🚀"];
const markupy = fc.string({ unit: fc.constantFrom(...MARKUP), maxLength: 40 });
const anyText = fc.oneof(markupy, fc.string({ unit: "binary", maxLength: 40 }), fc.string({ maxLength: 40 }));
const nonEmpty = anyText.filter((s) => s.length > 0);
/** What a reader makes of the text: CommonMark turns NUL into U+FFFD. */
const read = (s: string) => s.replace(/\0/g, "\uFFFD");

const shape = (n: Nodes): unknown =>
  "children" in n ? { type: n.type, children: n.children.map(shape) } : { type: n.type };

describe("markdownText", () => {
  it("any text reads back as exactly one text node with the same text", () => {
    fc.assert(
      fc.property(nonEmpty, (s) => {
        const root = readMarkdown(markdownText(s), { autolinks: false });
        expect(shape(root)).toEqual({ type: "root", children: [{ type: "paragraph", children: [{ type: "text" }] }] });
        expect((root.children[0] as Paragraph).children[0]).toMatchObject({ type: "text", value: read(s) });
      }),
      { numRuns: 2000 },
    );
  });

  it("with GFM's literal autolinks, the same text and nothing but text and those links", () => {
    fc.assert(
      fc.property(nonEmpty, (s) => {
        const root = readMarkdown(markdownText(s));
        expect(root.children.map((c) => c.type)).toEqual(["paragraph"]);
        const paragraph = root.children[0] as Paragraph;
        for (const c of paragraph.children) {
          if (c.type === "text") continue;
          expect(c.type).toBe("link");
          expect(shape(c)).toEqual({ type: "link", children: [{ type: "text" }] });
        }
        expect(toString(paragraph)).toBe(read(s));
      }),
      { numRuns: 1000 },
    );
  });

  it("cannot add list items, headings or quotes where the app writes it", () => {
    const rationale = "because …\n- INJECTED\n1. INJECTED\n# INJECTED\n> INJECTED\n\n    code";
    const root = readMarkdown(`## Decisions\n\n- Pick: A because ${markdownText(rationale)} (Ana)\n- Next\n`);
    expect(shape(root)).toEqual(shape(readMarkdown("## Decisions\n\n- Pick: A because x (Ana)\n- Next\n")));
    expect(toString(root)).toContain(rationale);
  });

  it("the empty text is nothing", () => {
    expect(markdownText("")).toBe("");
  });

  it("leaves ordinary text readable", () => {
    expect(markdownText("Ship v2.0 (beta) to Ana's team: 3 h, 50% done")).toBe(
      "Ship v2.0 (beta) to Ana's team: 3 h, 50% done",
    );
    expect(markdownText("R&D <script>")).toBe("R&D \\<script\\>");
  });
});

describe("markdownTableCell", () => {
  it("any text reads back as one cell holding exactly one text node with the same text", () => {
    fc.assert(
      fc.property(nonEmpty, nonEmpty, (a, b) => {
        const root = readMarkdown(
          `| h1 | h2 |\n| --- | --- |\n| ${markdownTableCell(a)} | ${markdownTableCell(b)} |\n`,
          {
            autolinks: false,
          },
        );
        expect(root.children.map((c) => c.type)).toEqual(["table"]);
        const rows = (root.children[0] as Table).children;
        expect(rows).toHaveLength(2);
        expect(rows[1]!.children.map((cell) => cell.children)).toEqual([
          [expect.objectContaining({ type: "text", value: read(a) })],
          [expect.objectContaining({ type: "text", value: read(b) })],
        ]);
      }),
      { numRuns: 1000 },
    );
  });
});
