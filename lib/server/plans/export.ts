import "server-only";
import { parsePlan, renderCanonical, writeBack } from "@/lib/markdown";
import { PlanSchema, type Plan } from "@/lib/plan/contract";
import type { Actor } from "@/lib/server/actor";
import { loadPlan } from "./read";
import type { ApiPlan } from "@/lib/plan/contract";

import type { ExportFormat } from "@/lib/plan/contract";
export type PlanExport = { body: string; contentType: string; fileName: string };

/**
 * The plan as markdown or Plan JSON. Markdown of an imported plan is its source with the current
 * state written onto it in place (unchanged plan → the source byte for byte, BOM included);
 * a plan made in the app is rendered canonically.
 */
export async function exportPlan(actor: Actor, planId: string, format: ExportFormat): Promise<PlanExport> {
  const { view, sourceMarkdown, sourceBom } = await loadPlan(actor, planId);
  const plan = toPlanJson(view);
  const base = baseName(view);
  if (format === "json") {
    return { body: `${JSON.stringify(plan, null, 2)}\n`, contentType: "application/json; charset=utf-8", fileName: `${base}.json` };
  }
  const body =
    sourceMarkdown === null
      ? renderCanonical(plan)
      : writeBack({ ...parsePlan(sourceMarkdown), text: sourceMarkdown, bom: sourceBom }, plan);
  return { body, contentType: "text/markdown; charset=utf-8", fileName: `${base}.md` };
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
