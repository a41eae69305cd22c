import Link from "next/link";
import { cn } from "@/components/ui/cn";

const TABS = [
  { href: "", label: "Overview" },
  { href: "/decisions", label: "Decisions" },
  { href: "/metrics", label: "Metrics" },
] as const;

/** The plan's pages, as links (server-rendered; the current one is marked for screen readers too). */
export function PlanTabs({ planId, current }: { planId: string; current: "" | "/decisions" | "/metrics" }) {
  return (
    <nav aria-label="Plan pages" className="-mx-1 flex gap-1 overflow-x-auto border-b border-slate-200">
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
    </nav>
  );
}
