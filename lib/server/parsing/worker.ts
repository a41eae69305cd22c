/**
 * The parse worker: runs the markdown engine in a worker thread of the pool in ./pool.ts, so that
 * a large or hostile plan keeps one worker busy instead of the server's event loop. Bundled by
 * scripts/build-worker.mjs into .build/parse-worker.mjs (plain Node, outside Next's bundles), so
 * it imports only the pure engine, the contract and the pure row builders of an import; never
 * the database (`server-only` is an empty module in this bundle: the worker is server code).
 *
 * Every task first tells the pool that it has started (the time limit counts from there, not
 * from the queue), and answers engine refusals as values: an Error's class does not survive the
 * thread boundary, its code and message do.
 */
import os from "node:os";
import type { MessagePort } from "node:worker_threads";
import { move, transferableSymbol, valueSymbol } from "piscina";
import {
  PlanInputError,
  parsePlan,
  restoreSource,
  storeSource,
  writeBack,
  writeBackBytes,
  type ParsedPlan,
  type PlanInputErrorCode,
  type SourceEncoding,
  type StoredSource,
} from "@/lib/markdown";
import { PlanSchema, type ApiPlan, type Plan } from "@/lib/plan/contract";
import { prepareImport as prepareRows, type PreparedImport } from "@/lib/server/plans/prepare-import";

// Parses are background work next to the event loop of the same process: on Linux the nice
// value is per thread, so this lowers only this worker (a loaded machine then gives the event
// loop's requests the CPU first). Where that is refused the worker simply keeps its priority.
try {
  os.setPriority(10);
} catch {
  // not permitted here: harmless
}

export type Refusal = { ok: false; code: PlanInputErrorCode; message: string };
export type Answer<T> = { ok: true; value: T } | Refusal;

export type ParseTask = { started: MessagePort; input: string | Uint8Array; fileName?: string };
export type { ParseValue } from "./values";
import type { ParseValue } from "./values";
export type PreviewTask = ParseTask & { withSource: boolean };
/**
 * `stored`: what the import kept; else `baseline`, the plan as imported rebuilt from its rows
 * (plans imported before imports kept it); else the source is read again.
 */
export type ExportTask = {
  started: MessagePort;
  sourcePieces: string[];
  bom: boolean;
  view: ApiPlan;
  storedPieces?: string[];
  baseline?: Plan;
  encoding?: SourceEncoding;
};
/** An import that kept its description: the texts by fingerprint `key`, the plan as the API's JSON text. */
type StoredTexts = { key: string; source: string; stored: string; bom: boolean };
export type ExportStoredTask = StoredTexts & { started: MessagePort; viewJson: string; encoding: SourceEncoding };
export type StoredSpansTask = StoredTexts & { started: MessagePort };
export type PrepareImportTask = ParseTask;
export type SpansTask = { started: MessagePort; source: string };

/**
 * An answer whose bytes piscina moves to the event loop's thread instead of copying them
 * (its `move` protocol): a response body of megabytes arrives ready to send, not to encode.
 */
function movable(a: Answer<Uint8Array>): Answer<Uint8Array> {
  if (!a.ok) return a;
  const bytes = a.value;
  // Only a buffer of its own can be moved (not a view into a shared pool).
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  return move({
    [transferableSymbol]: [own.buffer],
    [valueSymbol]: { ok: true, value: own },
  }) as unknown as Answer<Uint8Array>;
}

const utf8 = new TextEncoder();

function answer<T>(started: MessagePort, work: () => T): Answer<T> {
  started.postMessage("started");
  started.close();
  try {
    return { ok: true, value: work() };
  } catch (e) {
    if (e instanceof PlanInputError) return { ok: false, code: e.code, message: e.message };
    throw e;
  }
}

const options = (fileName?: string) => (fileName ? { fileName } : undefined);

/** Import and re-import: the plan, its decoded text and whether it had a BOM. */
export function parse({ started, input, fileName }: ParseTask): Answer<ParseValue> {
  return answer(started, () => {
    const parsed = parsePlan(input, options(fileName));
    return {
      plan: parsed.plan,
      text: parsed.text,
      bom: parsed.bom,
      encoding: parsed.encoding,
      stored: storeSource(parsed),
    };
  });
}

