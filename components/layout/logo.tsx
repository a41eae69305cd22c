export function Logo() {
  return (
    <span className="inline-flex items-center gap-2 font-semibold text-slate-900">
      <span className="grid size-7 place-items-center rounded-md bg-brand-600 text-white shadow-sm">
        <svg viewBox="0 0 20 20" fill="currentColor" className="size-4" aria-hidden="true">
          <path d="M2.5 11.2 17.6 3.4c.5-.2.9.3.7.8l-5.1 12.6c-.2.5-.9.5-1.1 0l-1.9-4.3-4.3-1.9a.6.6 0 0 1-.1-1Z" />
        </svg>
      </span>
      <span className="text-base tracking-tight">Flightplan</span>
    </span>
  );
}
