// Vitest global set-up of the integration tests: bundle the parse worker the pool loads.
import { buildWorker } from "../../../scripts/build-worker.mjs";

export default async function setup(): Promise<void> {
  await buildWorker();
}
