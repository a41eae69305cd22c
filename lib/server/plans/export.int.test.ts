import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { encodePlanText, parsePlan } from "@/lib/markdown";
import { allItems } from "@/lib/plan/items";
import {
  applyReimport,
  exportPlan,
  getPlan,
  getTaskSource,
  importPlan,
  setItemDone,
  updateTask,
} from "@/lib/server/plans";
import { generatePlanMarkdown } from "@/lib/server/testing/generate-plan";
import { fixtureNames, newOwner, readFixture } from "@/lib/server/testing/helpers";

afterAll(async () => {
  await db.$disconnect();
});

const md = async (owner: Awaited<ReturnType<typeof newOwner>>, planId: string) =>
  (await exportPlan(owner, planId, "md")).body as string;

/**
 * Export keeps the source texts (by fingerprint) and the last markdown (by version) in memory:
 * every way the plan moves must still show in the next export, never a kept copy.
 */
describe("export from what is kept", () => {
  it("follows ticks, task edits and re-imports; the same version exports the same bytes", async () => {
    const owner = await newOwner("Exa");
    const text = generatePlanMarkdown(8);
    const plan = await importPlan(owner, { input: text });
    expect(await md(owner, plan.id)).toBe(text);
    expect(await md(owner, plan.id)).toBe(text);

    const item = allItems(plan).find((i) => !i.done)!;
    await setItemDone(owner, plan.id, item.id, true);
    const ticked = await md(owner, plan.id);
    expect(ticked).not.toBe(text);
    expect(ticked.length).toBe(text.length);
    expect([...ticked].filter((c, i) => c !== text[i])).toEqual(["x"]);

    const task = (await getPlan(owner, plan.id)).phases[0]!.tasks[0]!;
    await updateTask(owner, plan.id, task.id, { owner: "zed", version: task.version });
    const edited = await md(owner, plan.id);
    expect(edited).toContain("zed");
    expect(edited).toContain("- [x]");

    // A new file: its text (with the kept tick) from then on, not the texts kept for the old one.
    const next = text.replace("### Task 1.2: Build component 1-2", "### Task 1.2: Build component 1-2 again");
    await applyReimport(owner, plan.id, next);
    const after = await md(owner, plan.id);
    expect(after).toContain("Build component 1-2 again");
    expect(after).not.toContain("Build component 1-2\n");
  });

  it("exports every fixture byte for byte, twice, and a UTF-16 plan as UTF-16 bytes", async () => {
    const owner = await newOwner("Fix");
    for (const name of fixtureNames()) {
      const bytes = readFixture(name);
      const parsed = parsePlan(bytes);
      const plan = await importPlan(owner, { input: bytes, fileName: name });
      // The imported text: the file itself, or its repaired text when it came as mojibake.
      for (let i = 0; i < 2; i++)
        expect((await exportPlan(owner, plan.id, "md")).body, name).toBe((parsed.bom ? "\uFEFF" : "") + parsed.text);
    }
    const utf16 = encodePlanText("\uFEFF# Plan\n\n## Phase 1\n\n- [ ] Ship ✓\n", "utf-16le", false);
    const plan = await importPlan(owner, { input: utf16, fileName: "utf16.md" });
    const first = (await exportPlan(owner, plan.id, "md")).body;
    expect(first).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(first as Uint8Array).equals(Buffer.from(utf16))).toBe(true);
    await setItemDone(owner, plan.id, allItems(plan)[0]!.id, true);
    const second = Buffer.from((await exportPlan(owner, plan.id, "md")).body as Uint8Array);
    expect(second.toString("utf16le")).toContain("- [x] Ship ✓");
  });

  it("reads a source whose 64 KB pieces split a character (the texts come in byte pieces)", async () => {
    const owner = await newOwner("Uni");
    const lines = Array.from({ length: 400 }, (_, i) => `- [ ] Étape ${i} : ${"é".repeat(90)} ✓`);
    // Pad until byte 65,536 (where the second piece starts) falls inside a character.
    let text = "";
    for (let pad = 0; pad < 4; pad++) {
      text = `# Plan${" ".repeat(pad)}\n\n## Phase\n\n${lines.join("\n")}\n`;
      if ((Buffer.from(text)[65_536]! & 0xc0) === 0x80) break;
    }
    expect(Buffer.from(text)[65_536]! & 0xc0).toBe(0x80);
    const plan = await importPlan(owner, { input: text });
    expect(await md(owner, plan.id)).toBe(text);
    await setItemDone(owner, plan.id, allItems(plan)[399]!.id, true);
    expect(await md(owner, plan.id)).toBe(text.replace(`- [ ] Étape 399 `, `- [x] Étape 399 `));
  });

  it("gives every task of every fixture the source lines a parse of the file gives, before and after a re-import", async () => {
    const owner = await newOwner("Src");
    for (const name of fixtureNames()) {
      const parsed = parsePlan(readFixture(name));
      const lines = parsed.text.split(/\r\n|\r|\n/);
      const plan = await importPlan(owner, { input: readFixture(name), fileName: name });
      const check = async (
        planTasks: Awaited<ReturnType<typeof getPlan>>["phases"][number]["tasks"],
        spans: typeof parsed.index.tasks,
        text: string[],
      ) => {
        for (const task of planTasks) {
          const got = await getTaskSource(owner, plan.id, task.id);
          if (task.line === null) continue;
          const end = spans.get(task.line)?.endLine ?? task.line;
          expect(got, `${name} ${task.key ?? task.title}`).toEqual({
            markdown: text.slice(task.line - 1, end).join("\n"),
            fromLine: task.line,
            toLine: end,
          });
        }
      };
      await check(
        plan.phases.flatMap((p) => p.tasks),
        parsed.index.tasks,
        lines,
      );
      // A new text: its own lines from then on, not the ones kept for the old text.
      const next = `# Added at the top\n\n${parsed.text}`;
      await applyReimport(owner, plan.id, next);
      const again = parsePlan(next);
      await check(
        (await getPlan(owner, plan.id)).phases.flatMap((p) => p.tasks),
        again.index.tasks,
        again.text.split(/\r\n|\r|\n/),
      );
    }
  });

  it("refuses another workspace's plan whatever this process keeps", async () => {
    const owner = await newOwner("Own");
    const other = await newOwner("Oth");
    const plan = await importPlan(owner, { input: generatePlanMarkdown(3) });
    await md(owner, plan.id);
    await expect(exportPlan(other, plan.id, "md")).rejects.toMatchObject({ code: "not_found" });
  });
});
