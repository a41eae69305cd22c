import { MAX_ESTIMATE_HOURS } from "@/lib/plan/contract";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Priority, Status } from "@/lib/plan/contract";
import { parseEstimate } from "../estimate";
import { fieldKind } from "../fields";
import { priorityFromWord } from "../priority";
import { findHeadingStatus, statusFromText } from "../status";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { BUCKET_HEADING, CRITERIA_LABEL, NON_TASK_HEADING, STATUS_GROUPS, TABLE_COLUMNS, WORDS } from "./index";
import type { FieldKind, Words } from "./types";

/** Every table is data the patterns are derived from: each word must be read as what its table says. */
const languages: Array<[string, Partial<Words>]> = [
  ["en", en],
  ["de", de],
  ["es", es],
  ["fr", fr],
];

/** A phrase as a plan might write it: any case, a hyphen for a space. */
const variant = (phrase: string) =>
  fc.tuple(fc.boolean(), fc.boolean()).map(([upper, hyphen]) => {
    const t = hyphen ? phrase.replace(/ /g, "-") : phrase;
    return upper ? t.toUpperCase() : t;
  });

describe.each(languages)("the %s tables", (_name, words) => {
  it("read every priority word, in any case, as its level", () => {
    for (const level of ["P0", "P1", "P2", "P3"] as Priority[]) {
      const all = [...(words.priority?.[level] ?? []), ...(words.priorityValues?.[level] ?? [])];
      for (const w of all)
        fc.assert(
          fc.property(variant(w), (v) => priorityFromWord(v) === level),
          { numRuns: 8 },
        );
    }
  });

  it("read every status word as its status in a Status field", () => {
    for (const [status, list] of Object.entries(words.status ?? {}) as Array<[Status, string[]]>)
      for (const w of list) expect([w, statusFromText(w)]).toEqual([w, status]);
  });

  it("read every kanban heading as its column", () => {
    for (const [status, list] of Object.entries(words.statusGroups ?? {}) as Array<[Status, string[]]>)
      for (const w of list) expect([w, STATUS_GROUPS.find(([re]) => re.test(w))?.[1]]).toEqual([w, status]);
  });

  it("read every title status mark in upper case, in brackets and after a dash", () => {
    for (const [status, list] of Object.entries(words.titleStatus ?? {}) as Array<[Status, string[]]>)
      for (const w of list) {
        expect([w, findHeadingStatus(`Ship it ${w.toUpperCase()}`)]).toEqual([w, status]);
        expect([w, findHeadingStatus(`Ship it (${w})`)]).toEqual([w, status]);
        expect([w, findHeadingStatus(`Ship it — ${w}`)]).toEqual([w, status]);
      }
  });

  it("read every field name as its kind", () => {
    for (const [kind, list] of Object.entries(words.fields ?? {}) as Array<[FieldKind, string[]]>)
      for (const w of list) expect([w, fieldKind(w)]).toEqual([w, kind]);
  });

  it("read every effort unit with its hours", () => {
    const hours = { minute: 1 / 60, hour: 1, day: 8, week: 40, month: 160 } as const;
    for (const [unit, per] of Object.entries(hours))
      for (const w of words.units?.[unit as keyof typeof hours] ?? [])
        fc.assert(
          fc.property(fc.integer({ min: 1, max: 90 }), (n) => {
            // Past MAX_ESTIMATE_HOURS (63 months) a number is no estimate.
            const h = Math.round(n * per * 100) / 100;
            return h > MAX_ESTIMATE_HOURS
              ? parseEstimate(`${n} ${w}`) === null
              : parseEstimate(`${n} ${w}`)?.minHours === h;
          }),
          { numRuns: 10 },
        );
  });

  it("know their table columns, criteria labels, section names and buckets", () => {
    for (const [kind, list] of Object.entries(words.columns ?? {}))
      for (const w of list) expect([w, TABLE_COLUMNS[kind as keyof typeof TABLE_COLUMNS].test(w)]).toEqual([w, true]);
    for (const w of words.criteriaLabels ?? []) expect([w, CRITERIA_LABEL.test(w)]).toEqual([w, true]);
    for (const w of words.nonTaskHeadings ?? []) expect([w, NON_TASK_HEADING.test(w)]).toEqual([w, true]);
    for (const w of words.buckets ?? []) expect([w, BUCKET_HEADING.test(w)]).toEqual([w, true]);
  });
});

describe("the merged vocabulary", () => {
  it("holds every language's words", () => {
    expect(WORDS.status.done).toEqual(expect.arrayContaining(["done", "erledigt", "terminado", "terminé"]));
  });

  it("does not read a word of one language as something else in another", () => {
    // A word listed for two statuses (or two units) would make the result depend on rule order.
    const seen = new Map<string, string>();
    for (const [status, list] of Object.entries(WORDS.status))
      for (const w of list) {
        const had = seen.get(w);
        expect(had === undefined || had === status, `${w}: ${had} and ${status}`).toBe(true);
        seen.set(w, status);
      }
    const units = new Map<string, string>();
    for (const [unit, list] of Object.entries(WORDS.units))
      for (const w of list) {
        const had = units.get(w);
        expect(had === undefined || had === unit, `${w}: ${had} and ${unit}`).toBe(true);
        units.set(w, unit);
      }
  });
});
