import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";
import type { Tx } from "./tx";

export type ActivityInput = {
  planId?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  /** The plan version the change produced (bumpPlanVersion's result): live clients read by it. */
  planVersion?: number | null;
};

/** Writes one activity-log row. Call it with the transaction client of the change it records. */
export async function recordActivity(
  tx: Tx,
  actor: Pick<Actor, "userId" | "workspaceId">,
  input: ActivityInput,
): Promise<void> {
  await tx.activity.create({
    data: {
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      planId: input.planId ?? null,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: input.before ?? undefined,
      after: input.after ?? undefined,
      planVersion: input.planVersion ?? null,
    },
  });
}
