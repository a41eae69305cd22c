/**
 * Turning an uploaded plan (bytes) or a pasted one (string) into clean text, before any Markdown
 * parsing: detect UTF-8 / UTF-16, remember the BOM, reject what is not a text plan, and undo
 * "mojibake" — UTF-8 that some tool read as Windows-1252 or Mac Roman and saved again as UTF-8.
 *
 * Pure and linear: no Node-only APIs, no dependencies beyond `TextDecoder`.
 */
import type { RepairedEncoding } from "../plan/contract";
import { PlanInputError } from "./errors";

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

export interface RepairResult {
  text: string;
  encoding: RepairedEncoding | null;
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
  return new PlanInputError("empty", "The plan is empty (no text, or only whitespace); import a Markdown plan with some content.");
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

// ---------------------------------------------------------------------------------------------
// UTF-8 sequences
// ---------------------------------------------------------------------------------------------

/** Continuation bytes a lead byte announces, or -1 for bytes that cannot start a sequence. */
function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return -1; // ASCII is handled by callers; 0x80–0xC1 and 0xF5–0xFF never lead
}

const isContinuation = (b: number): boolean => (b & 0xc0) === 0x80;

const SMALLEST_FOR_LENGTH = [0, 0x80, 0x800, 0x10000] as const;

/**
 * The code point of the sequence at `start` with `need` continuation bytes, or -1 when it is not
 * valid UTF-8: a missing or wrong continuation, an overlong form, a surrogate, or beyond U+10FFFF.
 */
function decodeUtf8Char(bytes: ArrayLike<number>, start: number, need: number): number {
  const lead = bytes[start]!;
  let cp = lead & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
  for (let j = 1; j <= need; j++) {
    const c = bytes[start + j];
    if (c === undefined || !isContinuation(c)) return -1;
    cp = (cp << 6) | (c & 0x3f);
  }
  if (cp < SMALLEST_FOR_LENGTH[need as 1 | 2 | 3]) return -1;
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
  return cp;
}

// ---------------------------------------------------------------------------------------------
// Code pages
// ---------------------------------------------------------------------------------------------

/** Windows-1252 bytes 0x80–0x9F (null: undefined). 0xA0–0xFF are the same as Latin-1. */
// prettier-ignore
const CP1252_80_9F: readonly (number | null)[] = [
  0x20ac, null,   0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, // 80 € . ‚ ƒ „ … † ‡
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, null,   0x017d, null,   // 88 ˆ ‰ Š ‹ Œ . Ž .
  null,   0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, // 90 . ‘ ’ “ ” • – —
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, null,   0x017e, 0x0178, // 98 ˜ ™ š › œ . ž Ÿ
];

/** Mac OS Roman bytes 0x80–0xFF (Apple's current table: 0xDB is €, 0xF0 the Apple logo U+F8FF). */
// prettier-ignore
const MAC_ROMAN_80_FF: readonly number[] = [
  0x00c4, 0x00c5, 0x00c7, 0x00c9, 0x00d1, 0x00d6, 0x00dc, 0x00e1, // 80 Ä Å Ç É Ñ Ö Ü á
  0x00e0, 0x00e2, 0x00e4, 0x00e3, 0x00e5, 0x00e7, 0x00e9, 0x00e8, // 88 à â ä ã å ç é è
  0x00ea, 0x00eb, 0x00ed, 0x00ec, 0x00ee, 0x00ef, 0x00f1, 0x00f3, // 90 ê ë í ì î ï ñ ó
  0x00f2, 0x00f4, 0x00f6, 0x00f5, 0x00fa, 0x00f9, 0x00fb, 0x00fc, // 98 ò ô ö õ ú ù û ü
  0x2020, 0x00b0, 0x00a2, 0x00a3, 0x00a7, 0x2022, 0x00b6, 0x00df, // A0 † ° ¢ £ § • ¶ ß
  0x00ae, 0x00a9, 0x2122, 0x00b4, 0x00a8, 0x2260, 0x00c6, 0x00d8, // A8 ® © ™ ´ ¨ ≠ Æ Ø
  0x221e, 0x00b1, 0x2264, 0x2265, 0x00a5, 0x00b5, 0x2202, 0x2211, // B0 ∞ ± ≤ ≥ ¥ µ ∂ ∑
  0x220f, 0x03c0, 0x222b, 0x00aa, 0x00ba, 0x03a9, 0x00e6, 0x00f8, // B8 ∏ π ∫ ª º Ω æ ø
  0x00bf, 0x00a1, 0x00ac, 0x221a, 0x0192, 0x2248, 0x2206, 0x00ab, // C0 ¿ ¡ ¬ √ ƒ ≈ ∆ «
  0x00bb, 0x2026, 0x00a0, 0x00c0, 0x00c3, 0x00d5, 0x0152, 0x0153, // C8 » … nbsp À Ã Õ Œ œ
  0x2013, 0x2014, 0x201c, 0x201d, 0x2018, 0x2019, 0x00f7, 0x25ca, // D0 – — “ ” ‘ ’ ÷ ◊
  0x00ff, 0x0178, 0x2044, 0x20ac, 0x2039, 0x203a, 0xfb01, 0xfb02, // D8 ÿ Ÿ ⁄ € ‹ › ﬁ ﬂ
  0x2021, 0x00b7, 0x201a, 0x201e, 0x2030, 0x00c2, 0x00ca, 0x00c1, // E0 ‡ · ‚ „ ‰ Â Ê Á
  0x00cb, 0x00c8, 0x00cd, 0x00ce, 0x00cf, 0x00cc, 0x00d3, 0x00d4, // E8 Ë È Í Î Ï Ì Ó Ô
  0xf8ff, 0x00d2, 0x00da, 0x00db, 0x00d9, 0x0131, 0x02c6, 0x02dc, // F0 (logo) Ò Ú Û Ù ı ˆ ˜
  0x00af, 0x02d8, 0x02d9, 0x02da, 0x00b8, 0x02dd, 0x02db, 0x02c7, // F8 ¯ ˘ ˙ ˚ ¸ ˝ ˛ ˇ
];

