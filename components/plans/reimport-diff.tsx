import { Badge } from "@/components/ui/badge";
import type { ReimportDiff } from "@/lib/hooks/use-plans";

type Entry = Record<string, unknown>;
type Group = { added: Entry[]; removed: Entry[]; changed: Entry[] };

function asGroup(value: unknown): Group | null {
  if (!value || typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  const list = (x: unknown) => (Array.isArray(x) ? (x as Entry[]) : []);
  if (!("added" in v) && !("removed" in v) && !("changed" in v)) return null;
  return { added: list(v.added), removed: list(v.removed), changed: list(v.changed) };
}

function label(e: Entry): string {
  const text = (e.title ?? e.text ?? e.name ?? (e.after as Entry | undefined)?.title ?? (e.before as Entry | undefined)?.title ?? (e.after as Entry | undefined)?.text ?? (e.before as Entry | undefined)?.text) as string | undefined;
  const key = typeof e.key === "string" ? `${e.key} ` : "";
  return `${key}${text ?? JSON.stringify(e)}`;
}

function changes(e: Entry): string | null {
  const fields = (e.changes ?? e.fields) as unknown;
  if (Array.isArray(fields)) return fields.map((f) => (typeof f === "string" ? f : typeof f === "object" && f && "field" in f ? String((f as Entry).field) : "")).filter(Boolean).join(", ");
  if (fields && typeof fields === "object") return Object.keys(fields).join(", ");
  return null;
}

/** The diff of a re-import preview: added / removed / changed tasks and items. */
export function ReimportDiffView({ diff }: { diff: ReimportDiff }) {
  const groups = Object.entries(diff)
    .map(([name, value]) => [name, asGroup(value)] as const)
    .filter((g): g is readonly [string, Group] => g[1] !== null);
  const total = groups.reduce((s, [, g]) => s + g.added.length + g.removed.length + g.changed.length, 0);
  if (total === 0) {
    return (
      <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-600" data-testid="reimport-diff">
        No changes to tasks or checklist items.
      </p>
    );
  }
  return (
    <div className="space-y-4" data-testid="reimport-diff">
      {groups.map(([name, g]) => (
        <div key={name}>
          <p className="mb-1.5 text-xs font-medium tracking-wide text-slate-500 uppercase">
            {name} · <span className="text-emerald-700">+{g.added.length}</span>{" "}
            <span className="text-red-700">−{g.removed.length}</span> <span className="text-amber-700">~{g.changed.length}</span>
          </p>
          <ul className="space-y-1 text-sm">
            {g.added.map((e, i) => (
              <li key={`a${i}`} className="flex items-start gap-2">
                <Badge tone="green">added</Badge>
                <span className="text-slate-800">{label(e)}</span>
              </li>
            ))}
            {g.removed.map((e, i) => (
              <li key={`r${i}`} className="flex items-start gap-2">
                <Badge tone="red">removed</Badge>
                <span className="text-slate-500 line-through">{label(e)}</span>
              </li>
            ))}
            {g.changed.map((e, i) => (
              <li key={`c${i}`} className="flex items-start gap-2">
                <Badge tone="amber">changed</Badge>
                <span className="text-slate-800">
                  {label(e)}
                  {changes(e) ? <span className="ml-1 text-xs text-slate-500">({changes(e)})</span> : null}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
