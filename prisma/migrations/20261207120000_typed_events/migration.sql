-- Typed events (lib/plan/contract/events.ts): the activity log's kinds are known to the database,
-- and recording a change of a plan is what bumps the plan's version and notifies open pages.

-- The kinds of event and whether each changes a plan (EVENT_KINDS' `changesPlan`), NULL for an
-- unknown kind. A migration that adds a kind replaces this function with the longer list
-- (lib/server/db/events.int.test.ts checks both sides agree).
CREATE OR REPLACE FUNCTION activity_kind_changes_plan(action text) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE action
    WHEN 'item.checked' THEN true
    WHEN 'item.unchecked' THEN true
    WHEN 'item.created' THEN true
    WHEN 'task.created' THEN true
    WHEN 'task.updated' THEN true
    WHEN 'task.removed' THEN true
    WHEN 'plan.imported' THEN false
    WHEN 'plan.reimported' THEN true
    WHEN 'decision.decided' THEN true
    WHEN 'decision.reopened' THEN true
    WHEN 'measurement.recorded' THEN true
    WHEN 'roadmap.updated' THEN true
    WHEN 'weekly.status_overridden' THEN true
    WHEN 'weekly.status_override_cleared' THEN true
    WHEN 'share_link.created' THEN false
    WHEN 'share_link.revoked' THEN false
    WHEN 'workspace.created' THEN false
    WHEN 'workspace.updated' THEN false
    WHEN 'member.joined' THEN false
    WHEN 'member.role_changed' THEN false
    WHEN 'member.removed' THEN false
    WHEN 'invite.created' THEN false
    WHEN 'token.created' THEN false
    WHEN 'token.revoked' THEN false
  END
$$;

-- Existing rows: every kind the code ever wrote is in the list. A row of any other kind makes the
-- constraint below fail (naming it), rather than being dropped or mislabelled.

-- Rows written before this migration: the entity type is the kind's (EVENT_KINDS' `entity`).
UPDATE "activity" SET "entity_type" = CASE split_part("action", '.', 1)
    WHEN 'measurement' THEN 'metric'
    WHEN 'roadmap' THEN 'plan'
    WHEN 'weekly' THEN 'week'
    WHEN 'member' THEN 'membership'
    WHEN 'token' THEN 'api_token'
    ELSE split_part("action", '.', 1)
  END
 WHERE "entity_type" IS DISTINCT FROM CASE split_part("action", '.', 1)
    WHEN 'measurement' THEN 'metric'
    WHEN 'roadmap' THEN 'plan'
    WHEN 'weekly' THEN 'week'
    WHEN 'member' THEN 'membership'
    WHEN 'token' THEN 'api_token'
    ELSE split_part("action", '.', 1)
  END;

ALTER TABLE "activity" ADD CONSTRAINT "activity_action_known" CHECK (activity_kind_changes_plan("action") IS NOT NULL);

-- The one change path: an event of a plan-changing kind bumps the plan's version (once per
-- transaction and plan, so the events of one change share its version), stamps the event with it
-- (the change feed reads plan_version) and notifies every instance (delivered at commit).
-- The body is an escape string with \073 for each semicolon: Prisma's migration runner (over
-- @prisma/adapter-pg) splits a migration at every semicolon, even inside dollar quotes.
-- It reads, with semicolons:
--   IF the event has no plan or its kind does not change one: keep it as it is.
--   IF this transaction already bumped this plan (flightplan.bumped_plan = "<plan>@<version>"):
--     stamp that version.
--   ELSE UPDATE plans SET version = version + 1, updated_at = now() RETURNING version,
--     remember "<plan>@<version>" for the rest of the transaction (set_config(..., true)),
--     pg_notify('flightplan_plan', {"planId", "version"}) and stamp the version.
-- SET search_path FROM CURRENT: the schema the migration ran in, whatever the inserting session's
-- search_path is (pg_dump's scripts set it empty).
CREATE OR REPLACE FUNCTION activity_plan_change() RETURNS trigger
  LANGUAGE plpgsql SET search_path FROM CURRENT AS E'
DECLARE
  bumped text := current_setting(''flightplan.bumped_plan'', true)\073
  v integer\073
BEGIN
  IF NEW.plan_id IS NULL OR NOT activity_kind_changes_plan(NEW.action) THEN
    RETURN NEW\073
  END IF\073
  IF bumped LIKE NEW.plan_id || ''@%'' THEN
    NEW.plan_version := split_part(bumped, ''@'', 2)::integer\073
    RETURN NEW\073
  END IF\073
  UPDATE plans SET version = version + 1, updated_at = now() WHERE id = NEW.plan_id RETURNING version INTO v\073
  IF v IS NULL THEN
    RAISE EXCEPTION ''activity: no plan %'', NEW.plan_id USING ERRCODE = ''foreign_key_violation''\073
  END IF\073
  PERFORM set_config(''flightplan.bumped_plan'', NEW.plan_id || ''@'' || v, true)\073
  PERFORM pg_notify(''flightplan_plan'', json_build_object(''planId'', NEW.plan_id, ''version'', v)::text)\073
  NEW.plan_version := v\073
  RETURN NEW\073
END
';

CREATE TRIGGER "activity_plan_change" BEFORE INSERT ON "activity"
  FOR EACH ROW EXECUTE FUNCTION activity_plan_change();
