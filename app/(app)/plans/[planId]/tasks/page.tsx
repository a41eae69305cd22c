import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TasksView } from "@/components/tasks/tasks-view";
import type { ApiPlan } from "@/lib/plan/contract";
import { requireActor } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { getPlan } from "@/lib/server/plans";

export const metadata: Metadata = { title: "Tasks" };

export default async function PlanTasksPage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ planId }, query] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  let plan: ApiPlan;
  try {
    plan = await getPlan(actor, planId);
  } catch (err) {
    if (isAppError(err) && (err.status === 404 || err.status === 400)) notFound();
    throw err;
  }
  const one = (k: string) => (typeof query[k] === "string" ? (query[k] as string) : undefined);
  return <TasksView initialPlan={plan} canEdit={can(actor.role, "plan.edit")} initialQuery={Object.fromEntries(Object.keys(query).map((k) => [k, one(k)]))} />;
}
