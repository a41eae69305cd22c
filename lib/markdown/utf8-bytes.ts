/** UTF-8 byte sequences, for the decoder's error offsets and the mojibake repair. */

// ---------------------------------------------------------------------------------------------
// UTF-8 sequences
// ---------------------------------------------------------------------------------------------

/** Continuation bytes a lead byte announces, or -1 for bytes that cannot start a sequence. */
export function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return -1; // ASCII is handled by callers; 0x80–0xC1 and 0xF5–0xFF never lead
}

export const isContinuation = (b: number): boolean => (b & 0xc0) === 0x80;

const SMALLEST_FOR_LENGTH = [0, 0x80, 0x800, 0x10000] as const;

/**
 * The code point of the sequence at `start` with `need` continuation bytes, or -1 when it is not
 * valid UTF-8: a missing or wrong continuation, an overlong form, a surrogate, or beyond U+10FFFF.
 */
export function decodeUtf8Char(bytes: ArrayLike<number>, start: number, need: number): number {
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
