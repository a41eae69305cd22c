/**
 * A large synthetic production-readiness plan in the styles of fixtures/plans/*.md, for the
 * import benchmark: `generatePlan({ tasks: 5000 })` is about 1 MB with 5,000 tasks.
 *
 * Deterministic (no randomness), so that runs compare. The tasks are spread over:
 *  - phases `## Phase N: Title (Week N)` with `### Task N.M: Title` heading tasks carrying bold
 *    fields (`**Effort:** 3-4 hours`, `**Dependencies:** Task N.(M-1)`, `**Owner:**`,
 *    `**Status:**`), an action-item checklist and a `**Success Criteria:**` list (app-v2 style);
 *  - priority groups `### 🔴 P0: Critical (Do First)` with `#### N. Title` tasks, `**Status:**`,
 *    `**Timeline:**` and `**Action Items:**` (dsa110 style);
 *  - a backlog table `| ID | Task | Priority | Estimate | Owner | Status |` (one row per task);
 * followed by decisions (`### Decision N:` with checkbox options), success metrics and a
 * production checklist.
 */

export interface GeneratePlanOptions {
  /** Number of tasks in the plan (all styles together). */
  tasks: number;
}

const VERBS = [
  "Add",
  "Harden",
  "Migrate",
  "Document",
  "Refactor",
  "Instrument",
  "Cache",
  "Validate",
  "Split",
  "Benchmark",
];
const NOUNS = [
  "rate limiter",
  "session store",
  "billing webhooks",
  "search index",
  "upload pipeline",
  "audit log",
  "tenant isolation",
  "retry policy",
  "health checks",
  "connection pool",
  "feature flags",
  "email queue",
  "report export",
  "schema migrations",
];
const OWNERS = ["Ana", "Bo Chen", "Dana Reyes", "Kim", "Priya Natarajan", "TBD"];
const STATUSES = ["Not started", "In progress", "✅ Completed", "Blocked", "Not started", "Deferred"];
const PRIORITY_GROUPS = [
  ["🔴", "P0: Critical (Do First)"],
  ["🟠", "P1: High Priority (Next 2 Weeks)"],
  ["🟡", "P2: Medium Priority (Next Month)"],
  ["🟢", "P3: Nice to Have (Future)"],
] as const;

const title = (i: number) => `${VERBS[i % VERBS.length]} ${NOUNS[(i * 7) % NOUNS.length]} ${Math.floor(i / 70) + 1}`;
const hours = (i: number) => {
  const lo = 1 + (i % 6);
  return `${lo}-${lo + 1 + (i % 3)} hours`;
};

export function generatePlan({ tasks }: GeneratePlanOptions): string {
  const n = Math.max(0, Math.floor(tasks));
  // 60% heading tasks in phases, 20% in priority groups, 20% table rows.
  const headingTasks = Math.round(n * 0.6);
  const groupTasks = Math.round(n * 0.2);
  const tableTasks = n - headingTasks - groupTasks;
  const out: string[] = [];
  const push = (...lines: string[]) => {
    for (const l of lines) out.push(l);
  };

  push(
    `# Production Readiness Plan - Generated (${n} tasks)`,
    "",
    "**Date:** 2026-01-15  ",
    "**Status:** AUDIT COMPLETE - Action Plan Ready  ",
    "**Target Deployment:** Q2 2026",
    "",
    "---",
    "",
    "## Priority Legend",
    "- 🔴 **HIGH** - Must be addressed before production deployment",
    "- 🟠 **MEDIUM** - Should be addressed for code quality",
    "- 🟢 **LOW** - Nice-to-have improvements",
    "",
    "---",
    "",
  );

  // ---- phases with `### Task N.M:` heading tasks ----------------------------------------------
  const perPhase = 25;
  for (let t = 0; t < headingTasks; t++) {
    const phase = Math.floor(t / perPhase) + 1;
    const m = (t % perPhase) + 1;
    if (m === 1) {
      push(
        `## Phase ${phase}: Workstream ${phase} (Week ${phase})`,
        "",
        `**Goal:** Ship workstream ${phase} safely.`,
        "",
      );
    }
    push(
      `### Task ${phase}.${m}: ${title(t)}`,
      "",
      `**Priority:** P${t % 4}  `,
      `**Effort:** ${hours(t)}  `,
      `**Owner:** ${OWNERS[t % OWNERS.length]}  `,
      `**Status:** ${STATUSES[t % STATUSES.length]}  `,
      `**Dependencies:** ${m > 1 ? `Task ${phase}.${m - 1}` : "None"}`,
      "",
      `- [${t % 3 === 0 ? "x" : " "}] Implement \`src/${phase}/${m}.ts\``,
      `- [ ] Add tests for ${phase}.${m}`,
      "",
      "**Success Criteria:**",
      `- [ ] p95 under ${100 + (t % 5) * 50}ms`,
      "",
    );
  }

  // ---- priority groups with `#### N. Title` tasks ---------------------------------------------
  if (groupTasks) push("---", "", "## Priority Queue", "");
  const perGroup = Math.ceil(groupTasks / PRIORITY_GROUPS.length);
  for (let g = 0, k = 0; g < PRIORITY_GROUPS.length && k < groupTasks; g++) {
    const [dot, name] = PRIORITY_GROUPS[g]!;
    push(`### ${dot} ${name}`, "");
    for (let j = 0; j < perGroup && k < groupTasks; j++, k++) {
      push(
        `#### ${k + 1}. ${title(k + 3)}`,
        "",
        `**Status:** ${STATUSES[(k + 1) % STATUSES.length]}  `,
        `**Timeline:** ${1 + (k % 4)} days  `,
        `**Owner:** ${OWNERS[(k + 2) % OWNERS.length]}`,
        "",
        "**Action Items:**",
        "",
        `- [ ] Scope ${k + 1}`,
        `- [${k % 4 === 0 ? "x" : " "}] Ship ${k + 1}`,
        "",
      );
    }
  }

  // ---- a backlog table, one task per row ------------------------------------------------------
  if (tableTasks) {
    push(
      "---",
      "",
      "## Backlog",
      "",
      "| ID | Task | Priority | Estimate | Owner | Status |",
      "|----|------|----------|----------|-------|--------|",
    );
    for (let r = 0; r < tableTasks; r++) {
      push(
        `| BL-${r + 1} | ${title(r + 11)} | P${(r + 1) % 4} | ${1 + (r % 5)}h | ${OWNERS[r % OWNERS.length]} | ${STATUSES[(r + 2) % STATUSES.length]} |`,
      );
    }
    push("");
  }

  // ---- decisions, metrics, checklist ----------------------------------------------------------
  push("---", "", "## Decisions", "");
  for (let d = 1; d <= 5; d++) {
    push(
      `### Decision ${d}: ${title(d * 13)} approach`,
      "",
      `**Required by:** Week ${d + 1}`,
      "",
      `- [ ] Option A: in-process ${NOUNS[d % NOUNS.length]} (recommended)`,
      `- [${d % 2 ? "x" : " "}] Option B: managed service`,
      "- [ ] Option C: defer",
      "",
    );
  }
  push(
    "## Success Metrics",
    "",
    "- p95 response time for GET endpoints: < 100ms",
    "- Test coverage: >= 80%",
    "- Error rate under load: < 0.5%",
    "- Sustained throughput: 1000+ req/s",
    "",
    "## Production Checklist",
    "",
    "- [ ] Set strong `API_KEY`",
    "- [ ] Enable HTTPS everywhere",
    "- [x] Structured logging",
    "",
  );
  return out.join("\n");
}
