import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TasksView } from "@/components/tasks/tasks-view";
import { requireActor } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { firstRows } from "@/lib/plan/views";
import { getPlan, getTaskDetail, getTaskIndex } from "@/lib/server/plans";

/** Rows in the server render: a first screen or two; a larger plan's rest loads after the page. */
const FIRST_ROWS = 150;

export const metadata: Metadata = { title: "Tasks" };

/** The page ships the task list's light rows, and the one task a `?task=` link opens; never the whole plan. */
export default async function PlanTasksPage({
  params,
  searchParams,
}: {
  params: Promise<{ planId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ planId }, query] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const one = (k: string) => (typeof query[k] === "string" ? (query[k] as string) : undefined);
  try {
    const [plan, index] = await Promise.all([getPlan(actor, planId), getTaskIndex(actor, planId)]);
    const taskId = one("task");
    const initialTask = taskId ? await getTaskDetail(actor, planId, taskId).catch(() => undefined) : undefined;
    return (
      <TasksView
        planId={planId}
        title={plan.title}
        initialIndex={firstRows(index, FIRST_ROWS)}
        initialTask={initialTask}
        canEdit={can(actor.role, "plan.edit")}
        initialQuery={Object.fromEntries(Object.keys(query).map((k) => [k, one(k)]))}
      />
    );
  } catch (err) {
    if (isAppError(err) && (err.status === 404 || err.status === 400)) notFound();
    throw err;
  }
}
