import "server-only";
import type { ApiPlan, ReimportDiff } from "@/lib/plan/contract";
import { ownerLabel, taskChanges, type PlanMatch } from "@/lib/plan/matching";

/** What a matched re-import changes, as the preview shows it (and the activity log summarises). */
export function describeReimport(view: ApiPlan, m: PlanMatch): ReimportDiff {
  const phaseTitle = new Map(view.phases.map((p) => [p.id, p.title]));
  const changedTasks: ReimportDiff["changedTasks"] = [];
  let unchangedTasks = 0;
  for (const tm of m.tasks) {
    if (!tm.current) continue;
    const changes = taskChanges(tm).map((c) =>
      c.field === "phase" ? { ...c, before: phaseTitle.get(String(c.before)) ?? c.before } : c,
    );
    if (changes.length) changedTasks.push({ id: tm.current.id, key: tm.next.key, title: tm.next.title, changes });
    else unchangedTasks++;
  }
  return {
    addedPhases: m.phases.filter((p) => !p.current).map((p) => ({ key: p.next.key, title: p.next.title })),
    removedPhases: m.removedPhases.map((p) => ({ id: p.id, key: p.key, title: p.title })),
    addedTasks: m.tasks
      .filter((t) => !t.current)
      .map((t) => ({ key: t.next.key, title: t.next.title, phase: t.phase.next.title })),
    removedTasks: m.removedTasks.map((t) => ({ id: t.id, key: t.key, title: t.title })),
    changedTasks,
    addedItems: m.items
      .filter((i) => !i.current)
      .map((i) => ({ text: i.next.text, done: i.next.done, owner: ownerLabel(i.owner) })),
    removedItems: m.removedItems.map((i) => ({ id: i.id, text: i.text, done: i.done })),
    unchanged: { tasks: unchangedTasks, items: m.items.filter((i) => i.current).length },
  };
}
