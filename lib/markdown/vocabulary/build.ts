/** Turning word tables into patterns: one place that knows how a phrase is matched. */

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** A phrase as a pattern: a space also matches a hyphen, an apostrophe is optional, a slash may have spaces. */
export function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((w) =>
      w
        .replace(SPECIAL, "\\$&")
        .replace(/['’]/g, "['’]?")
        .replace(/\//g, String.raw`\s?/\s?`),
    )
    .join(String.raw`[\s-]+`);
}

/** One alternation of the phrases, longest first so that `in progress` wins over `in`; `upper` for case-sensitive upper-case marks. */
export function alternation(phrases: readonly string[], upper = false): string {
  const unique = [
    ...new Set(phrases.map((p) => (upper ? p.trim().toUpperCase() : p.trim().toLowerCase())).filter(Boolean)),
  ];
  return unique
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(phrasePattern)
    .join("|");
}

/** Letters of any language: `\b` only knows ASCII, so `erledigt` vs `zurückgestellt` need these. */
export const BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
export const AFTER = String.raw`(?![\p{L}\p{N}_])`;

/** The phrases anywhere in a text, as whole words. */
export const anywhere = (phrases: readonly string[], flags = "iu") =>
  new RegExp(`${BEFORE}(?:${alternation(phrases)})${AFTER}`, flags);
/** The whole text is one of the phrases. */
export const whole = (phrases: readonly string[], flags = "iu") => new RegExp(`^(?:${alternation(phrases)})$`, flags);
/** The text starts with one of the phrases. */
export const leading = (phrases: readonly string[], flags = "iu") =>
  new RegExp(`^(?:${alternation(phrases)})${AFTER}`, flags);

type Table = Readonly<Record<string, readonly string[]>>;

/** Merges tables of words: lists are joined, records merged key by key. */
export function mergeWords<T extends object>(base: T, ...more: Array<Partial<T>>): T {
  const out: Record<string, unknown> = structuredClone(base) as Record<string, unknown>;
  for (const lang of more)
    for (const [key, value] of Object.entries(lang) as Array<[string, unknown]>) {
      const have = out[key];
      if (Array.isArray(value)) out[key] = [...((have as string[] | undefined) ?? []), ...value];
      else if (value && typeof value === "object") {
        const merged: Record<string, string[]> = { ...((have as Table | undefined) ?? {}) } as Record<string, string[]>;
        for (const [k, v] of Object.entries(value as Table)) merged[k] = [...(merged[k] ?? []), ...v];
        out[key] = merged;
      }
    }
  return out as T;
}
