"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { useIdle } from "@/components/ui/use-idle";
import { PhaseCard } from "@/components/plans/phase-card";
import { usePlanEdits } from "@/components/plans/use-plan-edits";
import type { PhaseDetail, PhaseSummary } from "@/lib/plan/views";

/** Phases in the server render and hydration; a plan's others are rendered once the page is idle. */
const FIRST_PHASES = 20;

/**
 * The overview's phases. Small plans open every phase (the server sends their tasks with the
 * page); large ones start collapsed and a phase loads its tasks when opened. A plan with many
 * phases (125 in the 5,000-task plan) renders and hydrates the first screens of them with the
 * page and the rest when the browser is idle, so the first click waits for 20 cards, not 125;
 * cards off screen skip layout and paint (content-visibility, in PhaseCard).
 */
export function PhaseList({
  planId,
  phases,
  initial,
  openAll,
  canEdit,
}: {
  planId: string;
  phases: PhaseSummary[];
  initial: Record<string, PhaseDetail>;
  openAll: boolean;
  canEdit: boolean;
}) {
  const { toggle: onToggle, update: onUpdate, error } = usePlanEdits(planId);
  const idle = useIdle();
  const shown = idle ? phases : phases.slice(0, FIRST_PHASES);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(openAll ? phases.map((p) => p.id) : []));
  const toggle = (id: string) =>
    setOpen((s) => {
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
          <button
            type="button"
            className="font-medium text-brand-700 hover:underline"
            onClick={() => setOpen(new Set(phases.map((p) => p.id)))}
          >
            Expand all
          </button>
          <button
            type="button"
            className="font-medium text-brand-700 hover:underline"
            onClick={() => setOpen(new Set())}
          >
            Collapse all
          </button>
        </div>
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {shown.map((phase, idx) => (
        <PhaseCard
          key={phase.id}
          planId={planId}
          phase={phase}
          initial={initial[phase.id]}
          index={idx}
          open={open.has(phase.id)}
          onExpand={() => toggle(phase.id)}
          canEdit={canEdit}
          onToggle={onToggle}
          onUpdate={onUpdate}
        />
      ))}
      {shown.length < phases.length ? (
        <p className="text-sm text-slate-400">{phases.length - shown.length} more phases…</p>
      ) : null}
    </div>
  );
}
