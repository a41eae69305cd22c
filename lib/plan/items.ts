/**
 * Walking a plan: every task, every checkbox. Generic over the shapes that share the nesting —
 * Plan JSON v1 from the engine, the API's plan with ids, and the diff/preview shapes — so the
 * engine, the server, the pages and tests spell "all items of a plan" once.
 */

type TaskLike<I> = { checklist: readonly I[]; criteria: readonly I[] };
type PhaseLike<T, I> = { checklist: readonly I[]; tasks: readonly T[] };
type PlanLike<P, I> = { phases: readonly P[]; criteria: readonly I[] };

/** All tasks, phase by phase. */
export function allTasks<T>(plan: { phases: readonly { tasks: readonly T[] }[] }): T[] {
  return plan.phases.flatMap((p) => p.tasks);
}

/** A task's checkboxes: its checklist, then its acceptance criteria. */
export function taskItems<I>(task: TaskLike<I>): I[] {
  return [...task.checklist, ...task.criteria];
}

/** A phase's checkboxes: its own checklist (deliverables), then each task's. */
export function phaseItems<I, T extends TaskLike<I>>(phase: PhaseLike<T, I>): I[] {
  return [...phase.checklist, ...phase.tasks.flatMap((t) => taskItems(t))];
}

/** Every checkbox of the plan, in document order of phases, then the plan's own criteria. */
export function allItems<I, T extends TaskLike<I>, P extends PhaseLike<T, I>>(plan: PlanLike<P, I>): I[] {
  return [...plan.phases.flatMap((p) => phaseItems<I, T>(p)), ...plan.criteria];
}
