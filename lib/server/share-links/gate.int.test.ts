import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { disconnect } from "@/lib/server/db/client";
import { importPlan } from "@/lib/server/plans";
import { generatePlanMarkdown } from "@/lib/server/testing/generate-plan";
import { countQueries, newOwner } from "@/lib/server/testing/helpers";
import { createShareLink, revokeShareLink } from "./manage";
import { MAX_SHARE_LINK_MISSES, shareLinkGate } from "./gate";

afterAll(async () => {
  await disconnect();
});

const address = () => `198.51.100.${randomBytes(1)[0]}-${randomBytes(4).toString("hex")}`;
const unknownToken = () => `fps_${randomBytes(32).toString("base64url")}`;

describe("shareLinkGate", () => {
  it("answers a link or a miss in one statement, and counts only misses, per client address", async () => {
    const owner = await newOwner();
    const plan = await importPlan(owner, { input: generatePlanMarkdown(2) });
    const { id, token } = await createShareLink(owner, plan.id, { label: "Board" });
    const from = address();
    const hit = await countQueries(() => shareLinkGate(token, from));
    expect(hit.result).toEqual({ found: true });
    expect(hit.queries).toHaveLength(1);
    const miss = await countQueries(() => shareLinkGate(unknownToken(), from));
    expect(miss.result).toEqual({ found: false, retryAfterSeconds: null });
    expect(miss.queries).toHaveLength(1);
    // A revoked link is a miss like any other.
    await revokeShareLink(owner, plan.id, id);
    expect(await shareLinkGate(token, from)).toEqual({ found: false, retryAfterSeconds: null });
  });

  it("refuses an address's misses past the limit with a Retry-After, whichever instance counted them", async () => {
    const from = address();
    // Two "instances" sharing nothing but the database: the count is PostgreSQL's.
    for (let i = 0; i < MAX_SHARE_LINK_MISSES - 2; i++) await shareLinkGate(unknownToken(), from);
    const rest = await Promise.all([shareLinkGate(unknownToken(), from), shareLinkGate(unknownToken(), from)]);
    expect(rest).toEqual([
      { found: false, retryAfterSeconds: null },
      { found: false, retryAfterSeconds: null },
    ]);
    const over = await shareLinkGate(unknownToken(), from);
    expect(over).toEqual({ found: false, retryAfterSeconds: expect.any(Number) });
    expect((over as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    // Another address is not held back by it.
    expect(await shareLinkGate(unknownToken(), address())).toEqual({ found: false, retryAfterSeconds: null });
  });

  it("a malformed token is a miss without touching the database", async () => {
    const { result, queries } = await countQueries(() => shareLinkGate("not-a-token", address()));
    expect(result).toEqual({ found: false, retryAfterSeconds: null });
    expect(queries).toEqual([]);
  });
});
