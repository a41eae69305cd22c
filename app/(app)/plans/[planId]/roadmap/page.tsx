import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ZodError } from "zod";
import { RoadmapView } from "@/components/roadmap/roadmap-view";
import type { WhatIfView } from "@/components/roadmap/what-if-panel";
import { requireActor } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { getForecastHistory, getRoadmap, getWhatIf, type RoadmapView as RoadmapData } from "@/lib/server/roadmap";
import { whatIfFromQuery } from "@/lib/validations/roadmap";

export const metadata: Metadata = { title: "Roadmap" };

type Search = Record<string, string | string[] | undefined> & { zoom?: string | string[]; open?: string | string[] };

/** The what-if the query names (people, drop, narrow, target), or why it cannot be read. */
function readWhatIf(search: Search) {
  try {
    return { whatIf: whatIfFromQuery(search), error: null };
  } catch (err) {
    if (err instanceof ZodError) return { whatIf: null, error: err.issues.map((i) => i.message).join(" ") };
    throw err;
  }
}

export default async function RoadmapPage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string }>;
  searchParams: Promise<Search>;
}) {
  const [{ planId }, search] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const asked = readWhatIf(search);
  let data: RoadmapData;
  let whatIf: WhatIfView | null = null;
  try {
    data = await getRoadmap(actor, planId);
    whatIf = asked.whatIf ? await getWhatIf(actor, planId, asked.whatIf) : null;
  } catch (err) {
    if (isAppError(err) && (err.status === 404 || err.status === 400)) notFound();
    throw err;
  }
  // The history is worth showing but not worth failing the page for (a busy worker pool: 503).
  const history = await getForecastHistory(actor, planId).catch((err: unknown) => {
    if (isAppError(err)) return null;
    throw err;
  });
  return (
    <RoadmapView
      data={data}
      canEdit={can(actor.role, "roadmap.edit")}
      search={search}
      history={history}
      whatIf={{ view: whatIf, error: asked.error }}
    />
  );
}
