/**
 * Undoing "mojibake": UTF-8 that some tool read as Windows-1252 or Mac Roman and saved again as
 * UTF-8 (`ðŸ“‹` for 📋). Repaired run by run, including bytes a broken tool dropped; text that
 * was fine is never touched. Pure and linear.
 */
import type { RepairedEncoding } from "@/lib/plan/contract";
import { CODE_PAGES, type CodePage } from "./code-pages";
import { continuationCount, decodeUtf8Char, isContinuation } from "./utf8-bytes";

export interface RepairResult {
  text: string;
  encoding: RepairedEncoding | null;
}

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
function bestFill(
  lead: number,
  present: readonly number[],
  need: number,
  page: CodePage,
  emojiContext: boolean,
): Fill | null {
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

function cachedBestFill(
  lead: number,
  present: readonly number[],
  need: number,
  page: CodePage,
  prev: number,
): Fill | null {
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
