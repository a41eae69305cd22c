-- Unnamed people: NULL means "as many as the plan's named owners (at least 1)" (README, "The roadmap").
-- The old default 1 becomes NULL unless someone set it on purpose (a roadmap.updated row says so).
ALTER TABLE "plans" ALTER COLUMN "unnamed_people" DROP NOT NULL;
ALTER TABLE "plans" ALTER COLUMN "unnamed_people" DROP DEFAULT;
UPDATE "plans" p SET "unnamed_people" = NULL
WHERE p."unnamed_people" = 1
  AND NOT EXISTS (
    SELECT 1 FROM "activity" a
    WHERE a."plan_id" = p."id" AND a."action" = 'roadmap.updated' AND (a."after"->>'unnamedPeople') = '1'
  );

-- A complete week's P50 / P85, the week before's and why it moved (lib/server/roadmap/history.ts):
-- what the forecast history reads, without the week's whole roadmap.
ALTER TABLE "weekly_forecasts" ADD COLUMN "summary" JSONB;
