import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RoadmapView } from "@/components/roadmap/roadmap-view";
import { isAppError } from "@/lib/errors";
import { getForecastHistory, getRoadmap, type RoadmapView as RoadmapData } from "@/lib/server/roadmap";
import { resolveShareLink } from "@/lib/server/share-links";
import { ShareHeader } from "../_components/share-header";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Roadmap" };

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ zoom?: string | string[]; open?: string | string[] }>;
};

/** A share link's roadmap: the same timeline and table, without settings or links into the app. */
export default async function SharedRoadmapPage({ params, searchParams }: Props) {
  const [{ token }, search] = await Promise.all([params, searchParams]);
  const actor = await resolveShareLink(token);
  if (!actor) notFound();
  let data: RoadmapData;
  try {
    data = await getRoadmap(actor, actor.planId);
  } catch (err) {
    if (isAppError(err) && err.status === 404) notFound();
    throw err;
  }
  const history = await getForecastHistory(actor, actor.planId).catch((err: unknown) => {
    if (isAppError(err)) return null;
    throw err;
  });
  return (
    <>
      <ShareHeader token={token} current="roadmap" />
      <RoadmapView data={data} canEdit={false} backHref={null} search={search} history={history} />
    </>
  );
}
