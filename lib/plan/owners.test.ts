import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ownerMention, ownerName } from "./owners";

describe("owners", () => {
  it("shows one @ whether or not the plan wrote one", () => {
    expect(ownerMention("ana")).toBe("@ana");
    expect(ownerMention("@ana")).toBe("@ana");
    expect(ownerName("@ana")).toBe("ana");
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => !s.startsWith("@")),
        (name) => {
          expect(ownerMention(name)).toBe(`@${name}`);
          expect(ownerMention(`@${name}`)).toBe(`@${name}`);
          expect(ownerName(ownerMention(name))).toBe(name);
        },
      ),
    );
  });
});
