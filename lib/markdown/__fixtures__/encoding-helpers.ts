/** Shared by the encoding and mojibake tests: fixture bytes, encoders, error helpers and mojibake oracles. */
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { decodePlanInput } from "../encoding";
import { PlanInputError, type PlanInputErrorCode } from "../errors";

export const PLANS = new URL("../../../fixtures/plans/", import.meta.url);
export const readPlan = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`${name}.md`, PLANS)));
export const expectedEncoding = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`${name}.expected.json`, PLANS), "utf8")).repairedEncoding;

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
export const concat = (...parts: ArrayLike<number>[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
export const utf16 = (s: string, littleEndian: boolean): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < s.length; i++) view.setUint16(2 * i, s.charCodeAt(i), littleEndian);
  return out;
};

export function errorOf(fn: () => unknown): PlanInputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PlanInputError) return e;
    throw e;
  }
  throw new Error("expected a PlanInputError");
}

export function expectError(input: string | Uint8Array, code: PlanInputErrorCode): PlanInputError {
  const error = errorOf(() => decodePlanInput(input));
  expect(error.code).toBe(code);
  expect(error.message).not.toContain("\n");
  expect(error.message.length).toBeGreaterThan(20);
  return error;
}

// ---- Mojibake oracles, written independently of the tables in encoding.ts ----------------------

/** Windows-1252 0x80–0x9F; undefined bytes as C1 controls (how WHATWG decoders keep them). */
export const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
export const CP1252_UNDEFINED = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
export const MAC_ROMAN = new TextDecoder("macintosh"); // the WHATWG x-mac-roman decoder

/** UTF-8 read as Windows-1252 and saved again; `drop` also loses the undefined bytes. */
export function cp1252Mojibake(s: string, { drop = false } = {}): string {
  let out = "";
  for (const b of utf8(s)) {
    if (b < 0x80 || b >= 0xa0) out += String.fromCharCode(b);
    else if (!(drop && CP1252_UNDEFINED.includes(b))) out += CP1252_HIGH[b - 0x80];
  }
  return out;
}

export const macRomanMojibake = (s: string): string => MAC_ROMAN.decode(utf8(s));

/** Whether all of `mojibake` reads back as UTF-8 under cp1252, i.e. it could be cp1252 mojibake too. */
export function readsAsCp1252Mojibake(mojibake: string): boolean {
  const bytes: number[] = [];
  for (const char of mojibake) {
    const code = char.codePointAt(0)!;
    const high = CP1252_HIGH.indexOf(char);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else if (high >= 0) bytes.push(0x80 + high);
    else return false;
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bytes));
    return true;
  } catch {
    return false;
  }
}

/** Every character either code page decodes a byte 0x80–0xFF to. */
export const CODE_PAGE_CHARS = new Set([
  ...CP1252_HIGH,
  ...Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i)),
  ...MAC_ROMAN.decode(Uint8Array.from({ length: 0x80 }, (_, i) => 0x80 + i)),
]);

export const MOJIBAKE_MARKERS = ["ðŸ", "â€", "âœ", "Ã", "Â", "\uF8FF", "\u00AD"];

