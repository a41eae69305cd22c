import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { Decision, Metric } from "@/lib/plan/contract";
import { InlineText } from "./inline-text";

export function DecisionsCard({ decisions }: { decisions: Decision[] }) {
  if (decisions.length === 0) return null;
  return (
    <Card data-testid="plan-decisions">
      <CardHeader title="Decisions" description={`${decisions.filter((d) => d.status === "open").length} open`} />
      <ul className="divide-y divide-slate-100">
        {decisions.map((d, i) => (
          <li key={i} className="px-5 py-3">
            <div className="flex items-start justify-between gap-2">
              <p className="text-sm font-medium text-slate-900">
                <InlineText text={d.title} />
              </p>
              <Badge tone={d.status === "open" ? "amber" : "green"}>{d.status}</Badge>
            </div>
            {d.dueBy ? <p className="mt-0.5 text-xs text-slate-500">Due by {d.dueBy}</p> : null}
            {d.options.length > 0 ? (
              <ul className="mt-2 space-y-1">
                {d.options.map((o, j) => (
                  <li key={j} className="flex items-start gap-1.5 text-xs text-slate-600">
                    <span className={o.chosen ? "text-emerald-600" : "text-slate-300"}>{o.chosen ? "●" : "○"}</span>
                    <span className={o.chosen ? "font-medium text-slate-900" : undefined}>
                      <InlineText text={o.text} />
                    </span>
                    {o.recommended ? <Badge tone="blue">recommended</Badge> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function MetricsCard({ metrics }: { metrics: Metric[] }) {
  if (metrics.length === 0) return null;
  return (
    <Card data-testid="plan-metrics">
      <CardHeader title="Success metrics" />
      <ul className="divide-y divide-slate-100">
        {metrics.map((m, i) => (
          <li key={i} className="flex items-center justify-between gap-3 px-5 py-2.5 text-sm">
            <span className="text-slate-700">
              <InlineText text={m.name} />
            </span>
            <span className="shrink-0 font-mono text-xs text-slate-900">
              {m.target.op} {m.target.value}
              {m.target.unit ? ` ${m.target.unit}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function WarningsCard({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <Card data-testid="plan-warnings">
      <CardHeader title="Import warnings" description="What the importer noticed but could not place." />
      <CardBody>
        <ul className="list-disc space-y-1 pl-4 text-xs text-amber-800">
          {warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
