import Link from "next/link";
import { cn } from "@/components/ui/cn";

const TABS = [
  { href: "", label: "Overview" },
  { href: "/tasks", label: "Tasks" },
  { href: "/decisions", label: "Decisions" },
  { href: "/metrics", label: "Metrics" },
  { href: "/roadmap", label: "Roadmap" },
  { href: "/weekly", label: "Weekly" },
  { href: "/activity", label: "Activity" },
] as const;

export type PlanTab = (typeof TABS)[number]["href"];

/** The plan's pages, as links, and whether the page follows changes live (server-rendered; the current one is marked for screen readers too). */
export function PlanTabs({ planId, current, live }: { planId: string; current: PlanTab; live?: boolean }) {
  return (
    <nav aria-label="Plan pages" className="-mx-1 flex items-center gap-1 overflow-x-auto border-b border-slate-200">
      {TABS.map((t) => (
        <Link
          key={t.href}
          href={`/plans/${planId}${t.href}`}
          aria-current={t.href === current ? "page" : undefined}
          className={cn(
            "border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:outline-brand-600",
            t.href === current ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900",
          )}
        >
          {t.label}
        </Link>
      ))}
      {live !== undefined ? (
        <span
          className="ml-auto flex shrink-0 items-center gap-1.5 px-2 text-xs text-slate-500"
          data-testid="live-status"
          data-live={live}
          title={live ? "Changes by others appear as they happen" : "Reconnecting; checking for changes every few seconds"}
        >
          <span aria-hidden className={cn("size-2 rounded-full", live ? "bg-emerald-500" : "bg-amber-400")} />
          {live ? "Live" : "Reconnecting"}
        </span>
      ) : null}
    </nav>
  );
}
