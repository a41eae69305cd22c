import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { Phase, Plan, Task } from "@/lib/plan/contract";
import { taskItems } from "@/lib/plan/items";
import { formatHours, planStats, type PlanStats } from "@/lib/plan/stats";
import { InlineText } from "./inline-text";
import { EstimateBadge, OwnerBadge, PriorityBadge, StatusBadge } from "./plan-badges";
import { PlanMeta } from "./plan-meta";

/** What the engine found in a markdown plan (the import preview). Read-only. */
export function PlanSummary({ plan }: { plan: Plan }) {
  const stats = planStats(plan);
  return (
    <div className="space-y-5" data-testid="plan-preview">
      <SummaryTitle plan={plan} />
      <SummaryCounts stats={stats} />
      <p className="text-xs text-slate-500">Estimated {formatHours(stats.hours.min, stats.hours.max)}</p>
      {plan.warnings.length > 0 ? (
        <div
          className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900"
          data-testid="preview-warnings"
        >
          <p className="font-medium">Warnings</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-4">
            {plan.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="space-y-3">
        {plan.phases.map((phase, i) => (
          <SummaryPhase key={i} phase={phase} />
        ))}
      </div>
      <SummaryLists plan={plan} />
    </div>
  );
}

function SummaryTitle({ plan }: { plan: Plan }) {
  return (
    <div>
      <h3 className="text-base font-semibold text-slate-900" data-testid="preview-title">
        {plan.title}
      </h3>
      <div className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-500">
        <PlanMeta meta={plan.meta} />
        {plan.repairedEncoding ? (
          <Badge tone="amber" title="The file was not UTF-8; it was decoded and repaired">
            <span data-testid="preview-repaired">encoding repaired from {plan.repairedEncoding}</span>
          </Badge>
        ) : null}
      </div>
    </div>
  );
}

function SummaryCounts({ stats }: { stats: PlanStats }) {
  const counts: Array<[string, string, number]> = [
    ["phases", "Phases", stats.phases],
    ["tasks", "Tasks", stats.tasks],
    ["checkboxes", "Checkboxes", stats.checkboxes.total],
    ["checkboxes-done", "Ticked", stats.checkboxes.done],
    ["criteria", "Plan criteria", stats.criteria],
    ["decisions", "Decisions", stats.decisions.total],
    ["metrics", "Metrics", stats.metrics],
    ["warnings", "Warnings", stats.warnings],
  ];
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      {counts.map(([key, label, value]) => (
        <div key={key} className="min-w-0 rounded-md bg-slate-50 px-3 py-2 ring-1 ring-slate-200 ring-inset">
          <dt className="text-[11px] font-medium tracking-wide break-words text-slate-500 uppercase">{label}</dt>
          <dd className="text-lg font-semibold text-slate-900 tabular-nums" data-testid={`count-${key}`}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function SummaryPhase({ phase }: { phase: Phase }) {
  return (
    <div className="rounded-md ring-1 ring-slate-200">
      <div className="flex items-center justify-between gap-2 border-b border-slate-100 bg-slate-50 px-3 py-2">
        <p className="text-sm font-medium text-slate-900">
          <InlineText text={phase.title} />
          {phase.weeks ? (
            <span className="ml-2 text-xs font-normal text-slate-500">
              weeks {phase.weeks.from}–{phase.weeks.to}
            </span>
          ) : null}
        </p>
        <StatusBadge status={phase.status} />
      </div>
      <ul className="divide-y divide-slate-100">
        {phase.tasks.map((task, j) => (
          <SummaryTask key={j} task={task} />
        ))}
        {phase.checklist.length > 0 ? (
          <li className="px-3 py-2 text-xs text-slate-500">{phase.checklist.length} deliverable checkboxes</li>
        ) : null}
      </ul>
    </div>
  );
}

function SummaryTask({ task }: { task: Task }) {
  const boxes = taskItems(task).length;
  return (
    <li className="flex flex-wrap items-center gap-1.5 px-3 py-2 text-sm">
      {task.key ? <span className="font-mono text-xs text-slate-400">{task.key}</span> : null}
      <span className="mr-1 text-slate-800">
        <InlineText text={task.title} />
      </span>
      <PriorityBadge priority={task.priority} />
      <StatusBadge status={task.status} />
      <EstimateBadge estimate={task.estimate} />
      <OwnerBadge owner={task.owner} />
      {boxes > 0 ? <Badge tone="slate">☐ {boxes}</Badge> : null}
    </li>
  );
}

/** The plan's own criteria, decisions and metrics, when it has them. */
function SummaryLists({ plan }: { plan: Plan }) {
  return (
    <>
      {plan.criteria.length > 0 ? (
        <Section title="Plan criteria">
          <ul className="space-y-1 text-sm text-slate-700">
            {plan.criteria.map((c, i) => (
              <li key={i}>
                {c.done ? "☑" : "☐"} <InlineText text={c.text} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {plan.decisions.length > 0 ? (
        <Section title="Decisions">
          <ul className="space-y-1 text-sm text-slate-700">
            {plan.decisions.map((d, i) => (
              <li key={i} className="flex items-center gap-2">
                <Badge tone={d.status === "open" ? "amber" : "green"}>{d.status}</Badge>
                <InlineText text={d.title} />
                <span className="text-xs text-slate-400">{d.options.length} options</span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {plan.metrics.length > 0 ? (
        <Section title="Metrics">
          <ul className="space-y-1 text-sm text-slate-700">
            {plan.metrics.map((m, i) => (
              <li key={i} className="flex justify-between gap-2">
                <InlineText text={m.name} />
                <span className="font-mono text-xs">
                  {m.target.op} {m.target.value} {m.target.unit}
                </span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <p className="mb-1.5 text-xs font-medium tracking-wide text-slate-500 uppercase">{title}</p>
      {children}
    </div>
  );
}