/**
 * The real-world damage: the tool that produced the cp1252 mojibake DROPPED the five bytes
 * Windows-1252 leaves undefined, and editors strip U+00AD (soft hyphen, byte 0xAD) because it is
 * invisible. A UTF-8 sequence that is short of continuation bytes lost some of these.
 */
const CP1252_DROPPED_BYTES = [0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xad] as const;

interface CodePage {
  name: RepairedEncoding;
  /** For each UTF-16 code unit: the byte 0x80–0xFF the code page decodes to it, or -1. */
  byteOf: Int16Array;
  /** Bytes that may be missing from a sequence (see CP1252_DROPPED_BYTES). */
  droppedBytes: readonly number[];
}

/** `entries` are [character, byte] pairs; all characters are in the BMP. */
function codePage(name: RepairedEncoding, entries: readonly (readonly [number, number])[], droppedBytes: readonly number[]): CodePage {
  const byteOf = new Int16Array(0x10000).fill(-1);
  for (const [char, byte] of entries) byteOf[char] = byte;
  return { name, byteOf, droppedBytes };
}

function cp1252Entries(): [number, number][] {
  const entries: [number, number][] = [];
  for (let b = 0x80; b <= 0x9f; b++) {
    // C1 controls stand for their own byte: some tools keep undefined bytes that way.
    entries.push([b, b]);
    const char = CP1252_80_9F[b - 0x80];
    if (char != null) entries.push([char, b]);
  }
  for (let b = 0xa0; b <= 0xff; b++) entries.push([b, b]);
  return entries;
}

const CP1252 = codePage("cp1252", cp1252Entries(), CP1252_DROPPED_BYTES);

// Every Mac Roman byte is defined, so nothing was lost.
const MAC_ROMAN = codePage("mac_roman", MAC_ROMAN_80_FF.map((char, i) => [char, 0x80 + i] as const), []);

/** In order of preference when both would repair equally well. */
const CODE_PAGES: readonly CodePage[] = [CP1252, MAC_ROMAN];

// ---------------------------------------------------------------------------------------------
// Filling in dropped bytes: which character did the writer most likely mean?
// ---------------------------------------------------------------------------------------------

/**
 * Symbols common in technical plans, most likely first. When a dropped byte leaves several
 * candidates (📝 📁 📍 all differ only in a dropped byte), the earlier one wins.
 */
