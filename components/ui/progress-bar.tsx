import { cn } from "./cn";

export function ProgressBar({
  value,
  total,
  className,
  label,
}: {
  value: number;
  total: number;
  className?: string;
  label?: string;
}) {
  const pct = total > 0 ? Math.round((value / total) * 100) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={value}
      className={cn("h-2 w-full overflow-hidden rounded-full bg-slate-100", className)}
    >
      <div
        className={cn("h-full rounded-full transition-all", pct === 100 ? "bg-emerald-500" : "bg-brand-500")}
        style={{ width: `${pct}%` }}
      />
    </div>
  );
}
