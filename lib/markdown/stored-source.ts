import { PlanSchema, type Plan } from "@/lib/plan/contract";
import type { SourceEncoding } from "./encoding";
import type { ParsedPlan } from "./parse-plan";
import type { ColumnSource, PhaseSource, SourceIndex, TaskSource } from "./reader";

/**
 * What export needs from an import, stored beside the source so that a later engine (which may
 * read the same text differently) never changes how an old plan is written back: the plan as it
 * was read, and where each task, phase and item stands. Bump ENGINE_VERSION when the reader or
 * the source description changes meaning.
 */
export const ENGINE_VERSION = 2;

export interface StoredSource {
  engine: number;
  encoding: SourceEncoding;
  plan: Plan;
  index: {
    tasks: Array<[number, TaskSource]>;
    phases: Array<[number, PhaseSource]>;
    itemEnds: Array<[number, number]>;
    columns: Array<[number, ColumnSource]>;
  };
}

export function storeSource(parsed: ParsedPlan): StoredSource {
  const { index } = parsed;
  return {
    engine: ENGINE_VERSION,
    encoding: parsed.encoding,
    plan: parsed.plan,
    index: {
      tasks: [...index.tasks],
      phases: [...index.phases],
      itemEnds: [...index.itemEnds],
      columns: [...index.columns],
    },
  };
}

/** A stored import as the ParsedPlan write-back works on; null when it is not one of ours. */
export function restoreSource(stored: unknown, text: string, bom: boolean): ParsedPlan | null {
  const s = stored as Partial<StoredSource> | null;
  if (!s || typeof s !== "object" || typeof s.engine !== "number" || !s.index || !s.plan) return null;
  const plan = PlanSchema.parse(s.plan);
  const index: SourceIndex = {
    tasks: new Map(s.index.tasks),
    phases: new Map(s.index.phases),
    itemEnds: new Map(s.index.itemEnds),
    columns: new Map(s.index.columns ?? []),
  };
  return { plan, text, bom, encoding: s.encoding ?? "utf-8", index };
}
