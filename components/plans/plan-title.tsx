/** The plan's title as the page heading; e2e specs find it by its test id. */
export function PlanTitle({ title }: { title: string }) {
  return (
    <h1 className="text-2xl font-semibold tracking-tight text-slate-900" data-testid="plan-title">
      {title}
    </h1>
  );
}
