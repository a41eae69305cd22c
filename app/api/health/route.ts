import { json, withActor } from "@/lib/api/handler";
import { checkDatabase } from "@/lib/server/health";

export const dynamic = "force-dynamic";

/** Liveness + database check; no auth. 503 when the database does not answer. */
export const GET = withActor(
  async () => {
    try {
      await checkDatabase();
      return { status: "ok", db: "ok" };
    } catch (err) {
      console.error(
        "[health] database check failed:",
        err instanceof Error ? err.message.replace(/\/\/[^@\s/]+@/g, "//***@") : "unknown",
      );
      return json({ status: "error", db: "unreachable" }, 503);
    }
  },
  { public: true },
);
