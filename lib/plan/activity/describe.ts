/**
 * How an activity-log row reads in the log: one sentence of what happened and, per changed field,
 * its value before and after. Pure: the server passes the names of the entities the rows point at
 * (the rows store ids, and an item row does not repeat the item's text).
 */

/** The kinds of change the log can be filtered by: the prefix of the row's `action`. */
export const ACTIVITY_KINDS = ["task", "item", "decision", "measurement", "plan", "roadmap", "weekly"] as const;
export const ACTIVITY_KIND_LABEL: Record<(typeof ACTIVITY_KINDS)[number], string> = {
  task: "Tasks",
  item: "Checkboxes",
  decision: "Decisions",
  measurement: "Measurements",
  plan: "Imports",
  roadmap: "Roadmap settings",
  weekly: "Weekly status",
};

/** `task` of `task.updated`; the SQL filter uses the same rule (split_part(action, '.', 1)). */
export const kindOf = (action: string): string => action.split(".")[0] ?? action;

export interface ActivityRow {
  action: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Names of what the rows point at, as they are now; a missing id was deleted since. */
export interface ActivityNames {
  tasks: Map<string, { key: string | null; title: string }>;
  items: Map<string, { text: string; taskId: string | null }>;
  decisions: Map<string, string>;
  metrics: Map<string, string>;
}

export interface ActivityChange {
  field: string;
  before: string;
  after: string;
}

export interface ActivityDescription {
  summary: string;
  changes: ActivityChange[];
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});
const quote = (s: string) => `‘${s.length > 80 ? `${s.slice(0, 79)}…` : s}’`;

const FIELD_LABEL: Record<string, string> = {
  status: "status",
  owner: "owner",
  priority: "priority",
  estimate: "estimate",
  title: "title",
  dependsOn: "dependencies",
  startDate: "start date",
  targetDate: "target date",
  hoursPerWeek: "hours per week",
  unnamedPeople: "unnamed people",
  ownerHours: "hours per owner",
  chosen: "choice",
  rationale: "rationale",
  reason: "reason",
};

/** A field's value as text: status words, estimate ranges, lists and maps. */
export function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "none";
  // The words of the status field ("todo", "in progress"), which read well inside a sentence.
  if (field === "status" && typeof value === "string") return value.replace(/_/g, " ");
  if (field === "estimate" && typeof value === "object") {
    const e = value as { minHours?: number; maxHours?: number; text?: string | null };
    if (typeof e.minHours === "number" && typeof e.maxHours === "number")
      return e.minHours === e.maxHours ? `${e.minHours}h` : `${e.minHours}-${e.maxHours}h`;
    return e.text ?? "none";
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => String(v)).join(", ") : "none";
  if (typeof value === "object") {
    const entries = Object.entries(value as Obj);
    return entries.length ? entries.map(([k, v]) => `${k}: ${String(v)}`).join(", ") : "none";
  }
  return String(value);
}

/** "Task 1.2 ‘Title’" for a numbered key, the key itself for others (PROD-1 ‘Title’), else the quoted title. */
export function taskLabel(task: { key: string | null; title: string } | undefined, fallbackTitle?: unknown): string {
  if (!task) return typeof fallbackTitle === "string" ? quote(fallbackTitle) : "a deleted task";
  if (!task.key) return quote(task.title);
  return `${/^\d+(\.\d+)*$/.test(task.key) ? `Task ${task.key}` : task.key} ${quote(task.title)}`;
}

function fieldChanges(before: Obj, after: Obj): ActivityChange[] {
  return Object.keys(after).map((field) => ({
    field: FIELD_LABEL[field] ?? field,
    before: formatValue(field, before[field]),
    after: formatValue(field, after[field]),
  }));
}

/** One sentence for a task edit: "changed status of Task 3 ‘Title’ from todo to in progress". */
function taskUpdated(ref: string, changes: ActivityChange[]): string {
  if (changes.length === 1) {
    const c = changes[0]!;
    return `changed ${c.field} of ${ref} from ${c.before} to ${c.after}`;
  }
  return `changed ${changes.map((c) => c.field).join(", ")} of ${ref}`;
}