// prettier-ignore
const COMMON_SYMBOLS: readonly string[] = [
  // status
  "✅", "❌", "⚠", "⭐", "❗", "❓", "✔", "✓", "✗", "✖", "☐", "☑", "☒", "🛑", "⛔", "🚧",
  "🔴", "🟠", "🟡", "🟢", "🔵", "🟣", "⚪", "⚫",
  // planning and documents
  "📋", "📊", "📈", "📉", "📝", "📅", "📆", "📌", "📍", "📦", "📁", "📂", "🗂", "📄", "📃", "📚", "📖",
  "📞", "📣", "📢",
  // engineering
  "🎯", "🚨", "🔧", "🔨", "🛠", "⚙", "🧪", "🐛", "🔥", "🚀", "⚡", "🔗", "🔍", "🔎", "🔒", "🔓", "🔐",
  "🔑", "🔄", "🔀", "🔁", "🧹", "🏗", "🧩", "💡", "✨", "🎉", "👉", "👍", "👎", "💬", "🏁", "🏆",
  // time
  "⏳", "⌛", "⏰", "⏱", "⏸", "⏭",
  // arrows
  "→", "←", "↑", "↓", "↔", "⇒", "⇐", "➡", "⬅", "⬆", "⬇", "▶", "◀",
  // box drawing (directory trees, diagrams)
  "─", "│", "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼", "═", "║", "╔", "╗", "╚", "╝",
  // typography and shapes
  "“", "”", "‘", "’", "–", "—", "…", "•", "×", "●", "○", "■", "□",
  // emoji presentation selector (⚠️ ✔️ 🕵️)
  "\uFE0F",
];

const COMMON_RANK = new Map<number, number>(COMMON_SYMBOLS.map((s, i) => [s.codePointAt(0)!, i]));

const ZWJ = 0x200d;
const VS16 = 0xfe0f;

const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const VISIBLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u; // assigned, printable; excludes Cn, Co, Cs, Cc, Cf, Z*

/** Inside an emoji sequence a joiner or variation selector is expected next. */
function isEmojiContext(prev: number): boolean {
  if (prev < 0xa9) return false; // nothing before, or ASCII / C1 / Latin-1 below ©
  if (prev === VS16 || (prev >= 0x1f3fb && prev <= 0x1f3ff)) return true; // selector, skin tone
  return PICTOGRAPHIC.test(String.fromCodePoint(prev));
}

/** How plausible a filled-in character is; higher wins. */
const Tier = {
  Never: 0, // unassigned, private use, controls, formatting, spaces
  Visible: 1, // any assigned letter, mark, number, punctuation or symbol
  Pictographic: 2, // \p{Extended_Pictographic}
  Common: 3, // COMMON_SYMBOLS
  EmojiGlue: 4, // ZWJ or VS16 right after an emoji
} as const;
type Tier = (typeof Tier)[keyof typeof Tier];

function plausibility(cp: number, emojiContext: boolean): Tier {
  if (cp === ZWJ || cp === VS16) {
    if (emojiContext) return Tier.EmojiGlue;
    return cp === VS16 ? Tier.Common : Tier.Never;
  }
  if (COMMON_RANK.has(cp)) return Tier.Common;
  const s = String.fromCodePoint(cp);
  if (PICTOGRAPHIC.test(s)) return Tier.Pictographic;
  return VISIBLE.test(s) ? Tier.Visible : Tier.Never;
}

/** Every way to complete `present` to `need` continuation bytes by inserting dropped bytes anywhere. */
function completions(present: readonly number[], need: number, dropped: readonly number[]): number[][] {
  const out: number[][] = [];
  const walk = (rest: readonly number[], missing: number, acc: number[]): void => {
    if (rest.length === 0 && missing === 0) {
      out.push(acc);
      return;
    }
    if (rest.length > 0) walk(rest.slice(1), missing, [...acc, rest[0]!]);
    if (missing > 0) for (const d of dropped) walk(rest, missing - 1, [...acc, d]);
  };
  walk(present, need - present.length, []);
  return out;
}

interface Fill {
  cp: number;
  tier: Tier;
}

/** The most plausible character a lead byte plus its surviving continuation bytes stood for. */
function bestFill(lead: number, present: readonly number[], need: number, page: CodePage, emojiContext: boolean): Fill | null {
  let best: Fill | null = null;
  let bestRank = Infinity;
  for (const continuation of completions(present, need, page.droppedBytes)) {
    const cp = decodeUtf8Char([lead, ...continuation], 0, need);
    if (cp < 0) continue;
    const tier = plausibility(cp, emojiContext);
    if (tier === Tier.Never) continue;
    const rank = COMMON_RANK.get(cp) ?? Infinity;
    if (!best || tier > best.tier || (tier === best.tier && rank < bestRank)) {
      best = { cp, tier };
      bestRank = rank;
    }
  }
  return best;
}

