-- The forecasts of complete weeks, kept as first computed (lib/server/roadmap/snapshots.ts).
CREATE TABLE "weekly_forecasts" (
    "plan_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "body" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "weekly_forecasts_pkey" PRIMARY KEY ("plan_id","key")
);

ALTER TABLE "weekly_forecasts" ADD CONSTRAINT "weekly_forecasts_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;
