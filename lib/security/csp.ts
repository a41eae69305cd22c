/**
 * The Content-Security-Policy of the app's pages (set per request by proxy.ts). Pure, so it is
 * unit-tested and readable in one place.
 *
 * - Scripts: only those carrying this response's nonce, and what they load ('strict-dynamic':
 *   Next's runtime loads its chunks by creating script elements). An injected inline script,
 *   event-handler attribute or `javascript:` URL has no nonce and does not run.
 * - Styles: 'unsafe-inline'. Tailwind's classes come from a stylesheet, but React renders `style`
 *   attributes (Recharts positions its tooltips and SVG text with them, the virtual task list sizes
 *   its rows, progress bars set their width) and a nonce never applies to style attributes. Inline
 *   styles cannot run code; the risk left is CSS-based exfiltration, which needs injected markup
 *   that the markdown rendering already refuses.
 * - 'unsafe-eval' only in `next dev`: React rebuilds server error stacks in the browser with eval
 *   there. Production uses no eval.
 */
export function contentSecurityPolicy(nonce: string, options: { dev?: boolean } = {}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "object-src": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/**
 * API responses are data, never a document to render: nothing may load or run in one, and no page
 * may frame it (set for /api/* in next.config.mjs; the proxy does not run there).
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** 128 random bits, base64: unguessable and new for every response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
