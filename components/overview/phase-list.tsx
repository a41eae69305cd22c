"use client";

import { useState } from "react";
import { PhaseCard } from "@/components/plans/phase-card";
import type { ToggleItem, UpdateTask } from "@/components/plans/use-plan-edits";
import type { ApiPhase } from "@/lib/plan/contract";

/** Small plans open every phase; large ones start collapsed so the page stays light. */
const OPEN_ALL_UP_TO_TASKS = 200;
type Handlers = { canEdit: boolean; onToggle: ToggleItem; onUpdate: UpdateTask };

export function PhaseList({ phases, totalTasks, ...handlers }: { phases: ApiPhase[]; totalTasks: number } & Handlers) {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(totalTasks <= OPEN_ALL_UP_TO_TASKS ? phases.map((p) => p.id) : []));
  const toggle = (id: string) => setOpen((s) => {
    const n = new Set(s);
    if (n.has(id)) n.delete(id);
    else n.add(id);
    return n;
  });
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-2">
        <h2 className="text-sm font-semibold text-slate-900">Phases</h2>
        <div className="flex gap-2 text-xs">
          <button type="button" className="font-medium text-brand-700 hover:underline" onClick={() => setOpen(new Set(phases.map((p) => p.id)))}>Expand all</button>
          <button type="button" className="font-medium text-brand-700 hover:underline" onClick={() => setOpen(new Set())}>Collapse all</button>
        </div>
      </div>
      {phases.map((phase, idx) => (
        <PhaseCard key={phase.id} phase={phase} index={idx} open={open.has(phase.id)} onExpand={() => toggle(phase.id)} {...handlers} />
      ))}
    </div>
  );
}
