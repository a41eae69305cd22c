-- Roadmap settings of a plan (issue: the roadmap). start_date and hours_per_week exist already.
-- target_date: set in the app, null means "from the plan's meta" (Target Deployment: Q2 2026).
-- unnamed_people: how many people work the tasks without an owner.
-- owner_hours: hours per week of single owners that differ from hours_per_week, {"Ana": 20}.
ALTER TABLE "plans" ADD COLUMN "target_date" DATE;
ALTER TABLE "plans" ADD COLUMN "unnamed_people" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "plans" ADD COLUMN "owner_hours" JSONB NOT NULL DEFAULT '{}';
ALTER TABLE "plans" ADD CONSTRAINT "plans_unnamed_people_positive" CHECK ("unnamed_people" > 0);
ALTER TABLE "plans" ADD CONSTRAINT "plans_owner_hours_object" CHECK (jsonb_typeof("owner_hours") = 'object');

-- The roadmap assumes 30 focused hours a week per person. Nothing could set hours_per_week before
-- this migration (no API or page wrote it), so every 40 is the old default, not a choice.
ALTER TABLE "plans" ALTER COLUMN "hours_per_week" SET DEFAULT 30;
UPDATE "plans" SET "hours_per_week" = 30 WHERE "hours_per_week" = 40;

-- Baselines and weekly summaries read a plan's recent activity by time.
CREATE INDEX IF NOT EXISTS "activity_plan_id_action_created_at_idx" ON "activity" ("plan_id", "action", "created_at");
