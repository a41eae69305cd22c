import "server-only";

export { recordMeasurement, recordMeasurements } from "./measurements";
