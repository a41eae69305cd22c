import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { ReimportDiff } from "@/lib/plan/contract";

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "object") {
    const v = value as { text?: string; minHours?: number; maxHours?: number };
    if (typeof v.text === "string") return v.text;
    return JSON.stringify(value);
  }
  return String(value);
}

function Row({ tone, label, children }: { tone: "green" | "red" | "amber"; label: string; children: ReactNode }) {
  return (
    <li className="flex items-start gap-2 py-1">
      <Badge tone={tone}>{label}</Badge>
      <span className="min-w-0 text-slate-800">{children}</span>
    </li>
  );
}

const keyed = (key: string | null, title: string) => (
  <>
    {key ? <span className="mr-1.5 font-mono text-xs text-slate-400">{key}</span> : null}
    {title}
  </>
);

/** The diff of a re-import preview: added / removed / changed phases, tasks and items. */
export function ReimportDiffView({ diff }: { diff: ReimportDiff }) {
  const total =
    diff.addedPhases.length +
    diff.removedPhases.length +
    diff.addedTasks.length +
    diff.removedTasks.length +
    diff.changedTasks.length +
    diff.addedItems.length +
    diff.removedItems.length;
  return (
    <div className="space-y-4" data-testid="reimport-diff">
      <dl className="grid grid-cols-3 gap-2 text-center sm:grid-cols-6">
        {(
          [
            ["Tasks added", diff.addedTasks.length, "text-emerald-700"],
            ["Tasks removed", diff.removedTasks.length, "text-red-700"],
            ["Tasks changed", diff.changedTasks.length, "text-amber-700"],
            ["Items added", diff.addedItems.length, "text-emerald-700"],
            ["Items removed", diff.removedItems.length, "text-red-700"],
            ["Unchanged", diff.unchanged.tasks + diff.unchanged.items, "text-slate-700"],
          ] as const
        ).map(([label, n, color]) => (
          <div key={label} className="rounded-md bg-slate-50 px-2 py-2 ring-1 ring-slate-200 ring-inset">
            <dd className={`text-lg font-semibold tabular-nums ${color}`}>{n}</dd>
            <dt className="text-[11px] text-slate-500">{label}</dt>
          </div>
        ))}
      </dl>
      {total === 0 ? (
        <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-600">
          No changes to phases, tasks or checklist items.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {diff.addedPhases.map((p, i) => (
            <Row key={`ap${i}`} tone="green" label="phase added">
              {keyed(p.key, p.title)}
            </Row>
          ))}
          {diff.removedPhases.map((p) => (
            <Row key={p.id} tone="red" label="phase removed">
              <span className="line-through">{keyed(p.key, p.title)}</span>
            </Row>
          ))}
          {diff.addedTasks.map((t, i) => (
            <Row key={`at${i}`} tone="green" label="task added">
              {keyed(t.key, t.title)} <span className="text-xs text-slate-500">in {t.phase}</span>
            </Row>
          ))}
          {diff.removedTasks.map((t) => (
            <Row key={t.id} tone="red" label="task removed">
              <span className="line-through">{keyed(t.key, t.title)}</span>
            </Row>
          ))}
          {diff.changedTasks.map((t) => (
            <Row key={t.id} tone="amber" label="task changed">
              {keyed(t.key, t.title)}
              <ul className="mt-0.5 text-xs text-slate-500">
                {t.changes.map((c, j) => (
                  <li key={j}>
                    {c.field}: <span className="line-through">{show(c.before)}</span> →{" "}
                    <span className="text-slate-800">{show(c.after)}</span>
                  </li>
                ))}
              </ul>
            </Row>
          ))}
          {diff.addedItems.map((it, i) => (
            <Row key={`ai${i}`} tone="green" label="item added">
              {it.done ? "☑ " : "☐ "}
              {it.text} <span className="text-xs text-slate-500">in {it.owner}</span>
            </Row>
          ))}
          {diff.removedItems.map((it) => (
            <Row key={it.id} tone="red" label="item removed">
              <span className="line-through">{it.text}</span>
            </Row>
          ))}
        </ul>
      )}
    </div>
  );
}
