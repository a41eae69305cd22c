import { describe, expect, it } from "vitest";
import { MAX_PLAN_BYTES, decodePlanInput, repairMojibake } from "./encoding";
import {
  readPlan,
  expectedEncoding,
  utf8,
  concat,
  utf16,
  expectError,
  MOJIBAKE_MARKERS,
} from "./__fixtures__/encoding-helpers";

// ---- Fixtures -----------------------------------------------------------------------------------

describe("fixture plans", () => {
  const lines = (name: string): string[] => decodePlanInput(readPlan(name)).text.split("\n");

  it.each([
    ["ancestry-remaining-items", "mac_roman"],
    ["app-v2-readiness-plan", "cp1252"],
    ["dsa110-roadmap", "cp1252"],
    ["leadscout-backlog", "cp1252"],
    ["extraction-api-todo", null],
  ])("%s is repaired from %s", (name, encoding) => {
    const result = decodePlanInput(readPlan(name));
    expect(result.repairedEncoding).toBe(encoding);
    expect(result.repairedEncoding).toBe(expectedEncoding(name));
    expect(result).toMatchObject({ bom: false, sourceEncoding: "utf-8" });
    for (const marker of MOJIBAKE_MARKERS) expect(result.text).not.toContain(marker);
    // The repaired text is good text: a second pass leaves it alone.
    expect(repairMojibake(result.text)).toEqual({ text: result.text, encoding: null });
    // Pasting the same text gives the same result.
    expect(decodePlanInput(new TextDecoder().decode(readPlan(name)))).toEqual(result);
  });

  it("leaves the plain ASCII plan untouched", () => {
    const bytes = readPlan("extraction-api-todo");
    expect(decodePlanInput(bytes).text).toBe(new TextDecoder().decode(bytes));
  });

  it("only changes the mojibake, never the line structure", () => {
    for (const name of ["ancestry-remaining-items", "app-v2-readiness-plan", "dsa110-roadmap", "leadscout-backlog"]) {
      const original = new TextDecoder().decode(readPlan(name)).split("\n");
      const repaired = lines(name);
      expect(repaired).toHaveLength(original.length);
      repaired.forEach((line, i) => {
        if (!/[^\x00-\x7f]/.test(original[i]!)) expect(line).toBe(original[i]);
      });
    }
  });

  it("app-v2-readiness-plan: stars, emoji with dropped bytes, ZWJ sequences, arrows, box drawing", () => {
    const l = lines("app-v2-readiness-plan");
    // ⭐ is E2 AD 90: the soft hyphen and the undefined 0x90 were both lost, leaving a lone `â`.
    expect(l[14]).toBe("| Architecture | ⭐⭐⭐⭐ | Excellent |");
    expect(l[15]).toBe("| Code Quality | ⭐⭐⭐ | Good with gaps |");
    expect(l[16]).toBe("| **Testing** | ⭐ | **CRITICAL - Zero tests** |");
    expect(l[100]).toBe("## ⚠️ High Priority Issues (P1)");
    expect(l[816]).toBe("## 📝 Notes & Observations"); // F0 9F 93 9D lost its 0x9D
    expect(l[853]).toBe("- **Redis** (scalable, 6h, multi-process/node) ← **RECOMMENDED**"); // ← lost 0x90
    expect(l[943]).toBe("## 🕵️‍♂️ APP_V2 PHASE 1 AUDIT REPORT"); // VS16 and ZWJ lost 0x8F and 0x8D
    expect(l.join("\n")).toContain("❌"); // E2 9D 8C lost the 0x9D in the middle
    const text = l.join("\n");
    for (const s of ["├──", "└──", "│", "→", "✅", "📊", "🎯", "🚨", "📅", "🔄", "📞", "📦", "🚀", "🟢", "🟡"]) {
      expect(text).toContain(s);
    }
  });

  it("leadscout-backlog: emoji headings", () => {
    const l = lines("leadscout-backlog");
    expect(l[6]).toContain("📋");
    expect(l[6]).toBe("## 📋 **BACKLOG TASKS FROM REVIEW TEAM FEEDBACK**");
    const text = l.join("\n");
    for (const s of ["🚨", "🔧", "🧪", "🔒", "📊", "🎯", "✅"]) expect(text).toContain(s);
  });

  it("dsa110-roadmap: × from Ã—, ⏳ with its middle byte dropped, coloured circles", () => {
    const text = lines("dsa110-roadmap").join("\n");
    expect(text).toContain("3-4 days × 1 developer");
    expect(text).toContain("2. ⏳ Assign P0 work");
    for (const s of ["🔴", "🟠", "🟡", "🟢", "✅"]) expect(text).toContain(s);
  });

  it("ancestry-remaining-items: Mac Roman, including the Apple logo for 0xF0", () => {
    const l = lines("ancestry-remaining-items");
    expect(l[5]!.startsWith("- 🔴 **HIGH**")).toBe(true);
    const text = l.join("\n");
    for (const s of ["🟠", "🟢", "✅", "⚠️"]) expect(text).toContain(s);
  });
});

