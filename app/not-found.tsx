import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="flex min-h-[60vh] flex-col items-center justify-center px-4 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">This page could not be found</h1>
      <p className="mt-2 text-sm text-slate-500">The plan may have been removed, or it belongs to another workspace.</p>
      <Link href="/plans" className={buttonClasses("secondary", "md", "mt-6")}>
        Back to plans
      </Link>
    </div>
  );
}
