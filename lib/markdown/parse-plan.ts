import { PlanSchema, type Plan } from "@/lib/plan/contract";
import { PlanInputError } from "./errors";
import { readDocument, type SourceIndex } from "./document";
import { decodePlanInput, type SourceEncoding } from "./encoding";
import { parseMarkdown, unprotect } from "./mdast";

export interface ParseOptions {
  /** Used for the title when the plan has no level-1 heading. */
  fileName?: string;
}

export interface ParsedPlan {
  plan: Plan;
  /** The source as text: decoded, mojibake repaired, without its BOM. */
  text: string;
  bom: boolean;
  /** How the source was encoded (a string input is UTF-8): export writes it back the same way. */
  encoding: SourceEncoding;
  /** Where tasks, phases and items stand in `text`; what `writeBack` edits by. */
  index: SourceIndex;
}

/**
 * Markdown plan → Plan JSON. Accepts bytes (UTF-8 with or without BOM, UTF-16 with BOM) or a
 * string. Throws PlanInputError for input that is no text at all; any text parses, a text that
 * is no plan to a near-empty plan with a warning.
 */
export function parsePlan(input: string | Uint8Array, options: ParseOptions = {}): ParsedPlan {
  const decoded = decodePlanInput(input);
  const read = readDocument(parseMarkdown(decoded.text), options.fileName, decoded.text);
  const { index } = read;
  const plan = literalStrings(read.plan);
  plan.repairedEncoding = decoded.repairedEncoding;
  if (decoded.repairedEncoding) {
    const page = decoded.repairedEncoding === "cp1252" ? "Windows-1252" : "Mac Roman";
    plan.warnings.unshift(`The text was UTF-8 read as ${page} (mojibake); it was repaired.`);
  }
  const checked = PlanSchema.safeParse(plan);
  if (!checked.success) throw outOfBounds(plan, checked.error.issues[0]!);
  return { plan: checked.data, text: decoded.text, bom: decoded.bom, encoding: decoded.sourceEncoding, index };
}

/** A value past the contract's limits (a 1 MB heading, a huge number): which one, and where. */
function outOfBounds(plan: Plan, issue: { path: PropertyKey[]; message: string }): PlanInputError {
  let node: unknown = plan;
  let line: number | null = null;
  for (const key of issue.path) {
    node = (node as Record<PropertyKey, unknown> | undefined)?.[key];
    const l = (node as { line?: unknown } | undefined)?.line;
    if (typeof l === "number") line = l;
  }
  const field = String(issue.path[issue.path.length - 1] ?? "value");
  const where = line ? ` on line ${line}` : "";
  return new PlanInputError("invalid_value", `The plan has a ${field}${where} the app cannot store: ${issue.message}.`);
}

/** Every string of the plan with its literal characters as written (see `unprotect`). */
function literalStrings<T>(value: T): T {
  if (typeof value === "string") return (/[\uFDD0-\uFDD2]/.test(value) ? unprotect(value) : value) as T;
  if (Array.isArray(value)) return value.map(literalStrings) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = literalStrings(v);
    return out as T;
  }
  return value;
}
