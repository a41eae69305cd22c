// Preloaded into the Prisma CLI (node --require). Prisma 6's WebAssembly schema engine leaves
// 10 s / 60 s timers pending after it has finished, which keeps the CLI alive for up to a minute;
// unref long timers so the process exits when its real work is done.
const originalSetTimeout = global.setTimeout;
global.setTimeout = function (fn, ms, ...args) {
  const timer = originalSetTimeout.call(this, fn, ms, ...args);
  if (ms >= 10000 && timer && typeof timer.unref === "function") timer.unref();
  return timer;
};
