-- Export must not depend on the engine a plan is exported with: each import stores what export
-- needs (the plan as read and where each task, phase and item stands, with the engine version)
-- and the encoding the file came in. Plans imported before this have NULL and are exported from
-- their rows and activity (lib/server/plans/export.ts).
ALTER TABLE "plans" ADD COLUMN "source_encoding" TEXT NOT NULL DEFAULT 'utf-8';
ALTER TABLE "plans" ADD COLUMN "source_baseline" JSONB;
ALTER TABLE "plans" ADD CONSTRAINT "plans_source_encoding_check" CHECK ("source_encoding" IN ('utf-8', 'utf-16le', 'utf-16be'));
