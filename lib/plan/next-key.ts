/**
 * The key a new task gets so it reads like its neighbours: the last key of the phase with its
 * last number counted up past every key in use (`1.3` → `1.4`, `PROD-009` → `PROD-010`). Null
 * when the phase's tasks carry no keys (then the new one has none either).
 */
export function nextTaskKey(phaseKeys: Array<string | null>, planKeys: Iterable<string | null>): string | null {
  const last = [...phaseKeys].reverse().find((k): k is string => !!k);
  if (!last) return null;
  const m = /^(.*?)(\d+)(\D*)$/.exec(last);
  if (!m) return null;
  const [, head, digits, tail] = m as unknown as [string, string, string, string];
  const taken = new Set<string>();
  for (const k of planKeys) if (k) taken.add(k);
  for (let n = Number(digits) + 1; ; n++) {
    const candidate = `${head}${String(n).padStart(digits.length, "0")}${tail}`;
    if (!taken.has(candidate)) return candidate;
  }
}
