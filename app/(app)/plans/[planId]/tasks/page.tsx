import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TasksView } from "@/components/tasks/tasks-view";
import { requireActor } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { firstRows } from "@/lib/plan/views";
import { getPlan, getTaskDetail, getTaskDetails, getTaskIndex } from "@/lib/server/plans";

/** Rows in the server render: a first screen or two; a larger plan's rest loads after the page. */
const FIRST_ROWS = 150;
/** Rows whose panel opens complete, with no request: those on the first screen (the list's first render). */
const FIRST_DETAILS = 24;

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
    const [initialTask, firstDetails] = await Promise.all([
      taskId ? getTaskDetail(actor, planId, taskId).catch(() => undefined) : undefined,
      getTaskDetails(
        actor,
        planId,
        index.tasks.slice(0, FIRST_DETAILS).map((t) => t.id),
      ),
    ]);
    return (
      <TasksView
        planId={planId}
        title={plan.title}
        initialIndex={firstRows(index, FIRST_ROWS)}
        initialTask={initialTask}
        firstDetails={firstDetails}
        canEdit={can(actor.role, "plan.edit")}
        initialQuery={Object.fromEntries(Object.keys(query).map((k) => [k, one(k)]))}
      />
    );
  } catch (err) {
    if (isAppError(err) && (err.status === 404 || err.status === 400)) notFound();
    throw err;
  }
}