export function describeActivity(row: ActivityRow, names: ActivityNames): ActivityDescription {
  const before = obj(row.before);
  const after = obj(row.after);
  const task = () => taskLabel(names.tasks.get(row.entityId), before.title ?? after.title);
  switch (row.action) {
    case "item.checked":
    case "item.unchecked": {
      const item = names.items.get(row.entityId);
      const where = item?.taskId ? ` in ${taskLabel(names.tasks.get(item.taskId))}` : "";
      const verb = row.action === "item.checked" ? "ticked" : "unticked";
      return {
        summary: `${verb} ${item ? quote(item.text) : "a deleted checkbox"}${where}`,
        changes: [{ field: "done", before: before.done ? "yes" : "no", after: after.done ? "yes" : "no" }],
      };
    }
    case "item.created": {
      const taskId = typeof after.taskId === "string" ? after.taskId : null;
      const where = taskId ? ` to ${taskLabel(names.tasks.get(taskId))}` : "";
      return {
        summary: `added checkbox ${quote(String(after.text ?? names.items.get(row.entityId)?.text ?? "?"))}${where}`,
        changes: [],
      };
    }
    case "task.created":
      return { summary: `added ${task()}`, changes: [] };
    case "task.removed":
      return {
        summary: `removed ${taskLabel(undefined, before.title)}${before.key ? ` (${String(before.key)})` : ""} by re-import`,
        changes: [],
      };
    case "task.updated": {
      const changes = fieldChanges(before, after);
      return { summary: taskUpdated(task(), changes), changes };
    }
    case "decision.decided":
    case "decision.reopened": {
      const title = names.decisions.get(row.entityId);
      const ref = title ? quote(title) : "a deleted decision";
      const summary =
        row.action === "decision.decided"
          ? `decided ${ref}: ${formatValue("chosen", after.chosen)}`
          : `reopened ${ref}`;
      return { summary, changes: fieldChanges(before, after).filter((c) => c.before !== c.after) };
    }
    case "measurement.recorded": {
      const list = Array.isArray(row.after) ? (row.after as Obj[]) : [];
      const metric = names.metrics.get(row.entityId);
      const values = list.map((m) => String(m.value)).join(", ");
      return {
        summary: `recorded ${values || "a value"} for ${metric ? quote(metric) : "a deleted metric"}`,
        changes: [],
      };
    }
    case "plan.imported":
      return { summary: `imported the plan${after.fileName ? ` from ${String(after.fileName)}` : ""}`, changes: [] };
    case "plan.reimported":
      return {
        summary: `re-imported the plan: ${n(after.addedTasks)} tasks added, ${n(after.removedTasks)} removed, ${n(after.changedTasks)} changed; ${n(after.addedItems)} checkboxes added, ${n(after.removedItems)} removed`,
        changes: [],
      };
    case "roadmap.updated": {
      const changes = fieldChanges(before, after).filter((c) => c.before !== c.after);
      return { summary: `changed the roadmap's ${changes.map((c) => c.field).join(", ") || "settings"}`, changes };
    }
    case "weekly.status_overridden":
    case "weekly.status_override_cleared": {
      const changes = fieldChanges(before, after).filter(
        (c) => (c.field === "status" || c.field === "reason") && c.before !== c.after,
      );
      const week = String(after.week ?? before.week ?? "?");
      const summary =
        row.action === "weekly.status_overridden"
          ? `set the status of week ${week} to ${formatValue("status", after.status)} (computed: ${formatValue("status", after.computed)})`
          : `cleared the status override of week ${week} (back to computed: ${formatValue("status", after.computed)})`;
      return { summary, changes };
    }
    default:
      return { summary: row.action.replace(/[._]/g, " "), changes: fieldChanges(before, after) };
  }
}

const n = (v: unknown) => (typeof v === "number" ? v : 0);
