import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Estimate, Priority, Status } from "@/lib/plan/contract";
import { PRIORITY_TITLE, STATUS_LABEL, STATUS_ORDER } from "@/lib/plan/labels";
import { ownerMention } from "@/lib/plan/owners";

export const STATUS_TONE: Record<Status, BadgeTone> = {
  todo: "slate",
  in_progress: "blue",
  done: "green",
  blocked: "red",
  deferred: "violet",
};

const PRIORITY_TONE: Record<Priority, BadgeTone> = { P0: "red", P1: "orange", P2: "amber", P3: "slate" };
export function StatusBadge({ status }: { status: Status }) {
  return (
    <Badge tone={STATUS_TONE[status]} className="status-badge">
      {STATUS_LABEL[status]}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: Priority | null }) {
  if (!priority) return null;
  return (
    <Badge tone={PRIORITY_TONE[priority]} title={PRIORITY_TITLE[priority]}>
      {priority}
    </Badge>
  );
}

export function EstimateBadge({ estimate }: { estimate: Estimate | null }) {
  if (!estimate) return null;
  return (
    <Badge tone="slate" title={`Estimate: ${estimate.minHours}–${estimate.maxHours} hours`}>
      <svg viewBox="0 0 16 16" fill="currentColor" className="mr-1 size-3 opacity-60" aria-hidden="true">
        <path d="M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM8.75 4v3.69l2.28 2.28-1.06 1.06L7.25 8.31V4h1.5Z" />
      </svg>
      {estimate.text || `${estimate.minHours}–${estimate.maxHours}h`}
    </Badge>
  );
}

export function OwnerBadge({ owner }: { owner: string | null }) {
  if (!owner) return null;
  return (
    <Badge tone="slate" title="Owner">
      {ownerMention(owner)}
    </Badge>
  );
}

const STATUS_BAR: Record<Status, string> = {
  done: "bg-emerald-500",
  in_progress: "bg-blue-500",
  blocked: "bg-red-500",
  todo: "bg-slate-300",
  deferred: "bg-violet-300",
};

/** A stacked bar of tasks by status. */
export function StatusBar({ counts }: { counts: Partial<Record<Status, number>> }) {
  const total = STATUS_ORDER.reduce((s, k) => s + (counts[k] ?? 0), 0);
  if (total === 0) return <div className="h-2 w-full rounded-full bg-slate-100" />;
  return (
    <div className="flex h-2 w-full overflow-hidden rounded-full bg-slate-100">
      {STATUS_ORDER.map((k) =>
        counts[k] ? (
          <div
            key={k}
            className={STATUS_BAR[k]}
            style={{ width: `${((counts[k] ?? 0) / total) * 100}%` }}
            title={`${STATUS_LABEL[k]}: ${counts[k]}`}
          />
        ) : null,
      )}
    </div>
  );
}

export function StatusLegend({ counts }: { counts: Partial<Record<Status, number>> }) {
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
      {STATUS_ORDER.filter((k) => counts[k]).map((k) => (
        <li key={k} className="inline-flex items-center gap-1.5">
          <span className={`size-2 rounded-full ${STATUS_BAR[k]}`} />
          {STATUS_LABEL[k]} <span className="font-medium text-slate-900">{counts[k]}</span>
        </li>
      ))}
    </ul>
  );
}