/**
 * Damaged sequences repeat (every `â` of a star rating), and each try decodes and classifies up to
 * 216 candidates, so answers are remembered. Keys repeat a lot in practice; the cap guards memory.
 */
const FILL_CACHE_LIMIT = 10_000;
const fillCache = new Map<string, Fill | null>();

function cachedBestFill(lead: number, present: readonly number[], need: number, page: CodePage, prev: number): Fill | null {
  // Keyed by the previous character itself, not by isEmojiContext(prev), to skip a regex per lookup.
  const key = `${page.name}:${prev}:${lead}:${present.join(",")}`;
  let fill = fillCache.get(key);
  if (fill === undefined) {
    if (fillCache.size >= FILL_CACHE_LIMIT) fillCache.clear();
    fill = bestFill(lead, present, need, page, isEmojiContext(prev));
    fillCache.set(key, fill);
  }
  return fill;
}

// ---------------------------------------------------------------------------------------------
// repairMojibake
// ---------------------------------------------------------------------------------------------

/**
 * What one run of code-page characters says about the text:
 * - proof: its bytes are UTF-8 that ordinary text would hardly contain by accident (`âœ…`, `Ã©`),
 *   or UTF-8 with dropped bytes restored to a convincing symbol (`â†` → ←);
 * - plausible: valid UTF-8, but a single odd character that real text produces too
 *   (`É”` in “CAFÉ” is U+0254); neutral, repaired only if the rest of the text is proof;
 * - guess: needed dropped bytes restored with little to go on (a lone `â`, which is usually just
 *   â); counts against, repaired only if the rest of the text is proof;
 * - bad: not UTF-8 at all (a lone `é`); counts against, never touched.
 */
type Verdict = "proof" | "plausible" | "guess" | "bad";

interface Run {
  start: number;
  end: number;
  verdict: Verdict;
  decoded: string;
}

/** Mojibake of one character is at least two; UTF-8 of a character ≥ U+0800 at least three bytes. */
function isConvincing(cps: readonly number[]): boolean {
  if (cps.length >= 2) return true;
  const cp = cps[0]!;
  // U+00A0–U+00FF comes from `Â`/`Ã` + symbol (`Ã©`, `Â°`), which real text does not contain.
  return cp >= 0x800 || (cp >= 0xa0 && cp <= 0xff);
}

/**
 * Decode the bytes of one run as UTF-8 into `cps`, restoring dropped bytes where the code page
 * allows. `cps` is the caller's scratch array, so that judging allocates nothing per run.
 */
function judgeRun(bytes: Uint8Array, length: number, page: CodePage, cps: number[]): Verdict {
  cps.length = 0;
  let filled = false;
  let guessed = false;
  let i = 0;
  while (i < length) {
    const lead = bytes[i]!;
    const need = continuationCount(lead);
    if (need < 0) return "bad";
    let have = 0;
    while (i + 1 + have < length && isContinuation(bytes[i + 1 + have]!)) have++;
    if (have > need) return "bad";
    if (have === need) {
      const cp = decodeUtf8Char(bytes, i, need);
      if (cp < 0) return "bad";
      cps.push(cp);
    } else {
      if (page.droppedBytes.length === 0) return "bad";
      const present = Array.from(bytes.subarray(i + 1, i + 1 + have));
      const fill = cachedBestFill(lead, present, need, page, cps.length > 0 ? cps[cps.length - 1]! : -1);
      // A lone lead byte keeps no evidence of its own: only a common symbol or emoji justifies it.
      if (!fill || (have === 0 && fill.tier < Tier.Pictographic)) return "bad";
      cps.push(fill.cp);
      filled = true;
      if (have === 0 || fill.tier < Tier.Pictographic) guessed = true;
    }
    i += 1 + have;
  }
  if (guessed) return "guess";
  return filled || isConvincing(cps) ? "proof" : "plausible";
}

/** [start, end) pairs of the stretches of non-ASCII text; runs never contain ASCII. */
function nonAsciiStretches(text: string): number[] {
  const stretches: number[] = [];
  const pattern = /[^\x00-\x7f]+/g; // a regex skips the ASCII in between at native speed
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    stretches.push(match.index, match.index + match[0].length);
  }
  return stretches;
}

/**
 * Split the stretches into maximal runs of characters the code page maps to bytes 0x80–0xFF
 * (characters it does not know end a run) and judge each run.
 */
