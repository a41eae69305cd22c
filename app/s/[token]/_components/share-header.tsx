import Link from "next/link";
import { Logo } from "@/components/layout/logo";
import { cn } from "@/components/ui/cn";

type Tab = "weekly" | "roadmap";

/**
 * The header of a shared page: what this is, the two pages a link opens, and its feed. No app
 * navigation (the pages name the plan themselves).
 */
export function ShareHeader({ token, current }: { token: string; current: Tab }) {
  const base = `/s/${encodeURIComponent(token)}`;
  const tabs: { id: Tab; href: string; label: string }[] = [
    { id: "weekly", href: base, label: "Weekly summary" },
    { id: "roadmap", href: `${base}/roadmap`, label: "Roadmap" },
  ];
  return (
    <header className="mb-6 space-y-3 print:hidden">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Logo />
        <span
          className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-medium text-slate-600"
          data-testid="share-read-only"
        >
          Shared read-only view
        </span>
      </div>
      <nav
        aria-label="Shared pages"
        className="-mx-1 flex items-center gap-1 overflow-x-auto border-b border-slate-200"
      >
        {tabs.map((t) => (
          <Link
            key={t.id}
            href={t.href}
            aria-current={t.id === current ? "page" : undefined}
            className={cn(
              "border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:outline-brand-600",
              t.id === current
                ? "border-brand-600 text-brand-700"
                : "border-transparent text-slate-600 hover:text-slate-900",
            )}
          >
            {t.label}
          </Link>
        ))}
        <a
          href={`${base}/feed.xml`}
          className="ml-auto px-3 py-2 text-sm whitespace-nowrap text-slate-500 hover:text-slate-900"
          data-testid="share-feed"
        >
          Atom feed
        </a>
      </nav>
    </header>
  );
}
