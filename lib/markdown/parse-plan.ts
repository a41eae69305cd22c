import { PlanSchema, type Plan } from "@/lib/plan/contract";
import { PlanInputError } from "./errors";
import { readDocument, type SourceIndex } from "./document";
import { decodePlanInput } from "./encoding";
import { parseMarkdown } from "./mdast";

export interface ParseOptions {
  /** Used for the title when the plan has no level-1 heading. */
  fileName?: string;
}

export interface ParsedPlan {
  plan: Plan;
  /** The source as text: decoded, mojibake repaired, without its BOM. */
  text: string;
  bom: boolean;
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
  const { plan, index } = readDocument(parseMarkdown(decoded.text), options.fileName, decoded.text);
  plan.repairedEncoding = decoded.repairedEncoding;
  if (decoded.repairedEncoding) {
    const page = decoded.repairedEncoding === "cp1252" ? "Windows-1252" : "Mac Roman";
    plan.warnings.unshift(`The text was UTF-8 read as ${page} (mojibake); it was repaired.`);
  }
  const checked = PlanSchema.safeParse(plan);
  if (!checked.success) throw outOfBounds(plan, checked.error.issues[0]!);
  return { plan: checked.data, text: decoded.text, bom: decoded.bom, index };
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
