import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WorkspaceWeeklyView } from "@/components/weekly/workspace-weekly-view";
import { requireActor } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import type { WorkspaceWeekly } from "@/lib/plan/weekly/workspace";
import { getWorkspaceWeekly } from "@/lib/server/weekly";

export const metadata: Metadata = { title: "Weekly summary" };

export default async function WorkspaceWeeklyPage({
  searchParams,
}: {
  searchParams: Promise<{ week?: string | string[] }>;
}) {
  const search = await searchParams;
  const actor = await requireActor();
  let weekly: WorkspaceWeekly;
  try {
    weekly = await getWorkspaceWeekly(actor, typeof search.week === "string" ? search.week : null);
  } catch (err) {
    if (isAppError(err) && err.code === "bad_request") notFound();
    throw err;
  }
  return <WorkspaceWeeklyView w={weekly} />;
}
