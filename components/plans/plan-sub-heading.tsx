import Link from "next/link";
import type { ReactNode } from "react";

/** Heading of a plan's sub-page: the plan title as a link back, the page name, and an optional line under it. */
export function PlanSubHeading({
  plan,
  title,
  children,
}: {
  plan: { id: string; title: string };
  title: string;
  children?: ReactNode;
}) {
  return (
    <div>
      <p className="text-sm text-slate-500">
        <Link href={`/plans/${plan.id}`} className="hover:underline">
          {plan.title}
        </Link>
      </p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
      {children}
    </div>
  );
}
