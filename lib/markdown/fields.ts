import { EMOJI } from "./mdast";
import { FIELD_NAMES, type FieldKind } from "./vocabulary";

/** `**Effort:** 3h`, `**Date**: 2025-07-06`, `**Status: Done**`, `Owner: Ana` → name and value. */
export function readFieldLine(line: string, plainKeys: "known" | "any"): { name: string; value: string } | null {
  const t = line.trim();
  const bold =
    /^\*\*([^*]{1,60}?)\s*:\s*\*\*\s*(.*)$/.exec(t) ?? // **Name:** value
    /^\*\*([^*]{1,60}?)\*\*\s*:\s*(.*)$/.exec(t) ?? // **Name**: value
    /^\*\*([^*:]{1,60}?)\s*:\s*([^*]+)\*\*\s*$/.exec(t); // **Name: value**
  if (bold) return { name: cleanName(bold[1]!), value: bold[2]!.trim() };
  const simple = /^([A-Za-z][A-Za-z0-9 /&'()._-]{0,40}?)\s*:\s+(\S.*)$/.exec(t);
  if (!simple) return null;
  const name = cleanName(simple[1]!);
  if (plainKeys === "known" && !fieldKind(name)) return null;
  if (name.split(/\s+/).length > 4) return null;
  return { name, value: simple[2]!.trim() };
}

const cleanName = (s: string) => s.replace(EMOJI, "").replace(/\s+/g, " ").trim();

export function fieldKind(name: string): FieldKind | null {
  const n = name.replace(/[*_`]/g, "").trim();
  for (const [pattern, kind] of FIELD_NAMES) if (pattern.test(n)) return kind;
  return null;
}

/** Back-quoted spans of a value: `src/a.py:10-20` → ["src/a.py:10-20"]. */
export function codeSpans(value: string): string[] {
  return [...value.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.trim()).filter(Boolean);
}

const PATH = /^(?:\.{0,2}\/)?[\w@.-]+(?:\/[\w@.-]*)*(?:\.[A-Za-z0-9]{1,8})?(?::\d+(?:-\d+)?)?$/;

/** Code paths named in a `File:` value: back-quoted spans that look like paths, else bare paths. */
export function pathsIn(value: string): string[] {
  const spans = codeSpans(value).filter(looksLikePath);
  if (spans.length) return spans;
  return value
    .replace(/\*\*/g, "")
    .split(/[,;]|\s+and\s+|\s+/)
    .map((s) => s.trim().replace(/^[("']|[)"'.]$/g, ""))
    .filter(looksLikePath);
}

export function looksLikePath(s: string): boolean {
  if (!PATH.test(s) || s.length > 200) return false;
  return s.includes("/") || /\.[A-Za-z][A-Za-z0-9]{0,7}(?::\d+(?:-\d+)?)?$/.test(s);
}
