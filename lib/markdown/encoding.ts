/**
 * Turning an uploaded plan (bytes) or a pasted one (string) into clean text, before any Markdown
 * parsing: detect UTF-8 / UTF-16, remember the BOM, reject what is not a text plan, and undo
 * "mojibake" — UTF-8 that some tool read as Windows-1252 or Mac Roman and saved again as UTF-8.
 *
 * Pure and linear: no Node-only APIs, no dependencies beyond `TextDecoder`.
 */
import type { RepairedEncoding } from "../plan/contract";
import { PlanInputError } from "./errors";
import { repairMojibake } from "./mojibake";
import { continuationCount, decodeUtf8Char } from "./utf8-bytes";

export { repairMojibake, type RepairResult } from "./mojibake";

export const MAX_PLAN_BYTES = 5 * 1024 * 1024;

export type SourceEncoding = "utf-8" | "utf-16le" | "utf-16be";

export interface DecodedPlanInput {
  /** The plan text without BOM, mojibake repaired, line endings as they were. */
  text: string;
  /** The input started with a byte order mark; export can put it back. */
  bom: boolean;
  /** The code page whose mojibake was repaired, or null when the text was fine. */
  repairedEncoding: RepairedEncoding | null;
  sourceEncoding: SourceEncoding;
}

// ---------------------------------------------------------------------------------------------
// decodePlanInput
// ---------------------------------------------------------------------------------------------

/** Above this share of control characters (other than \t \n \f \r) a "text" is really binary. */
const MAX_CONTROL_SHARE = 0.02;

/** How many leading bytes the BOM-less UTF-16 sniffing looks at. */
const UTF16_SNIFF_BYTES = 4096;

export function decodePlanInput(input: string | Uint8Array): DecodedPlanInput {
  return typeof input === "string" ? decodeString(input) : decodeBytes(input);
}

/** A pasted plan: already decoded, so only the checks and the repair apply. */
function decodeString(input: string): DecodedPlanInput {
  if (utf8LengthExceeds(input, MAX_PLAN_BYTES)) throw tooLarge();
  const bom = input.charCodeAt(0) === 0xfeff;
  const text = bom ? input.slice(1) : input;
  assertNotEmpty(text);
  assertNotBinary(text);
  return finish(text, bom, "utf-8");
}

function decodeBytes(bytes: Uint8Array): DecodedPlanInput {
  // Size first: a 2 GB upload must not be decoded just to be refused.
  if (bytes.length > MAX_PLAN_BYTES) throw tooLarge();
  if (bytes.length === 0) throw empty();

  const bomEncoding = detectBom(bytes);
  if (bomEncoding === "utf-16le" || bomEncoding === "utf-16be") {
    return decodeUtf16(bytes.subarray(2), bomEncoding, true);
  }
  if (bomEncoding === null) {
    const sniffed = sniffUtf16(bytes);
    if (sniffed) return decodeUtf16(bytes, sniffed, false);
  }

  const bom = bomEncoding === "utf-8";
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.indexOf(0) !== -1) throw binary("it contains NUL bytes");
  let text: string;
  try {
    text = UTF8.decode(body);
  } catch {
    // Random bytes are invalid UTF-8 too, but for them "binary" is the useful answer.
    assertNotBinaryBytes(body);
    const offset = firstInvalidUtf8Offset(body) + (bom ? 3 : 0);
    throw badUtf8(offset, bytes[offset] ?? 0);
  }
  assertNotEmpty(text);
  assertNotBinary(text);
  return finish(text, bom, "utf-8");
}

function decodeUtf16(body: Uint8Array, encoding: "utf-16le" | "utf-16be", bom: boolean): DecodedPlanInput {
  let text: string;
  try {
    text = (encoding === "utf-16le" ? UTF16LE : UTF16BE).decode(body);
  } catch {
    const offset = firstInvalidUtf16Offset(body, encoding === "utf-16le") + (bom ? 2 : 0);
    throw new PlanInputError(
      "bad_encoding",
      `The file looks like UTF-16 but is broken at byte offset ${offset}; save it as UTF-8 and import it again.`,
    );
  }
  assertNotEmpty(text);
  assertNotBinary(text);
  return finish(text, bom, encoding);
}

function finish(text: string, bom: boolean, sourceEncoding: SourceEncoding): DecodedPlanInput {
  const repaired = repairMojibake(text);
  return { text: repaired.text, bom, repairedEncoding: repaired.encoding, sourceEncoding };
}

// `fatal` so that invalid input throws instead of silently becoming U+FFFD; `ignoreBOM` so that a
// BOM we did not strip ourselves (e.g. a second one) stays visible instead of vanishing.
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const UTF16LE = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true });
const UTF16BE = new TextDecoder("utf-16be", { fatal: true, ignoreBOM: true });

