import { withActor } from "@/lib/api/handler";
import { getForecastHistory } from "@/lib/server/roadmap";
import { HistoryQuerySchema } from "@/lib/validations/roadmap";

export const dynamic = "force-dynamic";

/**
 * The forecast week by week: each complete week's P50 and P85 at its end, the week before's and
 * why it moved (parts that add up to the move), then the running week, live (`?weeks=13`).
 */
export const GET = withActor<{ planId: string }>(
  async ({ actor, params, req }) => {
    const { weeks } = HistoryQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
    return getForecastHistory(actor, params.planId, { weeks });
  },
  { action: "roadmap.read" },
);
