/**
 * Whether an Accept-Encoding header lets the server answer with gzip: a `gzip` (or `x-gzip`, or
 * `*`) coding whose q-value is not 0. No header means "identity only" for this server: curl and
 * Node's fetch without the header get plain JSON.
 */
export function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  let star: boolean | null = null;
  for (const part of header.split(",")) {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const ok = q === undefined || Number(q.slice(2)) > 0;
    if (coding === "gzip" || coding === "x-gzip") return ok;
    if (coding === "*") star = ok;
  }
  return star ?? false;
}
