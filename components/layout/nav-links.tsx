"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const LINKS = [
  {
    href: "/plans",
    label: "Plans",
    match: (p: string) => p === "/plans" || (p.startsWith("/plans/") && p !== "/plans/new"),
  },
  { href: "/weekly", label: "Weekly", match: (p: string) => p === "/weekly" },
  { href: "/plans/new", label: "Import plan", match: (p: string) => p === "/plans/new" },
  { href: "/settings", label: "Settings", match: (p: string) => p.startsWith("/settings") },
];

export function NavLinks({ canImport }: { canImport: boolean }) {
  const pathname = usePathname() ?? "";
  return (
    <nav className="flex gap-1 px-3 pb-3 lg:flex-col lg:pb-0">
      {LINKS.filter((link) => canImport || link.href !== "/plans/new").map((link) => (
        <Link
          key={link.href}
          href={link.href}
          className={cn(
            "rounded-md px-3 py-2 text-sm font-medium transition-colors",
            link.match(pathname)
              ? "bg-brand-50 text-brand-700"
              : "text-slate-600 hover:bg-slate-100 hover:text-slate-900",
          )}
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
