/**
 * The client's address: the last X-Forwarded-For hop, which is what the nearest proxy saw (Next
 * sets the header to the socket's address when no proxy did). Without a proxy in front a client
 * can choose it; the per-account limit holds regardless.
 */
export function clientAddress(headers: Headers): string | null {
  const hops = headers
    .get("x-forwarded-for")
    ?.split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  return hops?.length ? hops[hops.length - 1]!.slice(0, 100) : null;
}
