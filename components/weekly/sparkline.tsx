/** A small line chart as inline SVG (server-rendered, prints as vector). */
export function Sparkline({
  values,
  label,
  width = 240,
  height = 48,
  target,
}: {
  values: number[];
  label: string;
  width?: number;
  height?: number;
  target?: number;
}) {
  if (values.length === 0) return <p className="text-xs text-slate-500">No data</p>;
  const all = target === undefined ? values : [...values, target];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const span = hi - lo || 1;
  const x = (i: number) => (values.length === 1 ? width / 2 : (i / (values.length - 1)) * (width - 4) + 2);
  const y = (v: number) => height - 4 - ((v - lo) / span) * (height - 8);
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      className="h-12 w-full max-w-60"
      preserveAspectRatio="none"
    >
      {target !== undefined ? (
        <line x1={0} x2={width} y1={y(target)} y2={y(target)} className="stroke-slate-300" strokeDasharray="3 3" />
      ) : null}
      <polyline
        points={points}
        fill="none"
        className="stroke-brand-600"
        strokeWidth={2}
        vectorEffect="non-scaling-stroke"
      />
      {values.map((v, i) => (
        <circle key={i} cx={x(i)} cy={y(v)} r={2} className="fill-brand-600" />
      ))}
    </svg>
  );
}
