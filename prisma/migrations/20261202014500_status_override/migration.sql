-- An owner's status of a plan's week over the computed one, with a written reason (issue 11).
CREATE TYPE "WeeklyStatus" AS ENUM ('on_track', 'at_risk', 'off_track');

CREATE TABLE "weekly_status_overrides" (
    "id" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "week" TEXT NOT NULL,
    "status" "WeeklyStatus" NOT NULL,
    "reason" TEXT NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "weekly_status_overrides_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "weekly_status_overrides_week_label" CHECK ("week" ~ '^\d{4}-W\d{2}$'),
    CONSTRAINT "weekly_status_overrides_reason_length" CHECK (char_length("reason") BETWEEN 1 AND 1000)
);

-- One override per plan and week, and the workspace summary reads a week's overrides at once.
CREATE UNIQUE INDEX "weekly_status_overrides_plan_id_week_key" ON "weekly_status_overrides"("plan_id", "week");
CREATE INDEX "weekly_status_overrides_workspace_id_week_idx" ON "weekly_status_overrides"("workspace_id", "week");

ALTER TABLE "weekly_status_overrides" ADD CONSTRAINT "weekly_status_overrides_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "weekly_status_overrides" ADD CONSTRAINT "weekly_status_overrides_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