function judgeRuns(text: string, stretches: readonly number[], page: CodePage): Run[] {
  const runs: Run[] = [];
  const { byteOf } = page;
  const cps: number[] = [];
  let bytes = new Uint8Array(64);
  // Plans repeat the same few runs (`âœ…` on every finished item); a run's verdict depends on
  // its characters alone, so each distinct run is judged once.
  const judged = new Map<string, { verdict: Verdict; decoded: string }>();
  for (let s = 0; s < stretches.length; s += 2) {
    const stretchEnd = stretches[s + 1]!;
    let i = stretches[s]!;
    while (i < stretchEnd) {
      if (byteOf[text.charCodeAt(i)]! < 0) {
        i++;
        continue;
      }
      const start = i;
      for (; i < stretchEnd && byteOf[text.charCodeAt(i)]! >= 0; i++);
      const chars = text.slice(start, i);
      let judgement = judged.get(chars);
      if (!judgement) {
        if (chars.length > bytes.length) bytes = new Uint8Array(2 * chars.length);
        for (let j = 0; j < chars.length; j++) bytes[j] = byteOf[chars.charCodeAt(j)]!;
        const verdict = judgeRun(bytes, chars.length, page, cps);
        judgement = { verdict, decoded: verdict === "bad" ? "" : fromCodePoints(cps) };
        judged.set(chars, judgement);
      }
      runs.push({ start, end: i, ...judgement });
    }
  }
  return runs;
}

/** `String.fromCodePoint(...cps)` in slices: spreading a huge run would overflow the call stack. */
function fromCodePoints(cps: readonly number[]): string {
  const SLICE = 4096;
  if (cps.length <= SLICE) return String.fromCodePoint(...cps);
  const parts: string[] = [];
  for (let i = 0; i < cps.length; i += SLICE) parts.push(String.fromCodePoint(...cps.slice(i, i + SLICE)));
  return parts.join("");
}

interface Tally {
  page: CodePage;
  runs: Run[];
  /** Runs that prove mojibake. */
  proof: number;
  /** Runs that speak against it (guesses and failures). */
  against: number;
  /** Characters the page would repair. Under the wrong page runs break apart or fail. */
  covered: number;
  /** Characters the repair would produce. */
  produced: number;
}

function tally(text: string, stretches: readonly number[], page: CodePage): Tally {
  const runs = judgeRuns(text, stretches, page);
  let proof = 0;
  let against = 0;
  let covered = 0;
  let produced = 0;
  for (const run of runs) {
    if (run.verdict === "proof") proof++;
    else if (run.verdict !== "plausible") against++;
    if (run.verdict !== "bad") {
      covered += run.end - run.start;
      produced += run.decoded.length;
    }
  }
  return { page, runs, proof, against, covered, produced };
}

/** A page qualifies with at least one proof run and more proof than counter-evidence. */
const qualifies = (t: Tally): boolean => t.proof > 0 && t.proof > t.against;

/**
 * Of two qualifying pages, the one that explains more of the text: the right page turns every
 * mojibake character back, the wrong one only the pieces that happen to be valid UTF-8. When
 * both explain all of it (`Û±Ä†` is valid under both), the one that makes fewer, longer UTF-8
 * sequences of it wins: one character beats a mix of two from unrelated scripts.
 */
function explainsMore(a: Tally, b: Tally): boolean {
  if (a.covered !== b.covered) return a.covered > b.covered;
  if (a.produced !== b.produced) return a.produced < b.produced;
  if (a.proof !== b.proof) return a.proof > b.proof;
  return a.against < b.against;
}

/**
 * Undo UTF-8 that was read as Windows-1252 or Mac Roman and saved again as UTF-8.
 * A code page is used when at least one of its runs is proof and proof outnumbers the runs that
 * speak against it; of two such code pages the one that explains more of the text wins. Text that
 * was fine comes back unchanged with `encoding: null`.
 */
export function repairMojibake(text: string): RepairResult {
  const stretches = nonAsciiStretches(text);
  if (stretches.length === 0) return { text, encoding: null }; // ASCII: nothing to repair

  let best: Tally | null = null;
  for (const page of CODE_PAGES) {
    const t = tally(text, stretches, page);
    if (qualifies(t) && (!best || explainsMore(t, best))) best = t;
  }
  if (!best) return { text, encoding: null };

  const parts: string[] = [];
  let last = 0;
  for (const run of best.runs) {
    if (run.verdict === "bad") continue;
    parts.push(text.slice(last, run.start), run.decoded);
    last = run.end;
  }
  parts.push(text.slice(last));
  return { text: parts.join(""), encoding: best.page.name };
}
