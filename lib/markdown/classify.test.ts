import { describe, expect, it } from "vitest";
import { classifySections } from "./classify";
import { readConventions, splitTitle } from "./conventions";
import { parseMarkdown } from "./mdast";
import { scanBlocks } from "./scan";
import { buildSections } from "./sections";

function classify(md: string) {
  const top = buildSections(parseMarkdown(md));
  const { topLevel, preamble } = splitTitle(top);
  const list = classifySections(top, topLevel, readConventions(top, preamble));
  return (title: string) => {
    const c = list.find((x) => x.plainTitle === title);
    if (!c) throw new Error(`no section ${title}`);
    return c;
  };
}

describe("classifySections", () => {
  it("reads group headings: priority groups, kanban columns, buckets, phases", () => {
    const get = classify(
      "# P\n\n## P0 — must ship\n\n## P3 / Someday\n\n## Later\n\n## Backlog\n\n## Unsorted\n\n## Epic: Payments\n\n## Phase 2: Launch\n\n## Meilenstein 1: Umzug\n\n## Notes\n",
    );
    expect(get("P0 — must ship").priorityGroup).toBe(true);
    expect(get("P3 / Someday").priorityGroup).toBe(true);
    expect(get("Later").statusGroup).toBe("deferred");
    for (const t of ["Backlog", "Unsorted", "Epic: Payments"])
      expect([t, get(t).bucket, get(t).workGroup]).toEqual([t, true, true]);
    expect(get("Phase 2: Launch").phaseLike).toBe(true);
    expect(get("Meilenstein 1: Umzug").phaseLike).toBe(true);
    expect(get("Notes").workGroup).toBe(false);
  });

  it("tells a priority group from a task whose title has a priority (found by the write-back property)", () => {
    const get = classify(
      "# P\n\n## 🟢 LOW: Ship the thing\n\n## HIGH: Fix login\n\n## P1: Backend\n\n## Nice to Have\n\n## P2 Bug fixes\n",
    );
    expect(get("LOW: Ship the thing").priorityGroup).toBe(false);
    expect(get("HIGH: Fix login").priorityGroup).toBe(false);
    expect(get("P1: Backend").priorityGroup).toBe(true);
    expect(get("Nice to Have").priorityGroup).toBe(true);
    expect(get("P2 Bug fixes").priorityGroup).toBe(true);
  });

  it("makes task headings tasks, a tracker key a task whatever its words", () => {
    const get = classify(
      "# P\n\n## Sprint 1\n\n### ENG-43 Email verification reminders\n\nStatus: Todo\n\n### Aufgabe 1.2: Protokollierung\n\n**Priorität:** Hoch\n",
    );
    expect(get("ENG-43 Email verification reminders").kind).toBe("task");
    expect(get("Aufgabe 1.2: Protokollierung").kind).toBe("task");
  });

  it("reads decision headings: numbered, in any language, or comparing options", () => {
    const get = classify(
      "# P\n\n## Work\n\n| ID | Task |\n|---|---|\n| A-1 | x |\n\n## Postgres vs DynamoDB\n\n## Entscheidung 1: Broker\n\n## Decisions\n",
    );
    expect(get("Postgres vs DynamoDB").kind).toBe("decision");
    expect(get("Entscheidung 1: Broker").kind).toBe("decision");
    expect(get("Decisions").decisionsContainer).toBe(true);
  });

  it("reads criteria and metrics sections in every language", () => {
    const get = classify("# P\n\n## Akzeptanzkriterien\n\n## Criterios de aceptación\n\n## Indicateurs de succès\n");
    expect(get("Akzeptanzkriterien").criteriaLike).toBe(true);
    expect(get("Criterios de aceptación").criteriaLike).toBe(true);
    expect(get("Indicateurs de succès").metricsLike).toBe(true);
  });
});

describe("scanBlocks", () => {
  const scan = (md: string) => scanBlocks(parseMarkdown(md).children, null);

  it("reads a tracker's field line with fields of its own, keeping the known ones", () => {
    const c = scan("Type: Bug | Priority: High | Status: QA | Story Points: 3 | Assignee: Kim\n");
    expect(c.fields.map((f) => [f.kind, f.value])).toEqual([
      ["priority", "High"],
      ["status", "QA"],
      ["estimate", "3"],
      ["owner", "Kim"],
    ]);
  });

  it("does not split prose with a bar into fields", () => {
    expect(scan("We ship | then we rest\n").fields).toEqual([]);
  });

  it("labels the checkboxes under a label, and reads tables with their rows", () => {
    const c = scan(
      "**Akzeptanzkriterien:**\n- [x] eins\n- [ ] zwei\n\n| Aufgabe | Aufwand |\n|---|---|\n| A | 2 Tage |\n",
    );
    expect(c.entries.map((e) => [e.text, e.checked, e.label?.text])).toEqual([
      ["eins", true, "Akzeptanzkriterien"],
      ["zwei", false, "Akzeptanzkriterien"],
    ]);
    expect(c.tables[0]).toMatchObject({ header: ["Aufgabe", "Aufwand"], rows: [{ cells: ["A", "2 Tage"], line: 7 }] });
  });
});
