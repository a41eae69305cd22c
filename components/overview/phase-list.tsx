"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { PhaseCard } from "@/components/plans/phase-card";
import { usePlanEdits } from "@/components/plans/use-plan-edits";
import type { PhaseDetail, PhaseSummary } from "@/lib/plan/views";

/**
 * The overview's phases. Small plans open every phase (the server sends their tasks with the
 * page); large ones start collapsed and a phase loads its tasks when opened.
 */
export function PhaseList({ planId, phases, initial, openAll, canEdit }: { planId: string; phases: PhaseSummary[]; initial: Record<string, PhaseDetail>; openAll: boolean; canEdit: boolean }) {
  const { toggle: onToggle, update: onUpdate, error } = usePlanEdits(planId);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(openAll ? phases.map((p) => p.id) : []));
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
      {error ? <Alert tone="error">{error}</Alert> : null}
      {phases.map((phase, idx) => (
        <PhaseCard key={phase.id} planId={planId} phase={phase} initial={initial[phase.id]} index={idx} open={open.has(phase.id)} onExpand={() => toggle(phase.id)} canEdit={canEdit} onToggle={onToggle} onUpdate={onUpdate} />
      ))}
    </div>
  );
}
