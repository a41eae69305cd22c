"use client";

import { useHydrated } from "@/components/ui/use-hydrated";
import { STATUSES } from "@/lib/plan/contract/enums";
import type { Status } from "@/lib/plan/contract";
import { STATUS_LABEL } from "@/lib/plan/labels";

/** A task's status picker; disabled until hydrated so a change before React takes over is not lost. */
export function StatusSelect({
  taskTitle,
  status,
  onChange,
  className,
}: {
  taskTitle: string;
  status: Status;
  onChange: (status: Status) => void;
  className: string;
}) {
  const hydrated = useHydrated();
  return (
    <select
      aria-label={`Status of ${taskTitle}`}
      value={status}
      disabled={!hydrated}
      onChange={(e) => onChange(e.target.value as Status)}
      className={className}
      data-testid="task-status"
    >
      {STATUSES.map((s) => (
        <option key={s} value={s}>
          {STATUS_LABEL[s]}
        </option>
      ))}
    </select>
  );
}
