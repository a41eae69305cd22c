/**
 * The Content-Disposition of a download (RFC 6266): the name as a quoted ASCII `filename` for old
 * clients (anything else becomes `_`) and exactly as `filename*` (RFC 8187: UTF-8, every byte
 * outside attr-char percent-encoded; encodeURIComponent leaves `'()*` as they are, and `'` ends
 * the charset part of the value).
 */
export function attachmentDisposition(fileName: string): string {
  const name = wellFormed(fileName);
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Lone surrogates (no UTF-8 for them) as U+FFFD, as String.prototype.toWellFormed does. */
export const wellFormed = (s: string): string =>
  s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
