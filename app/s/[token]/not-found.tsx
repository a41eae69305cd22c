/** The one answer for an unknown, revoked or expired link (and a week that does not exist): nothing says which. */
export default function ShareNotFound() {
  return (
    <div
      className="flex min-h-[60vh] flex-col items-center justify-center px-4 text-center"
      data-testid="share-not-found"
    >
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">This link does not work</h1>
      <p className="mt-2 text-sm text-slate-500">
        It may have been revoked or have expired. Ask the person who shared it for a new one.
      </p>
    </div>
  );
}
