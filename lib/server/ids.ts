import "server-only";
import { randomFillSync } from "node:crypto";

/**
 * A UUIDv7 (RFC 9562): 48-bit millisecond timestamp + random bits. Time-ordered ids keep B-tree
 * inserts at the right edge of the index, which matters for 5,000-task imports. Imports make ids
 * in JS because task dependencies must reference tasks inserted in the same createMany.
 */
export function newId(): string {
  const bytes = nextRandom16();
  const ms = Date.now();
  bytes[0] = Math.floor(ms / 2 ** 40) & 0xff;
  bytes[1] = Math.floor(ms / 2 ** 32) & 0xff;
  bytes[2] = (ms >>> 24) & 0xff;
  bytes[3] = (ms >>> 16) & 0xff;
  bytes[4] = (ms >>> 8) & 0xff;
  bytes[5] = ms & 0xff;
  bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// One randomFillSync per 256 ids instead of one randomBytes each: an import of 100,000 items
// spent 300 ms of event loop on randomBytes alone (crypto.randomUUID pools the same way).
const POOL_IDS = 256;
const pool = Buffer.alloc(16 * POOL_IDS);
let offset = pool.length;

function nextRandom16(): Buffer {
  if (offset === pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  // A copy: the caller sets the version and time bytes on it, and the pool is refilled later.
  const bytes = Buffer.from(pool.subarray(offset, offset + 16));
  offset += 16;
  return bytes;
}
