import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { ACTIVITY_KIND_LABEL, ACTIVITY_KINDS } from "@/lib/plan/activity/describe";
import type { ActivityFilters as Filters } from "@/lib/plan/activity/query";

const LABEL = "block text-xs font-medium text-slate-600";

/** The log's filters as a plain GET form: they live in the URL and work without JavaScript. */
export function ActivityFilters({
  basePath,
  filters,
  people,
}: {
  basePath: string;
  filters: Filters;
  people: { id: string; name: string }[];
}) {
  const kinds: string[] = [...ACTIVITY_KINDS];
  if (filters.kind && !kinds.includes(filters.kind)) kinds.push(filters.kind);
  return (
    <form
      method="get"
      action={basePath}
      className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:flex sm:flex-wrap sm:items-end"
      data-testid="activity-filters"
    >
      <div className="col-span-2 sm:w-48">
        <label htmlFor="activity-actor" className={LABEL}>
          Person
        </label>
        <Select id="activity-actor" name="actor" defaultValue={filters.actor ?? ""} className="mt-1">
          <option value="">Everyone</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="col-span-2 sm:w-44">
        <label htmlFor="activity-kind" className={LABEL}>
          Kind
        </label>
        <Select id="activity-kind" name="kind" defaultValue={filters.kind ?? ""} className="mt-1">
          <option value="">All changes</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {(ACTIVITY_KIND_LABEL as Record<string, string>)[k] ?? k}
            </option>
          ))}
        </Select>
      </div>
      <div className="sm:w-40">
        <label htmlFor="activity-from" className={LABEL}>
          From
        </label>
        <Input id="activity-from" type="date" name="from" defaultValue={filters.from ?? ""} className="mt-1" />
      </div>
      <div className="sm:w-40">
        <label htmlFor="activity-to" className={LABEL}>
          To
        </label>
        <Input id="activity-to" type="date" name="to" defaultValue={filters.to ?? ""} className="mt-1" />
      </div>
      <div className="col-span-2 flex gap-2">
        <button type="submit" className={buttonClasses("primary", "sm")} data-testid="activity-apply">
          Filter
        </button>
        <Link href={basePath} className={buttonClasses("secondary", "sm")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