// ---- Decoding -----------------------------------------------------------------------------------

describe("decodePlanInput", () => {
  const plan = "# Plan\r\n\r\n- [ ] Ship it ✅ café 日本語\r\n";

  it("decodes UTF-8 without BOM", () => {
    expect(decodePlanInput(utf8(plan))).toEqual({
      text: plan,
      bom: false,
      repairedEncoding: null,
      sourceEncoding: "utf-8",
    });
  });

  it("strips a UTF-8 BOM and records it", () => {
    const result = decodePlanInput(concat([0xef, 0xbb, 0xbf], utf8(plan)));
    expect(result).toMatchObject({ text: plan, bom: true, sourceEncoding: "utf-8" });
    expect(result.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it("treats a leading U+FEFF in a string as a BOM", () => {
    expect(decodePlanInput(`\uFEFF${plan}`)).toMatchObject({ text: plan, bom: true, sourceEncoding: "utf-8" });
    expect(decodePlanInput(plan)).toMatchObject({ text: plan, bom: false });
  });

  it("decodes UTF-16 LE and BE with BOM", () => {
    expect(decodePlanInput(concat([0xff, 0xfe], utf16(plan, true)))).toEqual({
      text: plan,
      bom: true,
      repairedEncoding: null,
      sourceEncoding: "utf-16le",
    });
    expect(decodePlanInput(concat([0xfe, 0xff], utf16(plan, false)))).toEqual({
      text: plan,
      bom: true,
      repairedEncoding: null,
      sourceEncoding: "utf-16be",
    });
  });

  it("detects UTF-16 without BOM from the zero bytes of ASCII-heavy text", () => {
    expect(decodePlanInput(utf16(plan, true))).toMatchObject({ text: plan, bom: false, sourceEncoding: "utf-16le" });
    expect(decodePlanInput(utf16(plan, false))).toMatchObject({ text: plan, bom: false, sourceEncoding: "utf-16be" });
  });

  it("preserves CRLF, also in repaired text", () => {
    const crlf = "# Plan\r\n- âœ… Done\r\n- ðŸ“‹ Todo\r\n";
    const result = decodePlanInput(utf8(crlf));
    expect(result.text).toBe("# Plan\r\n- ✅ Done\r\n- 📋 Todo\r\n");
    expect(result.repairedEncoding).toBe("cp1252");
  });

  it("repairs mojibake in UTF-16 input too", () => {
    const result = decodePlanInput(concat([0xff, 0xfe], utf16("## âš\u00A0ï¸ Risks\n", true)));
    expect(result).toMatchObject({ text: "## ⚠️ Risks\n", repairedEncoding: "cp1252", sourceEncoding: "utf-16le" });
  });

  it("accepts exactly MAX_PLAN_BYTES", () => {
    const bytes = new Uint8Array(MAX_PLAN_BYTES).fill(0x61);
    expect(decodePlanInput(bytes).text).toHaveLength(MAX_PLAN_BYTES);
  });

  it("handles a 1 MB plan full of mojibake", () => {
    const page = new TextDecoder().decode(readPlan("app-v2-readiness-plan"));
    const repairedPage = decodePlanInput(page).text;
    const copies = Math.ceil((1024 * 1024) / page.length);
    const result = decodePlanInput(utf8(page.repeat(copies)));
    expect(result.repairedEncoding).toBe("cp1252");
    expect(result.text).toBe(repairedPage.repeat(copies));
  });

  it("handles a long unbroken run of code-page characters", () => {
    const text = `# Plan\n${"Ã©".repeat(200_000)}\n`;
    expect(decodePlanInput(text)).toMatchObject({
      text: `# Plan\n${"é".repeat(200_000)}\n`,
      repairedEncoding: "cp1252",
    });
  });
});

describe("decodePlanInput errors", () => {
  it("empty: zero bytes or an empty string", () => {
    expectError(new Uint8Array(0), "empty");
    expectError("", "empty");
  });

  it("empty: only whitespace, with or without BOM", () => {
    expectError(utf8("  \n\t\r\n  "), "empty");
    expectError(concat([0xef, 0xbb, 0xbf], utf8("\n\n")), "empty");
    expectError(concat([0xff, 0xfe], utf16(" \r\n", true)), "empty");
    expectError("\uFEFF \n", "empty");
  });

  it("binary: NUL bytes in UTF-8", () => {
    expectError(utf8("# Plan\n\0\0\0 more text here\n"), "binary");
    expectError("# Plan\n\0 pasted\n", "binary");
  });

  it("binary: random bytes", () => {
    let seed = 42;
    const random = new Uint8Array(8192).map(() => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 24;
    });
    expectError(random, "binary");
    // Even without a single NUL, the control characters give it away.
    expectError(
      random.map((b) => b || 1),
      "binary",
    );
  });

  it("binary: a notable share of control characters", () => {
    expectError(utf8(`# Plan\n${"\x01\x02\x1b\x7f".repeat(20)}${"text ".repeat(100)}`), "binary");
    // A stray escape or form feed in a large plan is fine.
    expect(decodePlanInput(utf8(`# Plan\n\x1b[0m\f${"text ".repeat(100)}`)).text).toContain("\x1b[0m");
  });

  it("bad_encoding: Latin-1 bytes, with the offset of the first bad byte", () => {
    const latin1 = new Uint8Array([...utf8("# Caf"), 0xe9, ...utf8(" na"), 0xef, ...utf8("ve\n")]);
    const error = expectError(latin1, "bad_encoding");
    expect(error.message).toContain("offset 5");
    expect(error.message).toContain("0xE9");
    expect(error.message).toContain("UTF-8");
  });

  it("bad_encoding: the offset counts the BOM", () => {
    const error = expectError(concat([0xef, 0xbb, 0xbf], utf8("ok "), [0xff]), "bad_encoding");
    expect(error.message).toContain("offset 6");
  });

  it("bad_encoding: truncated or overlong UTF-8 sequences", () => {
    expect(expectError(concat(utf8("ok "), [0xe2, 0x9c]), "bad_encoding").message).toContain("offset 3");
    expect(expectError(concat(utf8("ok "), [0xc0, 0xaf]), "bad_encoding").message).toContain("offset 3");
    expect(expectError(concat(utf8("ok "), [0xed, 0xa0, 0x80]), "bad_encoding").message).toContain("offset 3");
  });

  it("bad_encoding: broken UTF-16", () => {
    expectError(concat([0xff, 0xfe], utf16("ab", true), [0x00, 0xd8]), "bad_encoding");
  });

  it("too_large: 5 MB + 1 byte, before decoding", () => {
    // Invalid UTF-8 would be a bad_encoding; the size must be checked first.
    const bytes = new Uint8Array(MAX_PLAN_BYTES + 1).fill(0xff);
    expect(expectError(bytes, "too_large").message).toContain("5 MB");
    expectError("a".repeat(MAX_PLAN_BYTES + 1), "too_large");
    // Counted in UTF-8 bytes, not UTF-16 units: 2 MB of é is 4 MB, 2 MB of ✅ is 6 MB.
    expect(decodePlanInput("é".repeat(2 * 1024 * 1024)).text).toHaveLength(2 * 1024 * 1024);
    expectError("✅".repeat(2 * 1024 * 1024), "too_large");
  });
});
