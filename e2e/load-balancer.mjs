// nginx in front of several app instances, for the e2e test of N instances as one
// (e2e/load-balancer.spec.ts): Debian's nginx run with its own config in a folder of its own
// (`-p`), never the system service. The proxy settings are the README's ("Several instances behind
// a load balancer"); only the `X-Upstream` header (which instance answered) is the test's.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p)) ?? null;

/** The config: round robin over `upstreams` (ports on 127.0.0.1), no stickiness, kept-alive upstream connections. */
export function nginxConfig({ dir, listen, upstreams }) {
  const temp = (name) => path.join(dir, "temp", name);
  return `
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes 1;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${temp("body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};

  upstream flightplan {
${upstreams.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 16;
    keepalive_timeout 60s;
  }

  server {
    listen 127.0.0.1:${listen};
    client_max_body_size 6m;

    location / {
      proxy_pass http://flightplan;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout;
      proxy_read_timeout 120s;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

/** Starts nginx in `dir` (emptied first); resolves once it answers on `listen`. */
export async function startNginx({ dir, listen, upstreams }) {
  if (!NGINX) throw new Error("nginx is not installed (apt-get install -y nginx)");
  rmSync(dir, { recursive: true, force: true });
  for (const t of ["body", "proxy", "fastcgi", "uwsgi", "scgi"])
    mkdirSync(path.join(dir, "temp", t), { recursive: true });
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(conf, nginxConfig({ dir, listen, upstreams }));
  const args = ["-p", dir, "-e", path.join(dir, "error.log"), "-c", conf];
  const check = spawnSync(NGINX, [...args, "-t"], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t failed: ${check.stderr}`);
  const child = spawn(NGINX, args, { stdio: "inherit" });
  await waitForPort(listen, () => child.exitCode !== null);
  return child;
}

/** Resolves when 127.0.0.1:port accepts connections; rejects after `ms` or when `gone()` says the process ended. */
export async function waitForPort(port, gone = () => false, ms = 120_000) {
  const { connect } = await import("node:net");
  const t0 = Date.now();
  for (;;) {
    const open = await new Promise((resolve) => {
      const s = connect(port, "127.0.0.1");
      s.once("connect", () => (s.end(), resolve(true)));
      s.once("error", () => resolve(false));
    });
    if (open) return;
    if (gone()) throw new Error(`the process for port ${port} ended`);
    if (Date.now() - t0 > ms) throw new Error(`nothing listens on port ${port} after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