/** Import: the parse made into the strings the database writes (prepare-import.ts). */
export function prepareImport({ started, input, fileName }: PrepareImportTask): Answer<PreparedImport> {
  return answer(started, () => {
    const parsed = parsePlan(input, options(fileName));
    return prepareRows({
      plan: parsed.plan,
      text: parsed.text,
      bom: parsed.bom,
      encoding: parsed.encoding,
      stored: storeSource(parsed),
    });
  });
}

/** The preview's response body, serialised and encoded here: a 100,000-item plan is megabytes of JSON. */
export function preview({ started, input, fileName, withSource }: PreviewTask): Answer<Uint8Array> {
  return movable(
    answer(started, () => {
      const { plan, text } = parsePlan(input, options(fileName));
      return utf8.encode(JSON.stringify(withSource ? { ...plan, source: text } : plan));
    }),
  );
}

/**
 * An imported plan's markdown: its source with the current state written onto it. `view` is the
 * plan as the API shows it; zod makes it Plan JSON (export.ts toPlanJson does the same).
 */
export function exportMarkdown({
  started,
  sourcePieces,
  bom,
  view,
  storedPieces,
  baseline,
  encoding = "utf-8",
}: ExportTask): Answer<string | Uint8Array> {
  return answer(started, () => {
    const plan = PlanSchema.parse(view);
    const source = sourcePieces.join("");
    const stored: unknown = storedPieces === undefined ? undefined : JSON.parse(storedPieces.join(""));
    const read = restoreSource(stored, source, bom) ?? {
      ...parsePlan(source),
      text: source,
      bom,
      ...(baseline ? { plan: baseline } : {}),
    };
    const parsed = { ...read, encoding };
    return encoding === "utf-8" ? writeBack(parsed, plan) : writeBackBytes(parsed, plan);
  });
}

/**
 * Sources this worker has restored, by fingerprint: restoring a 5,000-task plan's description
 * (JSON parse, zod check, index maps) costs more than writing the markdown.
 */
const restored = new Map<string, ParsedPlan>();
const MAX_RESTORED = 4;

/**
 * The markdown of an import that kept its description, without parsing any markdown. The view
 * is the server's own ApiPlan JSON: a superset of Plan JSON whose extra fields (ids, versions)
 * write-back does not read, so it goes in as it is, without another zod pass over every task.
 */
export function exportStored({
  started,
  key,
  source,
  stored,
  bom,
  viewJson,
  encoding,
}: ExportStoredTask): Answer<string | Uint8Array> {
  return answer(started, () => {
    const read = restoredSource({ key, source, stored, bom });
    const plan: Plan = JSON.parse(viewJson) as ApiPlan;
    const parsed = { ...read, encoding };
    return encoding === "utf-8" ? writeBack(parsed, plan) : writeBackBytes(parsed, plan);
  });
}

/** The stored description of `key`, restored once per worker (see `restored`). */
function restoredSource({ key, source, stored, bom }: StoredTexts): ParsedPlan {
  let read = restored.get(key);
  if (!read) {
    read = restoreSource(JSON.parse(stored), source, bom) ?? { ...parsePlan(source), text: source, bom };
    restored.set(key, read);
    for (const [k] of restored) if (restored.size > MAX_RESTORED) restored.delete(k);
  }
  return read;
}

/** Where each task ends, from the import's stored description: no parse of the source. */
export function storedTaskSpans({ started, ...texts }: StoredSpansTask): Answer<Array<[number, number]>> {
  return answer(started, () =>
    [...restoredSource(texts).index.tasks].map(([line, s]): [number, number] => [line, s.endLine]),
  );
}

/** Where each task of a source ends: [first line, last line] pairs (the task source view). */
export function taskSpans({ started, source }: SpansTask): Answer<Array<[number, number]>> {
  return answer(started, () =>
    [...parsePlan(source).index.tasks].map(([line, s]): [number, number] => [line, s.endLine]),
  );
}
