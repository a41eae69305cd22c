import "server-only";

/** "ok" when the database answers a trivial query; throws otherwise (GET /api/health). */
export { checkDatabase } from "@/lib/server/db/client";
