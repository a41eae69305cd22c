/**
 * The contract of a plan, in one place: Plan JSON v1 (what the engine prints and the JSON export
 * writes), the API's shapes (the same plan plus database ids and versions, list rows, members,
 * tokens, edit results), the request bodies, and the live-tracking shapes. Every type is derived
 * from these schemas (z.infer); import them all from "@/lib/plan/contract".
 */
export * from "./plan";
export * from "./api";
export * from "./requests";
export * from "./live";
export * from "./tracking";
export * from "./share";
export * from "./events";
