import "server-only";

export { decideDecision } from "./decide";
