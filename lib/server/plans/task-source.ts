import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { storedTaskSpansInWorker, taskSpansInWorker } from "@/lib/server/parsing/pool";
import type { TaskSourceText } from "@/lib/plan/contract";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { getSourceTexts, keepSourceTexts } from "./export-cache";
import { readSourceHead, readSourceTexts } from "./read";

type Source = { key: string; lines: string[]; ends: Map<number, number> };

// A source's lines and where its tasks end only change with the source (import, re-import): kept
// per plan and source fingerprint (md5 in the database), so opening a task reads one small row.
const sources = new Map<string, Source>();
const MAX_PLANS = 64;

/** The source lines a task was imported from (its heading section, list item or table row). */
export async function getTaskSource(actor: Actor, planId: string, taskId: string): Promise<TaskSourceText> {
  assertCan(actor, "plan.read");
  const task = await db.task.findFirst({
    where: { id: taskId, planId, plan: { workspaceId: actor.workspaceId } },
    select: { sourceLine: true },
  });
  if (!task) throw new AppError("not_found", "No such task in this plan.");
  const source = task.sourceLine === null ? null : await sourceOf(actor, planId);
  if (!source || task.sourceLine === null) return { markdown: null, fromLine: null, toLine: null };
  const end = source.ends.get(task.sourceLine) ?? task.sourceLine;
  return { markdown: source.lines.slice(task.sourceLine - 1, end).join("\n"), fromLine: task.sourceLine, toLine: end };
}

async function sourceOf(actor: Actor, planId: string): Promise<Source | null> {
  const head = await readSourceHead(actor, planId);
  if (!head?.key) return null;
  const hit = sources.get(planId);
  if (hit && hit.key === head.key) return hit;
  // In the parse pool, like all engine work on the server: a 1 MB source must not hold the event
  // loop. An import that kept its description says where its tasks end without a parse.
  const texts = head.hasStored ? (getSourceTexts(planId, head.key) ?? (await readSourceTexts(actor, planId))) : null;
  let text: string;
  let ends: Array<[number, number]>;
  if (texts) {
    keepSourceTexts(planId, texts);
    text = texts.source;
    ends = await storedTaskSpansInWorker({ key: texts.key, source: texts.source, stored: texts.stored, bom: head.bom });
  } else {
    const row = await db.plan.findFirst({
      where: { id: planId, workspaceId: actor.workspaceId },
      select: { sourceMarkdown: true },
    });
    if (row?.sourceMarkdown == null) return null;
    text = row.sourceMarkdown;
    ends = await taskSpansInWorker(text);
  }
  // The key of what was read (a re-import between the two reads gives the newer text and key).
  const source: Source = { key: texts?.key ?? head.key, lines: text.split(/\r\n|\r|\n/), ends: new Map(ends) };
  if (sources.size >= MAX_PLANS) sources.delete(sources.keys().next().value!);
  sources.set(planId, source);
  return source;
}
