/** A plan's `**Key:** value` front matter as `Key: value` spans (inside the caller's flex row). */
export function PlanMeta({ meta, limit }: { meta: Record<string, string>; limit?: number }) {
  return Object.entries(meta)
    .slice(0, limit)
    .map(([k, v]) => (
      <span key={k}>
        <span className="text-slate-400">{k}:</span> {v}
      </span>
    ));
}
