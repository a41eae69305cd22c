-- The activity log page reads newest first by (created_at, id), a keyset that stays fast at any depth.
-- (plan_id, created_at, id) replaces (plan_id, created_at): same prefix, plus the tie-breaker.
DROP INDEX IF EXISTS "activity_plan_id_created_at_idx";
CREATE INDEX "activity_plan_id_created_at_id_idx" ON "activity"("plan_id", "created_at", "id");

-- Filter by person.
CREATE INDEX "activity_plan_id_actor_id_created_at_id_idx" ON "activity"("plan_id", "actor_id", "created_at", "id");

-- Filter by kind: the prefix of the action ("task" of "task.updated"). The Prisma schema cannot declare an
-- expression index, and the query must use exactly this expression to match it.
CREATE INDEX "activity_plan_kind_created_at_id_idx" ON "activity"("plan_id", (split_part("action", '.', 1)), "created_at", "id");
