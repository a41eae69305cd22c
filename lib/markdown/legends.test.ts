import { describe, expect, it } from "vitest";
import { parseDependencies, splitInlineDependency } from "./dependencies";
import { legendStatus, parsePointLegend, parseStatusLegend } from "./legends";

describe("a plan's own legends", () => {
  it("reads status emoji from a legend line or row", () => {
    expect(
      parseStatusLegend("Status legend: 🟢 done · 🟡 in progress · 🔴 blocked · ⚪ not started · ⏸ deferred"),
    ).toEqual([
      ["🟢", "done"],
      ["🟡", "in_progress"],
      ["🔴", "blocked"],
      ["⚪", "todo"],
      ["⏸", "deferred"],
    ]);
    expect(parseStatusLegend("🧱 | blocked")).toEqual([["🧱", "blocked"]]);
    // A sentence that mentions a status is no legend entry.
    expect(parseStatusLegend("🚀 We are done with the launch prep and moving on to billing")).toEqual([]);
    const legend = new Map(parseStatusLegend("🟢 done, 🔴 blocked"));
    expect(legendStatus("🔴", legend)).toBe("blocked");
    expect(legendStatus("🟡", legend)).toBeNull();
  });

  it("reads hours per story point", () => {
    expect(parsePointLegend("1 SP ≈ 6 h")).toBe(6);
    expect(parsePointLegend("Points: 1 point = 4 hours.")).toBe(4);
    expect(parsePointLegend("2 points = 1 day")).toBe(4);
    expect(parsePointLegend("We scored 3 points in the retro")).toBeNull();
  });
});

describe("dependencies", () => {
  it("reads inline dependency phrases and takes them out of the title", () => {
    expect(splitInlineDependency("Move secrets to the vault — depends on OPS-3, OPS-7")).toEqual({
      rest: "Move secrets to the vault",
      dependsOn: ["OPS-3", "OPS-7"],
      blocked: false,
    });
    expect(splitInlineDependency("Switch readers (needs 6.2)")).toEqual({
      rest: "Switch readers",
      dependsOn: ["6.2"],
      blocked: false,
    });
    expect(splitInlineDependency("Sign artefacts — blocked by the vendor contract")).toEqual({
      rest: "Sign artefacts",
      dependsOn: ["the vendor contract"],
      blocked: true,
    });
    expect(splitInlineDependency("Login needs a captcha")).toBeNull();
  });

  it("reads a dash, None and task words of every language as what they mean", () => {
    for (const none of ["—", "-", "None", "n/a", "keine", "ninguna", "aucune"])
      expect([none, parseDependencies(none)]).toEqual([none, []]);
    expect(parseDependencies("Aufgabe 1.1")).toEqual(["1.1"]);
    expect(parseDependencies("Tâches 2.1-2.3")).toEqual(["2.1", "2.2", "2.3"]);
    expect(parseDependencies("#57")).toEqual(["57"]);
  });
});
