import type { Metric } from "@/lib/plan/contract";
import { EMOJI, plain, stripEmoji } from "./mdast";
import {
  METRIC_OPS,
  METRIC_OP_TOKEN,
  METRIC_UNITS,
  METRIC_UNIT_TOKEN,
  OR_LESS_WORDS,
  OR_MORE_WORDS,
} from "./vocabulary";

type Op = Metric["target"]["op"];

// `1,000` groups thousands; `99,5` and `0,5` are decimal commas.
const NUM = String.raw`\d+(?:,\d{3}(?!\d))*(?:[.,]\d+)?\s*[kK]?`;
const UNIT = `(?:${METRIC_UNIT_TOKEN})`;
const OP_WORDS = METRIC_OPS;
const OP_TOKEN = METRIC_OP_TOKEN;

// `< 100ms`, `at least 80%`, `80%+`, `1000+ req/sec`, `5-10x`, `99.9% uptime`.
const WITH_OP = new RegExp(String.raw`(?<![\w])(${OP_TOKEN})\s*~?\s*(${NUM})\s*(${UNIT})?(?![\w/])`, "i");
const PLUS = new RegExp(
  String.raw`(?<![\w.])(${NUM})\s*(?:(${UNIT})\s*\+|\+\s*(${UNIT})?)(?:\s+(?:${OR_MORE_WORDS}))?`,
  "i",
);
const OR_MORE = new RegExp(
  String.raw`(?<![\w.])(${NUM})\s*(${UNIT})?\s+(?:(${OR_MORE_WORDS})|${OR_LESS_WORDS})(?![\p{L}])`,
  "iu",
);
const RANGE = new RegExp(String.raw`(?<![\w.])(${NUM})\s*[-–]\s*(${NUM})\s*(x|×|%)(?![\w])`, "i");
const BARE = new RegExp(String.raw`(?<![\w.])(${NUM})\s*(${UNIT})(?![\w/])`, "i");

function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  const global = new RegExp(pattern.source, pattern.flags + "g");
  let last: RegExpExecArray | null = null;
  for (let m = global.exec(text); m; m = global.exec(text)) last = m;
  return last;
}

function toNumber(s: string): number {
  const t = s
    .replace(/,(?=\d{3}(?!\d))/g, "")
    .replace(",", ".")
    .replace(/\s+/g, "");
  const k = /k$/i.test(t);
  return Number(k ? t.slice(0, -1) : t) * (k ? 1000 : 1);
}

function normalizeUnit(u: string | undefined): string {
  if (!u) return "";
  const t = u.replace(/\s+/g, "");
  for (const [pattern, unit] of METRIC_UNITS) if (pattern.test(t) || pattern.test(u.trim())) return unit;
  return t;
}

function opOf(word: string): Op {
  for (const [pattern, op] of OP_WORDS) if (pattern.test(word.trim())) return op;
  return "=";
}

/**
 * A numeric target in a success criterion: `< 100ms p95 response time` → `<` 100 ms, named
 * `p95 response time`. `inMetricsList` admits bare values (`99.9% uptime` → `=`) that only a
 * list of metrics makes a target.
 */
export function parseMetric(light: string, line: number, inMetricsList: boolean): Metric | null {
  const text = stripEmoji(plain(light));
  let m: RegExpExecArray | null;
  let target: Metric["target"] | null = null;
  let match = "";
  let at = -1;
  // The last comparison is the target (`from > 500 ms to < 100 ms`; a canonical `name: < 100 ms`).
  if ((m = lastMatch(WITH_OP, text))) {
    target = { op: opOf(m[1]!), value: toNumber(m[2]!), unit: normalizeUnit(m[3]) };
    [match, at] = [m[0], m.index];
  } else if ((m = PLUS.exec(text))) {
    target = { op: ">=", value: toNumber(m[1]!), unit: normalizeUnit(m[2] ?? m[3]) };
    [match, at] = [m[0], m.index];
  } else if ((m = OR_MORE.exec(text))) {
    target = { op: m[3] ? ">=" : "<=", value: toNumber(m[1]!), unit: normalizeUnit(m[2]) };
    [match, at] = [m[0], m.index];
  } else if ((m = RANGE.exec(text))) {
    target = { op: ">=", value: toNumber(m[1]!), unit: normalizeUnit(m[3]) };
    [match, at] = [m[0], m.index];
  } else if (
    inMetricsList &&
    (m = BARE.exec(text)) &&
    /^(?:[^:]{1,60}:)?\s*$/.test(text.slice(0, m.index).replace(/[*_]/g, ""))
  ) {
    target = { op: "=", value: toNumber(m[1]!), unit: normalizeUnit(m[2]) };
    [match, at] = [m[0], m.index];
  }
  if (!target || !Number.isFinite(target.value)) return null;
  return { name: metricName(text, match, at), target, line };
}

/** The part of the text that names what is measured: the clause holding the target, minus it. */
function metricName(text: string, match: string, at: number): string {
  const without = text.slice(0, at) + " \u0000 " + text.slice(at + match.length);
  const clauses = without.split(/\s+[-–—]\s+|:\s+|\s+with\s+|;\s*|,\s+(?=[a-z])/i);
  const holding = clauses.find((c) => c.includes("\u0000")) ?? without;
  const name = tidy(holding.replace("\u0000", " "));
  return name.split(" ").length >= 2 ? name : tidy(without.replace("\u0000", " ")) || tidy(text) || text;
}

const tidy = (s: string) =>
  s
    .replace(/\s+/g, " ")
    .replace(/^[\s,.:;()\-–—]+|[\s,.:;(\-–—]+$/g, "")
    .replace(/^(?:of|in|for|on)\s+/i, "")
    .trim();
