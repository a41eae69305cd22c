// Public surface of the markdown plan engine. Pure: nothing here imports Next, Prisma or React.
export { parsePlan, type ParsedPlan, type ParseOptions } from "./parse-plan";
export { writeBack, writeBackBytes } from "./write-back";
export { renderCanonical } from "./canonical";
export { summarizePlan } from "./summary";
export { decodePlanInput, encodePlanText, repairMojibake, MAX_PLAN_BYTES, type SourceEncoding } from "./encoding";
export { PlanInputError, type PlanInputErrorCode } from "./errors";
export { ENGINE_VERSION, restoreSource, storeSource, type StoredSource } from "./stored-source";
