import { z } from "zod";

/**
 * zod 4 compiles object schemas with `new Function` when it can; to find out, it tries
 * `Function("")` on the first object parse. The pages' Content-Security-Policy forbids eval, so
 * in the browser that probe is refused and reported as a CSP violation on every page load (zod
 * then works without it anyway). `jitless` skips the probe. Browser only: the server has no CSP
 * and keeps the faster compiled parsers. Imported for its effect by the modules whose schemas
 * the browser parses with (lib/validations/*), before they build a schema: importing it from
 * the root layout instead put zod (~31 kB gzipped) into the first load of every page.
 */
if (typeof window !== "undefined") z.config({ jitless: true });
