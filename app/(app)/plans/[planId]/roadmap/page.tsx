import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RoadmapView } from "@/components/roadmap/roadmap-view";
import { requireActor } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { getRoadmap, type RoadmapView as RoadmapData } from "@/lib/server/roadmap";

export const metadata: Metadata = { title: "Roadmap" };

type Search = { zoom?: string | string[]; open?: string | string[] };

export default async function RoadmapPage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string }>;
  searchParams: Promise<Search>;
}) {
  const [{ planId }, search] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  let data: RoadmapData;
  try {
    data = await getRoadmap(actor, planId);
  } catch (err) {
    if (isAppError(err) && (err.status === 404 || err.status === 400)) notFound();
    throw err;
  }
  return <RoadmapView data={data} canEdit={can(actor.role, "roadmap.edit")} search={search} />;
}
