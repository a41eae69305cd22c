import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { DRAIN_EVENT, manageConnections, serverTimeouts } from "./server-lifecycle.mjs";

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

function get(port: number, path: string, agent?: http.Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get({ port, host: "127.0.0.1", path, agent }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
      .on("error", reject);
  });
}

const servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) (s.closeAllConnections(), s.close());
});

/** A plain node:http server whose `/slow` answers after 300 ms, managed as scripts/server.mjs manages Next's. */
async function start(env: Record<string, string> = {}) {
  const server = http.createServer((req, res) => {
    if (req.url === "/slow") setTimeout(() => res.end("slow"), 300);
    else res.end("ok");
  });
  servers.push(server);
  const lifecycle = manageConnections(server, serverTimeouts(env));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port, ...lifecycle };
}

describe("serverTimeouts", () => {
  it("keeps idle connections 65 s and reads headers for 66 s by default, above a balancer's 60 s", () => {
    expect(serverTimeouts({})).toEqual({
      keepAliveTimeoutMs: 65_000,
      headersTimeoutMs: 66_000,
      shutdownGraceMs: 10_000,
    });
    expect(serverTimeouts({ KEEP_ALIVE_TIMEOUT_MS: "125000" })).toMatchObject({ headersTimeoutMs: 126_000 });
    expect(serverTimeouts({ SHUTDOWN_GRACE_MS: "0" }).shutdownGraceMs).toBe(0);
  });

  it("refuses values that are no number or would let the headers timeout cut a kept-alive request", () => {
    expect(() => serverTimeouts({ KEEP_ALIVE_TIMEOUT_MS: "65s" })).toThrow(/KEEP_ALIVE_TIMEOUT_MS must be/);
    expect(() => serverTimeouts({ KEEP_ALIVE_TIMEOUT_MS: "70000", HEADERS_TIMEOUT_MS: "60000" })).toThrow(
      /HEADERS_TIMEOUT_MS \(60000\) must be above KEEP_ALIVE_TIMEOUT_MS \(70000\)/,
    );
  });
});

describe("manageConnections", () => {
  it("tells clients the keep-alive timeout", async () => {
    const { port } = await start({ KEEP_ALIVE_TIMEOUT_MS: "61000" });
    const agent = new http.Agent({ keepAlive: true });
    const res = await get(port, "/", agent);
    agent.destroy();
    expect(res.headers["keep-alive"]).toBe("timeout=61");
  });

  it("stops gracefully: the answer in flight completes with Connection: close, new connections are refused, streams are told", async () => {
    const { port, stop } = await start();
    let drained = 0;
    const onDrain = () => drained++;
    process.on(DRAIN_EVENT, onDrain);
    try {
      const agent = new http.Agent({ keepAlive: true });
      await get(port, "/", agent); // an idle kept-alive connection, closed by the stop
      const slow = get(port, "/slow", agent);
      await new Promise((r) => setTimeout(r, 50));
      const stopped = stop();
      expect(drained).toBe(1);
      const answer = await slow;
      expect(answer).toMatchObject({ status: 200, body: "slow" });
      expect(answer.headers.connection).toBe("close");
      await expect(get(port, "/")).rejects.toMatchObject({ code: "ECONNREFUSED" });
      expect(await stopped).toBe(0);
      agent.destroy();
    } finally {
      process.off(DRAIN_EVENT, onDrain);
    }
  });
});
