import type { Metric } from "@/lib/plan/contract";
import type { Classified } from "./classify";
import { EMOJI, plain, stripEmoji } from "./mdast";
import { parseMetric } from "./metrics";
import type { Reader } from "./reader";
import type { Content, TableFact } from "./scan";
import { METRICS_LABEL, METRIC_COLUMNS } from "./vocabulary";

/** The plan's success metrics: from the metric lines the other steps noted, and from metric tables. */
export function readMetrics(
  r: Reader,
  sections: readonly Classified[],
  contentOf: (c: Classified) => Content,
  preamble: Content,
): Metric[] {
  for (const c of sections)
    if (c.kind === "task") {
      const content = contentOf(c);
      for (const e of content.entries)
        if (e.checked === null && e.label && METRICS_LABEL.test(e.label.text))
          r.metricSources.push({ text: e.text, line: e.line, list: true });
    }
  const fromTables = [preamble, ...sections.map((c) => c.content)].flatMap((content) =>
    content.tables.flatMap(metricsFromTable),
  );
  return dedupeMetrics([
    ...r.metricSources.map((m) => parseMetric(m.text, m.line, m.list)).filter((m): m is Metric => m !== null),
    ...fromTables,
  ]);
}

/** `| Metric | Current | Target |` rows: the metric column names it, the target column sets it. */
function metricsFromTable(t: TableFact): Metric[] {
  const col = (re: RegExp) => t.header.findIndex((h) => re.test(h.replace(EMOJI, "").trim()));
  const name = col(METRIC_COLUMNS.name);
  const target = col(METRIC_COLUMNS.target);
  const current = col(METRIC_COLUMNS.current);
  if (name < 0 || target < 0) return [];
  return t.rows.flatMap((r) => {
    const m = parseMetric(r.cells[target] ?? "", r.line, true);
    const label = stripEmoji(plain(r.cells[name] ?? ""));
    if (!m || !label) return [];
    // A bare target next to the current value says which way to go: 99.5% → 99.9% is "at least".
    const now = current >= 0 ? parseMetric(r.cells[current] ?? "", r.line, true) : null;
    if (m.target.op === "=" && now && now.target.value !== m.target.value)
      m.target.op = m.target.value > now.target.value ? ">=" : "<=";
    return [{ ...m, name: label }];
  });
}

function dedupeMetrics(metrics: Metric[]): Metric[] {
  const seen = new Set<string>();
  return metrics.filter((m) => {
    const k = `${m.name.toLowerCase()}|${m.target.op}|${m.target.value}|${m.target.unit}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
