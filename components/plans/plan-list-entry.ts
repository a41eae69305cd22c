import type { PlanListEntry } from "@/lib/api/types";

/** Narrow what `listPlans` returns to what the list renders (plain, serializable data). */
export function toPlanListEntries(rows: unknown): PlanListEntry[] {
  if (!Array.isArray(rows)) return [];
  return rows.map((row) => {
    const r = row as Record<string, unknown>;
    const progress = (r.progress ?? {}) as Record<string, unknown>;
    const items = (progress.items ?? {}) as { done?: number; total?: number };
    const tasks = (progress.tasks ?? {}) as Record<string, number>;
    const hours = (progress.hours ?? {}) as { min?: number; max?: number; done?: number };
    return {
      id: String(r.id),
      title: String(r.title ?? "Untitled plan"),
      fileName: typeof r.fileName === "string" ? r.fileName : null,
      updatedAt: r.updatedAt ? String(r.updatedAt) : undefined,
      progress: {
        items: { done: Number(items.done ?? 0), total: Number(items.total ?? 0) },
        tasks: { ...tasks },
        hours: { min: Number(hours.min ?? 0), max: Number(hours.max ?? 0), ...(hours.done !== undefined ? { done: Number(hours.done) } : {}) },
      },
    };
  });
}
