import "server-only";
import { parseInWorker } from "@/lib/server/parsing/pool";
import type { ParseValue } from "@/lib/server/parsing/worker";

export type ParsedInput = ParseValue;

/**
 * Runs the engine on an upload in the parse pool (off the event loop, with a time limit),
 * turning unusable input into the API's errors (413 / 422 unprocessable / 422 too_complex).
 */
export function parsePlanInput(input: string | Uint8Array, fileName?: string): Promise<ParsedInput> {
  return parseInWorker(input, fileName);
}
