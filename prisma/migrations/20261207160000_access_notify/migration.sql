-- Access changes are announced to every app instance: a session that ends or moves to another
-- workspace, a membership whose role changes or that is removed, an API token that is revoked or
-- deleted. Each NOTIFYs flightplan_access with {"userId"} in the change's own transaction
-- (delivered at commit), and every instance's open live streams of that user check their access
-- again (lib/server/live). PostgreSQL folds identical notifications of one transaction into one.
-- The body is an escape string with \073 for each semicolon: Prisma's migration runner (over
-- @prisma/adapter-pg) splits a migration at every semicolon, even inside dollar quotes. It reads:
--   PERFORM pg_notify('flightplan_access', json_build_object('userId', OLD.user_id)::text);
--   RETURN NULL;
CREATE OR REPLACE FUNCTION access_changed() RETURNS trigger
  LANGUAGE plpgsql SET search_path FROM CURRENT AS E'
BEGIN
  PERFORM pg_notify(''flightplan_access'', json_build_object(''userId'', OLD.user_id)::text)\073
  RETURN NULL\073
END
';

CREATE TRIGGER "sessions_access_changed"
  AFTER DELETE OR UPDATE OF "workspace_id", "expires_at" ON "sessions"
  FOR EACH ROW EXECUTE FUNCTION access_changed();

CREATE TRIGGER "memberships_access_changed"
  AFTER DELETE OR UPDATE OF "role", "workspace_id", "user_id" ON "memberships"
  FOR EACH ROW EXECUTE FUNCTION access_changed();

CREATE TRIGGER "api_tokens_access_changed"
  AFTER DELETE OR UPDATE OF "revoked_at", "workspace_id", "user_id" ON "api_tokens"
  FOR EACH ROW EXECUTE FUNCTION access_changed();