function detectBom(bytes: Uint8Array): SourceEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/**
 * UTF-16 without a BOM (some Windows tools write it): in ASCII-heavy text every other byte is 0 —
 * the odd ones in little endian, the even ones in big endian. UTF-8 text never contains NUL, so a
 * clear pattern in the first few KB is enough; anything less clear goes the UTF-8 way.
 */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
  if (n === 0) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const units = n / 2;
  if (zeroOdd > units * 0.6 && zeroEven < units * 0.1) return "utf-16le";
  if (zeroEven > units * 0.6 && zeroOdd < units * 0.1) return "utf-16be";
  return null;
}

/** UTF-8 length without encoding: strings longer than the limit in UTF-16 units are too long anyway. */
function utf8LengthExceeds(s: string, limit: number): boolean {
  if (s.length > limit) return true;
  if (s.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is 2 units and 4 bytes, so 2 bytes per unit is exact for it.
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
    if (bytes > limit) return true;
  }
  return false;
}

function assertNotEmpty(text: string): void {
  if (!/\S/.test(text)) throw empty();
}

/** C0 controls other than tab, line feed, form feed and carriage return, and DEL. */
const STRAY_CONTROL = /[\x01-\x08\x0b\x0e-\x1f\x7f]/g;
const isStrayControl = (c: number): boolean =>
  (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f;

// C1 controls (U+0080–U+009F) are deliberately not counted: they are how some tools keep the
// bytes Windows-1252 leaves undefined, i.e. a symptom of mojibake, which the repair handles.
function assertNotBinary(text: string): void {
  if (text.indexOf("\0") !== -1) throw binary("it contains NUL characters");
  const limit = text.length * MAX_CONTROL_SHARE;
  const pattern = new RegExp(STRAY_CONTROL); // own lastIndex; a regex scan is native speed
  let controls = 0;
  while (pattern.exec(text)) {
    if (++controls > limit) throw binary("it is full of control characters");
  }
}

/** The same test on bytes that are not valid UTF-8 (C0 bytes are C0 characters in any case). */
function assertNotBinaryBytes(bytes: Uint8Array): void {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (isStrayControl(bytes[i]!)) controls++;
  }
  if (controls > bytes.length * MAX_CONTROL_SHARE) throw binary("it is full of control characters");
}

/** Offset of the first byte that does not start a valid UTF-8 sequence (only called on failure). */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const need = continuationCount(lead);
    if (need < 0 || decodeUtf8Char(bytes, i, need) < 0) return i;
    i += need + 1;
  }
  return bytes.length;
}

/** Offset of the first unpaired surrogate (only called on failure). */
function firstInvalidUtf16Offset(bytes: Uint8Array, littleEndian: boolean): number {
  const units = bytes.length >> 1;
  const unitAt = (u: number): number =>
    littleEndian ? bytes[2 * u]! | (bytes[2 * u + 1]! << 8) : (bytes[2 * u]! << 8) | bytes[2 * u + 1]!;
  for (let u = 0; u < units; u++) {
    const unit = unitAt(u);
    if (unit < 0xd800 || unit > 0xdfff) continue;
    const pairsWithNext = unit <= 0xdbff && u + 1 < units && unitAt(u + 1) >= 0xdc00 && unitAt(u + 1) <= 0xdfff;
    if (!pairsWithNext) return 2 * u;
    u++;
  }
  return 2 * units; // odd length: the last byte is half a code unit
}

function tooLarge(): PlanInputError {
  return new PlanInputError(
    "too_large",
    `The plan is larger than ${MAX_PLAN_BYTES / 1024 / 1024} MB; split it into smaller plans and import them one by one.`,
  );
}

function empty(): PlanInputError {
  return new PlanInputError(
    "empty",
    "The plan is empty (no text, or only whitespace); import a Markdown plan with some content.",
  );
}

function binary(why: string): PlanInputError {
  return new PlanInputError(
    "binary",
    `This does not look like a text file (${why}); import the plan as a Markdown (.md) text file.`,
  );
}

function badUtf8(offset: number, byte: number): PlanInputError {
  const hex = byte.toString(16).toUpperCase().padStart(2, "0");
  return new PlanInputError(
    "bad_encoding",
    `The file is not valid UTF-8 (first bad byte 0x${hex} at offset ${offset}, probably Latin-1 or Windows-1252); save it as UTF-8 and import it again.`,
  );
}

/**
 * Text back into the bytes it came as: UTF-8, or UTF-16 LE/BE, with its BOM when it had one
 * (`text` carries no BOM of its own), so an exported UTF-16 plan stays UTF-16.
 */
export function encodePlanText(text: string, encoding: SourceEncoding, bom: boolean): Uint8Array {
  const body = bom ? `\uFEFF${text}` : text;
  if (encoding === "utf-8") return new TextEncoder().encode(body);
  const out = new Uint8Array(body.length * 2);
  for (let i = 0; i < body.length; i++) {
    const unit = body.charCodeAt(i);
    const [hi, lo] = [unit >> 8, unit & 0xff];
    out[2 * i] = encoding === "utf-16le" ? lo : hi;
    out[2 * i + 1] = encoding === "utf-16le" ? hi : lo;
  }
  return out;
}
