import "server-only";
import { AppError } from "@/lib/errors";
import type { DecideInput, DecisionResult } from "@/lib/plan/contract";
import { assertCan } from "@/lib/permissions";
import type { Actor } from "@/lib/server/actor";
import { recordEvent } from "@/lib/server/db/events";
import { chooseOption, lockPlan, readDecisionForChoice, readDecisionView } from "@/lib/server/db/plans";
import { runTransaction } from "@/lib/server/db/tx";

/**
 * Records the choice of a decision (one option chosen, the others not) with who, when and why;
 * `optionId: null` reopens it. Optimistic concurrency on the decision's version: a second editor
 * who read the old version gets a conflict naming the current choice, never a silent overwrite.
 */
export async function decideDecision(
  actor: Actor,
  planId: string,
  decisionId: string,
  input: DecideInput,
): Promise<DecisionResult> {
  assertCan(actor, "decision.decide");
  return runTransaction(async (tx) => {
    // The plan row first, like every plan writer (one lock order: no deadlock with a re-import).
    if (!(await lockPlan(tx, planId, actor.workspaceId)))
      throw new AppError("not_found", "No such decision in this plan.");
    const decision = await readDecisionForChoice(tx, actor.workspaceId, planId, decisionId);
    if (!decision) throw new AppError("not_found", "No such decision in this plan.");
    const chosenBefore = decision.options.find((o) => o.chosen) ?? null;
    if (decision.version !== input.version) {
      const now = chosenBefore ? `“${chosenBefore.text}” is chosen now` : "it is open now";
      throw new AppError("conflict", `This decision was changed by someone else (${now}); reload it and try again.`);
    }
    const option = input.optionId === null ? null : decision.options.find((o) => o.id === input.optionId);
    if (option === undefined) throw new AppError("bad_request", "That option is not one of this decision's options.");
    const rationale = option ? input.rationale?.trim() || null : null;
    const chosen = await chooseOption(tx, decisionId, input.version, {
      optionId: option?.id ?? null,
      decidedById: actor.userId,
      rationale,
    });
    if (!chosen) throw new AppError("conflict", "This decision was changed by someone else; reload it and try again.");
    const planVersion = await recordEvent(tx, actor, {
      planId,
      action: option ? "decision.decided" : "decision.reopened",
      entityId: decisionId,
      before: { chosen: chosenBefore?.text ?? null, rationale: decision.rationale },
      after: { chosen: option?.text ?? null, rationale },
    });
    return { ...(await readDecisionView(tx, decisionId)), planVersion };
  });
}
