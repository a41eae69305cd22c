import { readJson, withActor } from "@/lib/api/handler";
import { DecideSchema } from "@/lib/plan/contract";
import { decideDecision } from "@/lib/server/decisions";

export const dynamic = "force-dynamic";

/** Record a decision's choice: `{ "optionId", "rationale", "version" }` (`optionId: null` reopens). */
export const PATCH = withActor<{ planId: string; decisionId: string }>(
  async ({ req, actor, params }) =>
    decideDecision(actor, params.planId, params.decisionId, await readJson(req, DecideSchema)),
  { action: "decision.decide" },
);
