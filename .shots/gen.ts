import { writeFileSync } from "node:fs";
import { generatePlan } from "../bench/generate-plan";
writeFileSync("/tmp/roadmap-5000.md", generatePlan({ tasks: 5000 }));
