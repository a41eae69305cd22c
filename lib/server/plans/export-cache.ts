import "server-only";

/**
 * Per-process memory of what exports need, so that exporting a large plan is neither a parse nor
 * a reload of every row. Both are keyed by what the database says now, so several instances stay
 * correct without telling each other anything:
 *
 * - the imported source and its stored description (lib/markdown/stored-source.ts) as text, by
 *   the source's fingerprint: the two are written together by an import or a re-import and never
 *   change otherwise, so a fingerprint that matches means the same pair;
 * - the last markdown written, by plan version and fingerprint: every change bumps the version.
 */

export type SourceTexts = { key: string; source: string; stored: string };
type Written = { version: number; key: string; body: string | Uint8Array };

/** Plans whose texts are kept (a 5,000-task plan is ~1 MB of source and ~4 MB of description). */
const MAX_PLANS = 8;

const sources = new Map<string, SourceTexts>();
const written = new Map<string, Written>();

function remember<V>(map: Map<string, V>, planId: string, value: V): V {
  map.delete(planId);
  map.set(planId, value);
  for (const [id] of map) {
    if (map.size <= MAX_PLANS) break;
    map.delete(id);
  }
  return value;
}

export function getSourceTexts(planId: string, key: string): SourceTexts | null {
  const hit = sources.get(planId);
  return hit && hit.key === key ? remember(sources, planId, hit) : null;
}

export function keepSourceTexts(planId: string, texts: SourceTexts): SourceTexts {
  return remember(sources, planId, texts);
}

export function getWrittenExport(planId: string, version: number, key: string): string | Uint8Array | null {
  const hit = written.get(planId);
  return hit && hit.version === version && hit.key === key ? remember(written, planId, hit).body : null;
}

export function keepWrittenExport(planId: string, version: number, key: string, body: string | Uint8Array): void {
  remember(written, planId, { version, key, body });
}

const writing = new Map<string, Promise<unknown>>();

/** Exports of one version at the same moment (several tabs, a script) share one write-back. */
export function writeOnce<T>(planId: string, version: number, key: string, write: () => Promise<T>): Promise<T> {
  const id = `${planId}:${version}:${key}`;
  let running = writing.get(id) as Promise<T> | undefined;
  if (!running) {
    running = write().finally(() => writing.delete(id));
    writing.set(id, running);
  }
  return running;
}
