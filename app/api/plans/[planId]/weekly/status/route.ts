import { readJson, withActor } from "@/lib/api/handler";
import { clearStatusOverride, setStatusOverride } from "@/lib/server/weekly";
import { StatusOverrideSchema } from "@/lib/validations/weekly";

export const dynamic = "force-dynamic";

const weekOf = (req: Request) => new URL(req.url).searchParams.get("week") ?? "";

/** Owners set a week's status over the computed one: `?week=2026-W49`, `{ status, reason }` → the summary. */
export const PUT = withActor<{ planId: string }>(
  async ({ req, actor, params }) =>
    setStatusOverride(actor, params.planId, weekOf(req), await readJson(req, StatusOverrideSchema, 16 * 1024)),
  { action: "weekly.override" },
);

/** Owners clear the override: the week shows its computed status again → the summary. */
export const DELETE = withActor<{ planId: string }>(
  async ({ req, actor, params }) => clearStatusOverride(actor, params.planId, weekOf(req)),
  { action: "weekly.override" },
);
