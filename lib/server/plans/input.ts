import "server-only";
import { AppError } from "@/lib/errors";
import { parsePlan, PlanInputError, type ParsedPlan } from "@/lib/markdown";
import type { Plan } from "@/lib/plan/contract";

/** A parse to store; without `index` (a plan built elsewhere) export reads the source again. */
export type ParsedInput = { plan: Plan; text: string; bom: boolean } & Partial<Pick<ParsedPlan, "encoding" | "index">>;

/** Runs the engine on an upload, turning unusable input into the API's errors (413 / 422). */
export function parsePlanInput(input: string | Uint8Array, fileName?: string): ParsedInput {
  try {
    return parsePlan(input, fileName ? { fileName } : undefined);
  } catch (e) {
    if (e instanceof PlanInputError) {
      throw new AppError(e.code === "too_large" ? "payload_too_large" : "unprocessable", e.message);
    }
    throw e;
  }
}
