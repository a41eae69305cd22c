import "server-only";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { MessageChannel } from "node:worker_threads";
import Piscina from "piscina";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { PreparedImport } from "@/lib/server/plans/prepare-import";
import type {
  Answer,
  ExportStoredTask,
  ExportTask,
  StoredSpansTask,
  ParseTask,
  PrepareImportTask,
  PreviewTask,
  ParseValue,
  SpansTask,
} from "./worker";

/**
 * The pool of parse workers (piscina), one per process and stateless: any instance can parse any
 * plan. Each parse has a time limit that counts from the moment a worker starts it and grows with
 * the input (PARSE_TIME_LIMIT_MS per started MiB); past it the worker thread is ended and the
 * caller gets 422 too_complex, before anything was written.
 */

/** Built by scripts/build-worker.mjs (npm run build, npm start, the test set-ups). */
export const WORKER_FILE = path.join(process.cwd(), ".build", "parse-worker.mjs");

const MIB = 1024 * 1024;
/** Waiting parses beyond this are refused (503) instead of piling up in memory. */
const MAX_QUEUE = 64;

let pool: Piscina | undefined;

function getPool(): Piscina {
  if (pool) return pool;
  if (!existsSync(WORKER_FILE)) {
    throw new Error(
      `The parse worker ${WORKER_FILE} is missing: run \`npm run build:worker\` (npm run build and npm start do).`,
    );
  }
  pool = new Piscina({
    filename: pathToFileURL(WORKER_FILE).href,
    // Leave a core to the event loop; two at least, so one slow parse does not queue every other.
    maxThreads: Math.max(2, Math.min(4, os.availableParallelism() - 1)),
    minThreads: 0,
    idleTimeout: 30_000,
    maxQueue: MAX_QUEUE,
  });
  return pool;
}

type Task = {
  parse: ParseTask;
  prepareImport: PrepareImportTask;
  preview: PreviewTask;
  exportMarkdown: ExportTask;
  exportStored: ExportStoredTask;
  taskSpans: SpansTask;
  storedTaskSpans: StoredSpansTask;
};
type Value = {
  parse: ParseValue;
  prepareImport: PreparedImport;
  preview: Uint8Array;
  exportMarkdown: string | Uint8Array;
  exportStored: string | Uint8Array;
  taskSpans: Array<[number, number]>;
  storedTaskSpans: Array<[number, number]>;
};

/** Runs one engine task in the pool with its time limit; engine refusals become AppErrors. */
async function run<K extends keyof Task>(name: K, task: Omit<Task[K], "started">, bytes: number): Promise<Value[K]> {
  const limitMs = getEnv().PARSE_TIME_LIMIT_MS * Math.max(1, Math.ceil(bytes / MIB));
  const { port1, port2 } = new MessageChannel();
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  port1.once("message", () => {
    timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, limitMs);
  });
  try {
    const answer: Answer<Value[K]> = await getPool().run(
      { ...task, started: port2 },
      { name, signal: abort.signal, transferList: [port2] },
    );
    if (answer.ok) return answer.value;
    throw new AppError(
      answer.code === "too_large"
        ? "payload_too_large"
        : answer.code === "too_complex"
          ? "too_complex"
          : "unprocessable",
      answer.message,
    );
  } catch (e) {
    if (timedOut)
      throw new AppError(
        "too_complex",
        `Reading this plan took longer than ${Math.round(limitMs / 1000)} s and was stopped; nothing was saved. Split the file or simplify its longest paragraphs.`,
      );
    if (e instanceof Error && e.message === "Task queue is at limit")
      throw new AppError("unavailable", "The server is busy reading other plans; try again in a minute.");
    throw e;
  } finally {
    clearTimeout(timer);
    port1.close();
  }
}

const sizeOf = (input: string | Uint8Array) => (typeof input === "string" ? input.length : input.byteLength);

/** Import and re-import: engine refusals → 413 / 422, over the time limit → 422 too_complex. */
export function parseInWorker(input: string | Uint8Array, fileName?: string): Promise<ParseValue> {
  return run("parse", { input, fileName }, sizeOf(input));
}

/** Import: the parse with its rows built and serialised, ready to be written (prepare-import.ts). */
export function prepareImportInWorker(input: string | Uint8Array, fileName?: string): Promise<PreparedImport> {
  return run("prepareImport", { input, fileName }, sizeOf(input));
}

/** The preview response body as UTF-8 (Plan JSON, `source` added when asked). */
export function previewInWorker(
  input: string | Uint8Array,
  fileName: string | undefined,
  withSource: boolean,
): Promise<Uint8Array> {
  return run("preview", { input, fileName, withSource }, sizeOf(input));
}

/** The written-back markdown of an imported plan (text; bytes for a UTF-16 plan). */
export function exportInWorker(task: Omit<ExportTask, "started">): Promise<string | Uint8Array> {
  return run(
    "exportMarkdown",
    task,
    task.sourcePieces.reduce((n, p) => n + p.length, 0),
  );
}

/** Export of an import that kept its description (no markdown parse; see worker.ts exportStored). */
export function exportStoredInWorker(task: Omit<ExportStoredTask, "started">): Promise<string | Uint8Array> {
  return run("exportStored", task, task.source.length);
}

/** [first line, last line] of every task, from an import's stored description (no parse; worker.ts storedTaskSpans). */
export function storedTaskSpansInWorker(task: Omit<StoredSpansTask, "started">): Promise<Array<[number, number]>> {
  return run("storedTaskSpans", task, task.source.length);
}

/** [first line, last line] of every task of an imported plan's source. */
export function taskSpansInWorker(source: string): Promise<Array<[number, number]>> {
  return run("taskSpans", { source }, source.length);
}
