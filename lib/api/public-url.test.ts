import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { publicOrigin } from "./public-url";

const request = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/invites", { method: "POST", headers });

afterEach(() => {
  delete process.env.APP_URL;
  resetEnvCache();
});

describe("publicOrigin (invite links)", () => {
  it("is APP_URL's origin when configured, whatever the request's host", () => {
    process.env.APP_URL = "https://plans.example.com/some/path";
    resetEnvCache();
    expect(publicOrigin(request({ host: "10.0.0.7:3000" }))).toBe("https://plans.example.com");
  });

  it("falls back to the host the request came to, not the address the server listens on", () => {
    expect(publicOrigin(request({ host: "plans.internal:8080" }))).toBe("http://plans.internal:8080");
    expect(
      publicOrigin(
        request({ host: "127.0.0.1:3000", "x-forwarded-host": "plans.example.org", "x-forwarded-proto": "https" }),
      ),
    ).toBe("https://plans.example.org");
  });

  it("ignores a Host header that is no host name", () => {
    expect(publicOrigin(request({ host: "evil.example/path?x" }))).toBe("http://localhost:3000");
  });
});
