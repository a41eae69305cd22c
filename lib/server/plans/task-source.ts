import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { taskSpansInWorker } from "@/lib/server/parsing/pool";
import type { TaskSourceText } from "@/lib/plan/contract";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";

type Spans = Map<number, number>;

// Task spans only change when the source does (import, re-import): kept per plan and source
// hash, so a 1 MB source is parsed once per instance, not once per opened task.
const spans = new Map<string, { fingerprint: string; ends: Spans }>();

/** The source lines a task was imported from (its heading section, list item or table row). */
export async function getTaskSource(actor: Actor, planId: string, taskId: string): Promise<TaskSourceText> {
  assertCan(actor, "plan.read");
  const task = await db.task.findFirst({
    where: { id: taskId, planId, plan: { workspaceId: actor.workspaceId } },
    select: { sourceLine: true, plan: { select: { sourceMarkdown: true } } },
  });
  if (!task) throw new AppError("not_found", "No such task in this plan.");
  const source = task.plan.sourceMarkdown;
  if (source === null || task.sourceLine === null) return { markdown: null, fromLine: null, toLine: null };
  const end = (await taskEnds(planId, source)).get(task.sourceLine) ?? task.sourceLine;
  const lines = source.split(/\r\n|\r|\n/);
  const markdown = lines.slice(task.sourceLine - 1, end).join("\n");
  return { markdown, fromLine: task.sourceLine, toLine: end };
}

async function taskEnds(planId: string, source: string): Promise<Spans> {
  const fingerprint = createHash("sha256").update(source).digest("base64");
  const hit = spans.get(planId);
  if (hit && hit.fingerprint === fingerprint) return hit.ends;
  // In the parse pool, like every parse on the server: a 1 MB source must not hold the event loop.
  const ends: Spans = new Map(await taskSpansInWorker(source));
  if (spans.size > 64) spans.delete(spans.keys().next().value!);
  spans.set(planId, { fingerprint, ends });
  return ends;
}
