import { ActivityEventSchema, type ActivityEvent } from "@/lib/plan/contract/events";

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

/** A row of the log as stored: its action and values, parsed by describeActivity. */
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
    const entries = Object.entries(value);
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

/** Each field of `after` with its value before and after, in words. */
function fieldChanges(before: object | null, after: object | null): ActivityChange[] {
  const was = new Map(Object.entries(before ?? {}));
  return Object.entries(after ?? {}).map(([field, value]) => ({
    field: FIELD_LABEL[field] ?? field,
    before: formatValue(field, was.get(field)),
    after: formatValue(field, value),
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

/**
 * A row of the log in words. The row is parsed as its kind of event (lib/plan/contract/events.ts);
 * one that does not parse (a kind this code does not know) is worded from its action.
 */
export function describeActivity(row: ActivityRow, names: ActivityNames): ActivityDescription {
  const parsed = ActivityEventSchema.safeParse(row);
  if (!parsed.success)
    return {
      summary: row.action.replace(/[._]/g, " "),
      changes: fieldChanges(asObject(row.before), asObject(row.after)),
    };
  return describeEvent(parsed.data, names);
}

const asObject = (v: unknown): object | null => (v && typeof v === "object" && !Array.isArray(v) ? v : null);

function describeEvent(e: ActivityEvent, names: ActivityNames): ActivityDescription {
  switch (e.action) {
    case "item.checked":
    case "item.unchecked": {
      const item = names.items.get(e.entityId);
      const where = item?.taskId ? ` in ${taskLabel(names.tasks.get(item.taskId))}` : "";
      const verb = e.action === "item.checked" ? "ticked" : "unticked";
      return {
        summary: `${verb} ${item ? quote(item.text) : "a deleted checkbox"}${where}`,
        changes: [{ field: "done", before: e.before.done ? "yes" : "no", after: e.after.done ? "yes" : "no" }],
      };
    }
    case "item.created": {
      const where = e.after.taskId ? ` to ${taskLabel(names.tasks.get(e.after.taskId))}` : "";
      return { summary: `added checkbox ${quote(e.after.text)}${where}`, changes: [] };
    }
    case "task.created":
      return { summary: `added ${taskLabel(names.tasks.get(e.entityId), e.after.title)}`, changes: [] };
    case "task.removed":
      return {
        summary: `removed ${taskLabel(undefined, e.before.title)}${e.before.key ? ` (${e.before.key})` : ""} by re-import`,
        changes: [],
      };
    case "task.updated": {
      const changes = fieldChanges(e.before, e.after);
      const ref = taskLabel(names.tasks.get(e.entityId), e.before.title ?? e.after.title);
      return { summary: taskUpdated(ref, changes), changes };
    }
    case "decision.decided":
    case "decision.reopened": {
      const title = names.decisions.get(e.entityId);
      const ref = title ? quote(title) : "a deleted decision";
      const summary =
        e.action === "decision.decided"
          ? `decided ${ref}: ${formatValue("chosen", e.after.chosen)}`
          : `reopened ${ref}`;
      return { summary, changes: fieldChanges(e.before, e.after).filter((c) => c.before !== c.after) };
    }
    case "measurement.recorded": {
      const metric = names.metrics.get(e.entityId);
      const values = e.after.map((m) => String(m.value)).join(", ");
      return {
        summary: `recorded ${values || "a value"} for ${metric ? quote(metric) : "a deleted metric"}`,
        changes: [],
      };
    }
    case "plan.imported":
      return { summary: `imported the plan${e.after.fileName ? ` from ${e.after.fileName}` : ""}`, changes: [] };
    case "plan.reimported": {
      const a = e.after;
      return {
        summary: `re-imported the plan: ${a.addedTasks} tasks added, ${a.removedTasks} removed, ${a.changedTasks} changed; ${a.addedItems} checkboxes added, ${a.removedItems} removed`,
        changes: [],
      };
    }
    case "roadmap.updated": {
      const changes = fieldChanges(e.before, e.after).filter((c) => c.before !== c.after);
      return { summary: `changed the roadmap's ${changes.map((c) => c.field).join(", ") || "settings"}`, changes };
    }
    case "weekly.status_overridden":
    case "weekly.status_override_cleared": {
      const changes = fieldChanges(e.before, e.after).filter(
        (c) => (c.field === "status" || c.field === "reason") && c.before !== c.after,
      );
      const summary =
        e.action === "weekly.status_overridden"
          ? `set the status of week ${e.after.week} to ${formatValue("status", e.after.status)} (computed: ${formatValue("status", e.after.computed)})`
          : `cleared the status override of week ${e.after.week} (back to computed: ${formatValue("status", e.after.computed)})`;
      return { summary, changes };
    }
    default:
      return { summary: e.action.replace(/[._]/g, " "), changes: fieldChanges(e.before, e.after) };
  }
}
