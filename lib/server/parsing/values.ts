import type { SourceEncoding, StoredSource } from "@/lib/markdown";
import type { Plan } from "@/lib/plan/contract";

/**
 * What a parse gives (lib/server/parsing/worker.ts) and an import stores: the plan, the decoded
 * text and how it was encoded; `stored` is what export needs later (the plan as read and its
 * source index), kept with the plan.
 */
export type ParseValue = { plan: Plan; text: string; bom: boolean; encoding?: SourceEncoding; stored?: StoredSource };
