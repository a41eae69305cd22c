import { benchBaselineEnabled, benchToggle } from "@/lib/server/bench/toggle-baseline";

export const dynamic = "force-dynamic";

/** bench:api only (BENCH_BASELINE=1): the toggle's SQL without the app's layers, as a baseline. */
export async function PATCH(
  req: Request,
  ctx: { params: Promise<{ planId: string; itemId: string }> },
): Promise<Response> {
  if (!benchBaselineEnabled()) return new Response(null, { status: 404 });
  const { planId, itemId } = await ctx.params;
  const { done } = (await req.json()) as { done: boolean };
  const { status, body } = await benchToggle(req.headers.get("authorization"), planId, itemId, done === true);
  return Response.json(body, { status });
}
