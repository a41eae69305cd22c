import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { WeeklySummary } from "@/lib/plan/weekly/types";
import { Sparkline } from "./sparkline";

const day = (iso: string) => iso.slice(0, 10);
const Who = ({ x }: { x: { by: string | null; at: string } }) => (
  <span className="text-slate-500">{` · ${x.by ?? "someone"}, ${day(x.at)}`}</span>
);

function Section({
  title,
  count,
  testId,
  children,
}: {
  title: string;
  count?: number;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Card className="break-inside-avoid print:shadow-none" data-testid={testId}>
      <CardHeader title={count === undefined ? title : `${title} (${count})`} />
      <CardBody className="text-sm">{children}</CardBody>
    </Card>
  );
}

function List<T>({ rows, render }: { rows: T[]; render: (row: T) => ReactNode }) {
  if (rows.length === 0) return <p className="text-slate-500">None</p>;
  return (
    <ul className="space-y-1">
      {rows.map((r, i) => (
        <li key={i} className="break-words">
          {render(r)}
        </li>
      ))}
    </ul>
  );
}

export function DoneSection({ s }: { s: WeeklySummary }) {
  return (
    <Section title="Done this week" testId="weekly-done">
      <p className="mb-2 text-slate-700">{`${s.done.tasks.length} tasks, ${s.done.items.length} checklist items, ${s.done.hoursBurned} h burned`}</p>
      {s.done.tasks.length || !s.done.items.length ? (
        <List
          rows={s.done.tasks}
          render={(t) => (
            <>
              {t.title} <span className="text-slate-500">{`(${t.hours} h)`}</span>
              <Who x={t} />
            </>
          )}
        />
      ) : null}
      {s.done.items.length ? (
        <div className="mt-2">
          <List
            rows={s.done.items}
            render={(i) => (
              <>
                ☑ {i.text}
                {i.task ? <span className="text-slate-500">{` in ${i.task}`}</span> : null}
                <Who x={i} />
              </>
            )}
          />
        </div>
      ) : null}
    </Section>
  );
}

export function ChangesSection({ s }: { s: WeeklySummary }) {
  const groups: [string, ReactNode][] = [
    [
      "Started",
      <List
        key="s"
        rows={s.started}
        render={(t) => (
          <>
            {t.title}
            <Who x={t} />
          </>
        )}
      />,
    ],
    [
      "Added",
      <List
        key="a"
        rows={s.added}
        render={(t) => (
          <>
            {t.title}
            <Who x={t} />
          </>
        )}
      />,
    ],
    [
      "Removed",
      <List
        key="r"
        rows={s.removed}
        render={(t) => (
          <>
            {t.title}
            <Who x={t} />
          </>
        )}
      />,
    ],
    [
      "Re-estimated",
      <List
        key="e"
        rows={s.reestimated}
        render={(t) => (
          <>
            {t.title}: {t.from} → {t.to}
            <Who x={t} />
          </>
        )}
      />,
    ],
    [
      "Slipped",
      <List
        key="l"
        rows={s.slipped}
        render={(t) => (
          <>
            {t.title} <span className="text-slate-500">{`(${t.phase}, window ended ${t.windowEnd})`}</span>
          </>
        )}
      />,
    ],
  ];
  return (
    <Section title="Changes" testId="weekly-changes">
      <div className="grid gap-4 sm:grid-cols-2">
        {groups.map(([title, body]) => (
          <div key={title}>
            <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">{title}</h3>
            {body}
          </div>
        ))}
      </div>
    </Section>
  );
}

export function DecisionsSection({ s }: { s: WeeklySummary }) {
  return (
    <Section title="Decisions" testId="weekly-decisions">
      <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">Made this week</h3>
      <List
        rows={s.decisions.made}
        render={(d) => (
          <>
            {d.title}: <strong>{d.choice ?? "?"}</strong>
            {d.rationale ? ` because ${d.rationale}` : ""}
            <Who x={d} />
          </>
        )}
      />
      <h3 className="mt-3 mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">Due or overdue</h3>
      <List
        rows={s.decisions.due}
        render={(d) => (
          <>
            {d.title}{" "}
            <span
              className={d.overdue ? "text-red-700" : "text-slate-500"}
            >{`due ${d.due}${d.overdue ? " (overdue)" : ""}`}</span>
          </>
        )}
      />
    </Section>
  );
}

export function MetricsSection({ s }: { s: WeeklySummary }) {
  return (
    <Section title="Success metrics" count={s.metrics.length} testId="weekly-metrics">
      <List
        rows={s.metrics}
        render={(m) => (
          <div className="flex flex-wrap items-center justify-between gap-2 py-1">
            <div className="min-w-0">
              <div className="font-medium text-slate-900">{m.name}</div>
              <div className="text-slate-600">
                {m.latest ? `${m.latest.value}` : "no measurement"}
                {` (target ${m.target.op} ${m.target.value}${m.target.unit ? ` ${m.target.unit}` : ""})`}
                {m.met === null ? "" : m.met ? " · met" : " · not met"}
                {m.change !== null ? ` · ${m.change > 0 ? "+" : ""}${m.change} since last week` : ""}
              </div>
            </div>
            {m.series.length > 1 ? (
              <Sparkline values={m.series.map((p) => p.value)} target={m.target.value} label={`${m.name} over time`} />
            ) : null}
          </div>
        )}
      />
    </Section>
  );
}

export function NextSection({ s }: { s: WeeklySummary }) {
  return (
    <Section title="Next week" count={s.nextWeek.length} testId="weekly-next">
      <List
        rows={s.nextWeek}
        render={(t) => (
          <>
            {t.critical ? (
              <span className="mr-1 rounded bg-red-50 px-1 text-xs font-medium text-red-700">critical</span>
            ) : null}
            {t.title}{" "}
            <span className="text-slate-500">{`${t.start} – ${t.finish ?? "?"}${t.owner ? ` · ${t.owner}` : ""}`}</span>
          </>
        )}
      />
      <h3 className="mt-3 mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase">Blocked</h3>
      <List
        rows={s.blocked}
        render={(t) => (
          <>
            {t.priority ? `${t.priority} ` : ""}
            {t.title}
            {t.owner ? <span className="text-slate-500">{` · ${t.owner}`}</span> : null}
          </>
        )}
      />
    </Section>
  );
}

export function BurndownSection({ s }: { s: WeeklySummary }) {
  const first = s.burndown[0];
  const last = s.burndown.at(-1);
  return (
    <Section title="Remaining hours" testId="weekly-burndown">
      <Sparkline values={s.burndown.map((p) => p.remaining)} label="Remaining hours by day" width={480} height={64} />
      {first && last ? (
        <p className="mt-1 text-xs text-slate-500">{`${first.date}: ${first.remaining} h → ${last.date}: ${last.remaining} h`}</p>
      ) : null}
    </Section>
  );
}
