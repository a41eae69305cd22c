import type { Plan, Task } from "@/lib/plan/contract";
import { allItems, allTasks, taskItems } from "@/lib/plan/items";
import { ownerMention } from "@/lib/plan/owners";
import { planStats } from "@/lib/plan/stats";

const STATUS_MARK: Record<Task["status"], string> = {
  todo: "[ ]",
  in_progress: "[~]",
  done: "[x]",
  blocked: "[!]",
  deferred: "[-]",
};

function hours(t: Task): string {
  if (!t.estimate) return "";
  const { minHours: a, maxHours: b } = t.estimate;
  return a === b ? ` ${a}h` : ` ${a}-${b}h`;
}

/** A short outline for people: phases, tasks with status/priority/estimate, counts, warnings. */
export function summarizePlan(plan: Plan): string {
  const out: string[] = [plan.title];
  for (const [k, v] of Object.entries(plan.meta)) out.push(`  ${k}: ${v}`);
  if (plan.repairedEncoding) out.push(`  (encoding repaired: ${plan.repairedEncoding})`);
  const tasks = allTasks(plan);
  const items = allItems(plan);
  for (const phase of plan.phases) {
    const weeks = phase.weeks ? ` (weeks ${phase.weeks.from}-${phase.weeks.to})` : "";
    out.push(
      "",
      `${phase.title}${weeks} — ${phase.status}, ${phase.tasks.length} tasks${phase.checklist.length ? `, ${phase.checklist.length} checklist items` : ""}`,
    );
    for (const t of phase.tasks) {
      const key = t.key ? `${t.key} ` : "";
      const prio = t.priority ? ` ${t.priority}` : "";
      const owner = t.owner ? ` ${ownerMention(t.owner)}` : "";
      const boxes = taskItems(t);
      const progress = boxes.length ? ` ${boxes.filter((i) => i.done).length}/${boxes.length}` : "";
      out.push(`  ${STATUS_MARK[t.status]} ${key}${t.title}${prio}${hours(t)}${owner}${progress}`);
    }
  }
  if (plan.decisions.length) {
    out.push("", "Decisions");
    for (const d of plan.decisions)
      out.push(`  ${d.status === "decided" ? "[x]" : "[ ]"} ${d.title} (${d.options.length} options)`);
  }
  if (plan.metrics.length) {
    out.push("", "Success metrics");
    for (const m of plan.metrics) out.push(`  ${m.name}: ${m.target.op} ${m.target.value}${m.target.unit}`);
  }
  const { min, max } = planStats(plan).hours;
  const byStatus = Object.entries(
    tasks.reduce<Record<string, number>>((acc, t) => ((acc[t.status] = (acc[t.status] ?? 0) + 1), acc), {}),
  )
    .map(([s, n]) => `${n} ${s}`)
    .join(", ");
  out.push(
    "",
    `Totals: ${plan.phases.length} phases, ${tasks.length} tasks${byStatus ? ` (${byStatus})` : ""}, ` +
      `${items.filter((i) => i.done).length}/${items.length} checklist items done, ${plan.decisions.length} decisions, ` +
      `${plan.metrics.length} metrics, estimate ${min}-${max} hours`,
  );
  for (const w of plan.warnings) out.push(`Warning: ${w}`);
  return out.join("\n") + "\n";
}
