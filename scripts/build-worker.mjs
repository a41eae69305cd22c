// Bundles the parse worker (lib/server/parsing/worker.ts: the markdown engine and the contract)
// into .build/parse-worker.mjs and the roadmap worker (lib/server/roadmap/worker.ts: the
// schedule) into .build/roadmap-worker.mjs, plain Node modules that piscina loads by absolute path. Next
// bundles server code for its own runtime; a worker thread needs a file of its own. Run by
// `npm run build`, `npm start`, `npm run dev` and the test set-ups; takes well under a second.
import path from "node:path";
import { build } from "esbuild";
import { ROOT } from "./db.mjs";

export const WORKER_OUT = path.join(ROOT, ".build", "parse-worker.mjs");
export const ROADMAP_WORKER_OUT = path.join(ROOT, ".build", "roadmap-worker.mjs");

export async function buildWorker() {
  await Promise.all([
    bundle(path.join(ROOT, "lib", "server", "parsing", "worker.ts"), WORKER_OUT),
    bundle(path.join(ROOT, "lib", "server", "roadmap", "worker.ts"), ROADMAP_WORKER_OUT),
  ]);
  return WORKER_OUT;
}

function bundle(entry, outfile) {
  return build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Production package conditions, as in the app (no development-only checks in micromark).
    conditions: ["production"],
    tsconfig: path.join(ROOT, "tsconfig.json"),
    // The worker is server code: the guard against client bundles is moot here (as in React
    // Server Components, which resolve it to this same empty module).
    alias: { "server-only": path.join(ROOT, "node_modules", "server-only", "empty.js") },
    // The worker's answers use piscina's own `move` (its symbols must be the running piscina's).
    external: ["piscina"],
    logLevel: "warning",
    legalComments: "none",
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await buildWorker();
  console.log(
    `Built the parse and roadmap workers: ${path.relative(ROOT, out)}, ${path.relative(ROOT, ROADMAP_WORKER_OUT)}`,
  );
}
