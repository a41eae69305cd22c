// Public surface of the markdown plan engine. Pure: nothing here imports Next, Prisma or React.
export { parsePlan, type ParsedPlan, type ParseOptions } from "./parse-plan";
export { writeBack } from "./write-back";
export { renderCanonical } from "./canonical";
export { summarizePlan } from "./summary";
export { decodePlanInput, repairMojibake, MAX_PLAN_BYTES } from "./encoding";
export { PlanInputError, type PlanInputErrorCode } from "./errors";
