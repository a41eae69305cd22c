-- Live updates: each activity row names the plan version its change produced, so a client at
-- version N fetches only what changed after N.
ALTER TABLE "activity" ADD COLUMN "plan_version" INTEGER;
CREATE INDEX "activity_plan_id_plan_version_idx" ON "activity"("plan_id", "plan_version");
