import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { TabStrip } from "./tab-strip";

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

/**
 * The plan's pages, as links, and whether the page follows changes live (the current one is
 * marked for screen readers too). On a narrow screen the links scroll sideways, starting at the
 * current one (TabStrip); the live status stays in sight beside them.
 */
export function PlanTabs({ planId, current, live }: { planId: string; current: PlanTab; live?: boolean }) {
  return (
    <nav aria-label="Plan pages" className="-mx-1 flex items-center border-b border-slate-200">
      <TabStrip className="flex min-w-0 flex-1 items-center gap-1 overflow-x-auto">
        {TABS.map((t) => (
          <Link
            key={t.href}
            href={`/plans/${planId}${t.href}`}
            aria-current={t.href === current ? "page" : undefined}
            className={cn(
              // The outline is drawn inside: the scrolling strip would clip one drawn outside.
              "shrink-0 border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600",
              t.href === current
                ? "border-brand-600 text-brand-700"
                : "border-transparent text-slate-600 hover:text-slate-900",
            )}
          >
            {t.label}
          </Link>
        ))}
      </TabStrip>
      {live !== undefined ? (
        <span
          className="flex shrink-0 items-center gap-1.5 pr-1 pl-3 text-xs text-slate-500"
          data-testid="live-status"
          data-live={live}
          title={
            live ? "Changes by others appear as they happen" : "Reconnecting; checking for changes every few seconds"
          }
        >
          <span aria-hidden className={cn("size-2 rounded-full", live ? "bg-emerald-500" : "bg-amber-400")} />
          {live ? "Live" : "Reconnecting"}
        </span>
      ) : null}
    </nav>
  );
}
