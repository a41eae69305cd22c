"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

/** The plan's pages. Each page adds its own tab here. */
const TABS = [
  { path: "", label: "Overview" },
  { path: "/tasks", label: "Tasks" },
  { path: "/roadmap", label: "Roadmap" },
] as const;

export function PlanTabs({ planId }: { planId: string }) {
  const pathname = usePathname() ?? "";
  const root = `/plans/${planId}`;
  return (
    <nav aria-label="Plan pages" className="flex gap-1 overflow-x-auto border-b border-slate-200">
      {TABS.map((tab) => {
        const href = root + tab.path;
        const active = pathname === href;
        return (
          <Link
            key={tab.path}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap",
              active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
            )}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
