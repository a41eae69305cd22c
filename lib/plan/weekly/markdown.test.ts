import fc from "fast-check";
import type { List, Nodes } from "mdast";
import { toString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { readMarkdown } from "@/lib/escape/testing/read-markdown";
import { summaryOfText, weeklySummary } from "@/lib/plan/testing/weekly-summary";
import { weeklyMarkdown } from "./markdown";
import { buildWorkspaceWeekly } from "./workspace";
import { workspaceWeeklyMarkdown } from "./workspace-markdown";

/** The document's outline: node types only, text left out. */
const outline = (n: Nodes): unknown =>
  "children" in n ? [n.type, ...n.children.map(outline)] : n.type === "text" ? "text" : n.type;
const texts = (s: string) =>
  fc.string({ unit: fc.constantFrom(...[..."\\`*_~[]<>|#&!-+=.)1 \t\n\r\u0000xé"]), minLength: 1, maxLength: 30 });
const anyText = fc.oneof(
  texts(""),
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 30 }),
);
const workspaceOf = (text: string) =>
  buildWorkspaceWeekly(
    { label: "2026-W48", firstDay: "2026-11-23", lastDay: "2026-11-29", timeZone: "UTC" },
    { previous: "2026-W47", next: "2026-W49", nextStarted: true },
    [summaryOfText(text), summaryOfText(text)],
  );

describe("the weekly summaries' markdown", () => {
  it("a decision's rationale with line breaks and list markers stays in its one list item", () => {
    // The probe of issue 20: PATCH accepted this rationale, and the summary showed two more items.
    const rationale = "because …\n- INJECTED\n1. INJECTED";
    const md = weeklyMarkdown(
      weeklySummary("2026-W48", "2026-11-23", "2026-11-29", {
        decisions: {
          made: [
            { id: "d", title: "Database", choice: "PostgreSQL", rationale, by: "Ana", at: "2026-11-24T10:00:00Z" },
          ],
          due: [],
        },
      }),
    );
    const root = readMarkdown(md, { autolinks: false });
    const at = root.children.findIndex((n) => n.type === "heading" && toString(n) === "Decisions made");
    const list = root.children[at + 1] as List;
    expect(list.type).toBe("list");
    expect(list.children.map((i) => toString(i))).toEqual([
      `Database: PostgreSQL because ${rationale} (Ana, 2026-11-24)`,
    ]);
    expect(root.children.filter((n) => n.type === "list" && n.ordered)).toEqual([]);
  });

  it("a plan's outline is the same whatever text its fields hold, and every text reads back whole", () => {
    const plain = outline(readMarkdown(weeklyMarkdown(summaryOfText("x")), { autolinks: false }));
    fc.assert(
      fc.property(anyText, (text) => {
        const root = readMarkdown(weeklyMarkdown(summaryOfText(text)), { autolinks: false });
        expect(outline(root)).toEqual(plain);
        expect(toString(root)).toContain(text.replace(/\0/g, "\uFFFD"));
      }),
      { numRuns: 100 },
    );
  });

  it("the workspace's outline is the same whatever text its plans hold", () => {
    const plain = outline(readMarkdown(workspaceWeeklyMarkdown(workspaceOf("x")), { autolinks: false }));
    fc.assert(
      fc.property(anyText, (text) => {
        const root = readMarkdown(workspaceWeeklyMarkdown(workspaceOf(text)), { autolinks: false });
        expect(outline(root)).toEqual(plain);
        expect(toString(root)).toContain(text.replace(/\0/g, "\uFFFD"));
      }),
      { numRuns: 100 },
    );
  });
});
