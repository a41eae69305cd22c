import "server-only";
import { AppError } from "@/lib/errors";
import { storedTaskSpansInWorker, taskSpansInWorker } from "@/lib/server/parsing/pool";
import type { TaskSourceText } from "@/lib/plan/contract";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { readSourceHead, readSourceMarkdown, readSourceTexts, readTaskSourceLine } from "@/lib/server/db/plans";
import { getSourceTexts, keepSourceTexts } from "./export-cache";

type Source = { key: string; lines: string[]; ends: Map<number, number> };

// A source's lines and where its tasks end only change with the source (import, re-import): kept
// per plan and source fingerprint (md5 in the database), so opening a task reads one small row.
const sources = new Map<string, Source>();
const MAX_PLANS = 64;

/** The source lines a task was imported from (its heading section, list item or table row). */
export async function getTaskSource(actor: Actor, planId: string, taskId: string): Promise<TaskSourceText> {
  assertCan(actor, "plan.read");
  const line = await readTaskSourceLine(actor.workspaceId, planId, taskId);
  if (line === undefined) throw new AppError("not_found", "No such task in this plan.");
  const source = line === null ? null : await sourceOf(actor, planId);
  if (!source || line === null) return { markdown: null, fromLine: null, toLine: null };
  const end = source.ends.get(line) ?? line;
  return { markdown: source.lines.slice(line - 1, end).join("\n"), fromLine: line, toLine: end };
}

async function sourceOf(actor: Actor, planId: string): Promise<Source | null> {
  const head = await readSourceHead(actor.workspaceId, planId);
  if (!head?.key) return null;
  const hit = sources.get(planId);
  if (hit && hit.key === head.key) return hit;
  // In the parse pool, like all engine work on the server: a 1 MB source must not hold the event
  // loop. An import that kept its description says where its tasks end without a parse.
  const texts = head.hasStored
    ? (getSourceTexts(planId, head.key) ?? (await readSourceTexts(actor.workspaceId, planId)))
    : null;
  let text: string;
  let ends: Array<[number, number]>;
  if (texts) {
    keepSourceTexts(planId, texts);
    text = texts.source;
    ends = await storedTaskSpansInWorker({ key: texts.key, source: texts.source, stored: texts.stored, bom: head.bom });
  } else {
    const markdown = await readSourceMarkdown(actor.workspaceId, planId);
    if (markdown === null) return null;
    text = markdown;
    ends = await taskSpansInWorker(text);
  }
  // The key of what was read (a re-import between the two reads gives the newer text and key).
  const source: Source = { key: texts?.key ?? head.key, lines: text.split(/\r\n|\r|\n/), ends: new Map(ends) };
  if (sources.size >= MAX_PLANS) sources.delete(sources.keys().next().value!);
  sources.set(planId, source);
  return source;
}
