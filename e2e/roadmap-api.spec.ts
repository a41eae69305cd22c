import { request as httpRequest } from "node:http";
import { brotliDecompressSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { createTokenViaApi, engineView, importViaApi, signUp } from "./helpers";

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A plain node:http GET: no Accept-Encoding unless given (what curl sends), nothing decoded. */
function get(url: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("the roadmap API: packed JSON, 304 by ETag, the same ETag on a second instance", async ({ page, baseURL }) => {
  await signUp(page, { name: "Ada API" });
  const name = "app-v2-readiness-plan.md";
  const planId = await importViaApi(page.request, name);
  const token = await createTokenViaApi(page.request);
  const auth = { authorization: `Bearer ${token}` };
  const url = `${baseURL}/api/plans/${planId}/roadmap`;

  const plain = await get(url, auth);
  expect(plain.status).toBe(200);
  expect(plain.headers["content-type"]).toContain("application/json");
  expect(plain.headers["content-encoding"]).toBeUndefined();
  const body = JSON.parse(plain.body.toString("utf8"));
  const { plan } = engineView(name);
  expect(body.format).toBe("flightplan.roadmap/v2");
  expect(body.roadmap.phases.map((p: { title: string }) => p.title)).toEqual(plan.phases.map((p) => p.title));
  expect(body.roadmap.tasks.title).toEqual(plan.phases.flatMap((p) => p.tasks.map((t) => t.title)));
  expect(body.roadmap.criticalPath.every((id: string) => body.roadmap.tasks.id.includes(id))).toBe(true);

  // A client that offers compression gets the same bytes compressed (once per ETag), labelled as such.
  const offered = await get(url, { ...auth, "accept-encoding": "gzip, deflate, br" });
  expect(offered.headers["content-encoding"]).toBe("br");
  expect(offered.headers.etag).toBe(plain.headers.etag);
  expect(brotliDecompressSync(offered.body).equals(plain.body)).toBe(true);

  const etag = String(plain.headers.etag);
  const again = await get(url, { ...auth, "if-none-match": etag });
  expect(again.status).toBe(304);
  expect(again.body.byteLength).toBe(0);

  const baseB = process.env.E2E_BASE_URL_B;
  if (baseB) {
    const other = await get(`${baseB}/api/plans/${planId}/roadmap`, { ...auth, "if-none-match": etag });
    expect(other.status).toBe(304);
  }

  // A settings change is a new version: the old ETag no longer matches.
  expect((await page.request.patch(`/api/plans/${planId}/roadmap`, { data: { hoursPerWeek: 9 } })).status()).toBe(200);
  const changed = await get(url, { ...auth, "if-none-match": etag });
  expect(changed.status).toBe(200);
  expect(changed.headers.etag).not.toBe(etag);
  expect(JSON.parse(changed.body.toString("utf8")).settings.hoursPerWeek).toBe(9);
});
