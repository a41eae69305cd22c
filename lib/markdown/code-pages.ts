import type { RepairedEncoding } from "@/lib/plan/contract";

/** The code pages whose mojibake is repaired: which byte each character of theirs stands for. */
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

export interface CodePage {
  name: RepairedEncoding;
  /** For each UTF-16 code unit: the byte 0x80–0xFF the code page decodes to it, or -1. */
  byteOf: Int16Array;
  /** Bytes that may be missing from a sequence (see CP1252_DROPPED_BYTES). */
  droppedBytes: readonly number[];
}

/** `entries` are [character, byte] pairs; all characters are in the BMP. */
function codePage(
  name: RepairedEncoding,
  entries: readonly (readonly [number, number])[],
  droppedBytes: readonly number[],
): CodePage {
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
const MAC_ROMAN = codePage(
  "mac_roman",
  MAC_ROMAN_80_FF.map((char, i) => [char, 0x80 + i] as const),
  [],
);

/** In order of preference when both would repair equally well. */
export const CODE_PAGES: readonly CodePage[] = [CP1252, MAC_ROMAN];
