import "server-only";
import { renderCanonical, type SourceEncoding } from "@/lib/markdown";
import { AppError } from "@/lib/errors";
import { exportInWorker, exportStoredInWorker } from "@/lib/server/parsing/pool";
import { PlanSchema, type Plan } from "@/lib/plan/contract";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { actionsAbout, readPlanEvents } from "@/lib/server/db/events";
import { getSourceTexts, getWrittenExport, keepSourceTexts, keepWrittenExport, writeOnce } from "./export-cache";
import { getPlanWithJson } from "./get";
import {
  loadPlan,
  loadPlanWithSourcePieces,
  readSourceHead,
  readSourceTexts,
  type SourceHead,
} from "@/lib/server/db/plans";
import type { ApiPlan, ExportFormat } from "@/lib/plan/contract";

/** The body is text for UTF-8 and JSON, bytes for a plan that came as UTF-16. */
export type PlanExport = { body: string | Uint8Array; contentType: string; fileName: string };

/**
 * The plan as markdown or Plan JSON. Markdown of an imported plan is its source with the current
 * state written onto it in place (unchanged plan → the source byte for byte, BOM included);
 * a plan made in the app is rendered canonically.
 */
export async function exportPlan(actor: Actor, planId: string, format: ExportFormat): Promise<PlanExport> {
  assertCan(actor, "plan.export");
  if (format === "json") {
    const { view } = await loadPlan(actor, planId);
    return {
      body: `${JSON.stringify(toPlanJson(view), null, 2)}\n`,
      contentType: "application/json; charset=utf-8",
      fileName: `${baseName(view)}.json`,
    };
  }
  const head = await readSourceHead(actor.workspaceId, planId);
  if (!head) throw new AppError("not_found", "No such plan.");
  if (head.key && head.hasStored) return exportStored(actor, planId, head);
  return exportUnstored(actor, planId);
}

/** Reads of the head and of the plan that disagree on the version (a change between them): read again. */
const MAX_READS = 3;

/**
 * An imported plan that kept its stored description (every import since it was stored): the
 * cached plan JSON of the current version and the source texts, cached by fingerprint, go to the
 * worker, which writes the markdown without parsing anything but JSON. The markdown of a version
 * is kept: exporting again, or from another tab, is a lookup.
 */
async function exportStored(actor: Actor, planId: string, first: SourceHead): Promise<PlanExport> {
  let head = first;
  for (let read = 1; ; read++) {
    const key = head.key!;
    const encoding = head.encoding as SourceEncoding;
    const { view, json } = await getPlanWithJson(actor, planId);
    const done = (body: string | Uint8Array): PlanExport => ({
      body,
      contentType: `text/markdown; charset=${encoding}`,
      fileName: `${baseName(view)}.md`,
    });
    if (view.version === head.version) {
      const kept = getWrittenExport(planId, view.version, key);
      if (kept) return done(kept);
      const body = await writeOnce(planId, view.version, key, async () => {
        const texts = getSourceTexts(planId, key) ?? (await readSourceTexts(actor.workspaceId, planId));
        if (texts?.key !== key) return null; // the source moved on meanwhile (a re-import): read again
        keepSourceTexts(planId, texts);
        const written = await exportStoredInWorker({
          key,
          source: texts.source,
          stored: texts.stored,
          bom: head.bom,
          viewJson: json,
          encoding,
        });
        keepWrittenExport(planId, view.version, key, written);
        return written;
      });
      if (body !== null) return done(body);
    }
    const next = await readSourceHead(actor.workspaceId, planId);
    if (!next) throw new AppError("not_found", "No such plan.");
    if (!next.key || !next.hasStored || read >= MAX_READS) return exportUnstored(actor, planId);
    head = next;
  }
}

/** A plan made in the app (rendered canonically), or imported before imports kept their description. */
async function exportUnstored(actor: Actor, planId: string): Promise<PlanExport> {
  // The source and the stored source come in pieces and are joined and parsed in the worker:
  // megabytes of text decoded and parsed at once, then copied into the thread, held the event loop.
  const { view, sourceBom, sourcePieces, storedPieces, sourceEncoding } = await loadPlanWithSourcePieces(actor, planId);
  const base = baseName(view);
  if (sourcePieces === null)
    return {
      body: renderCanonical(toPlanJson(view)),
      contentType: "text/markdown; charset=utf-8",
      fileName: `${base}.md`,
    };
  const encoding = sourceEncoding as SourceEncoding;
  // What the import stored; a plan imported before that is exported from its rows and activity.
  const baseline = storedPieces ? undefined : await legacyBaseline(planId, view);
  // The worker also turns the view into Plan JSON (toPlanJson's zod parse: 100+ ms for 5,000 tasks).
  const body = await exportInWorker({
    sourcePieces,
    bom: sourceBom,
    view,
    storedPieces: storedPieces ?? undefined,
    baseline,
    encoding,
  });
  return { body, contentType: `text/markdown; charset=${encoding}`, fileName: `${base}.md` };
}

/**
 * The plan as imported, for a plan stored before imports kept it: its rows with every edit of
 * the activity log undone (each field's first `before`); the worker reads the source again for
 * where each line's fields stand.
 */
async function legacyBaseline(planId: string, view: ApiPlan): Promise<Plan> {
  const events = await readPlanEvents(planId, actionsAbout("task", "item"));
  const first = new Map<string, Record<string, unknown>>();
  for (const e of events) {
    if (!e.before) continue;
    const seen = first.get(e.entityId) ?? {};
    for (const [k, v] of Object.entries(e.before)) if (!(k in seen)) seen[k] = v;
    first.set(e.entityId, seen);
  }
  const undo = <T extends { id: string }>(row: T): T => ({ ...row, ...(first.get(row.id) ?? {}) });
  const imported: ApiPlan = {
    ...view,
    criteria: view.criteria.map(undo),
    phases: view.phases.map((p) => ({
      ...p,
      checklist: p.checklist.map(undo),
      tasks: p.tasks.map((t) => ({ ...undo(t), checklist: t.checklist.map(undo), criteria: t.criteria.map(undo) })),
    })),
  };
  return toPlanJson(imported);
}

/** Plan JSON v1 exactly: the view without database ids and app-only fields. */
export function toPlanJson(view: ApiPlan): Plan {
  // zod objects drop unknown keys, and parsing also proves the export matches the contract.
  return PlanSchema.parse(view);
}

function baseName(view: ApiPlan): string {
  const fromFile = view.fileName?.replace(/\.(md|markdown|txt|json)$/i, "").trim();
  if (fromFile) return fromFile;
  const slug = view.title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "-")
    .slice(0, 80);
  return slug || "plan";
}
