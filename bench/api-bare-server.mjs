// The benchmark's baseline: node:http + pg doing the same database work as the app's two measured
// routes (bearer-token auth, GET /api/plans/:id from the same nine table reads in one snapshot,
// PATCH /api/plans/:id/items/:itemId as one transaction with activity row and plan version bump),
// with no framework and no cache; and /static/<name> (see below). Loopback only. Env: DATABASE_URL, PORT.
import { createHash, randomUUID } from "node:crypto";
import http from "node:http";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const port = Number(process.env.PORT || 3901);

async function actorFor(req) {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  if (!m) return null;
  const hash = createHash("sha256").update(m[1]).digest("hex");
  const { rows } = await pool.query(
    `SELECT t.user_id, t.workspace_id, ms.role FROM api_tokens t
       JOIN memberships ms ON ms.user_id = t.user_id AND ms.workspace_id = t.workspace_id
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
    [hash],
  );
  return rows[0] ?? null;
}

async function readPlan(actor, planId) {
  const c = await pool.connect();
  try {
    await c.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
    const plan = (
      await c.query("SELECT * FROM plans WHERE id = $1 AND workspace_id = $2", [planId, actor.workspace_id])
    ).rows[0];
    if (!plan) {
      await c.query("COMMIT");
      return null;
    }
    const q = (sql) => c.query(sql, [planId]).then((r) => r.rows);
    const phases = await q("SELECT * FROM phases WHERE plan_id = $1 ORDER BY position");
    const tasks = await q("SELECT * FROM tasks WHERE plan_id = $1 ORDER BY position");
    const deps = await q(
      "SELECT d.* FROM task_dependencies d JOIN tasks t ON t.id = d.task_id WHERE t.plan_id = $1 ORDER BY d.task_id, d.position",
    );
    const items = await q(
      "SELECT id, task_id, phase_id, kind, text, done, source_line, version FROM items WHERE plan_id = $1 ORDER BY position, source_line",
    );
    const decisions = await q("SELECT * FROM decisions WHERE plan_id = $1 ORDER BY position");
    const options = await q(
      "SELECT o.* FROM decision_options o JOIN decisions d ON d.id = o.decision_id WHERE d.plan_id = $1 ORDER BY o.decision_id, o.position",
    );
    const metrics = await q("SELECT * FROM metrics WHERE plan_id = $1 ORDER BY position");
    const measurements = await q(
      "SELECT m.* FROM measurements m JOIN metrics x ON x.id = m.metric_id WHERE x.plan_id = $1 ORDER BY m.measured_at",
    );
    await c.query("COMMIT");
    return nest(plan, phases, tasks, deps, items, decisions, options, metrics, measurements);
  } catch (e) {
    await c.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    c.release();
  }
}

const group = (rows, key) => {
  const m = new Map();
  for (const r of rows) {
    const list = m.get(r[key]);
    if (list) list.push(r);
    else m.set(r[key], [r]);
  }
  return m;
};

// The same shape as lib/server/db/plans/load.ts builds.
function nest(plan, phases, tasks, deps, items, decisions, options, metrics, measurements) {
  const item = (i) => ({ id: i.id, text: i.text, done: i.done, line: i.source_line, kind: i.kind, version: i.version });
  const byTask = group(
    items.filter((i) => i.task_id),
    "task_id",
  );
  const byPhase = group(
    items.filter((i) => !i.task_id && i.phase_id),
    "phase_id",
  );
  const depsByTask = group(deps, "task_id");
  const tasksByPhase = group(tasks, "phase_id");
  const optionsByDecision = group(options, "decision_id");
  const measurementsByMetric = group(measurements, "metric_id");
  return {
    format: "flightplan.plan/v1",
    id: plan.id,
    workspaceId: plan.workspace_id,
    version: plan.version,
    title: plan.title,
    meta: plan.meta,
    repairedEncoding: plan.repaired_encoding,
    phases: phases.map((p) => ({
      id: p.id,
      version: p.version,
      title: p.title,
      key: p.key,
      weeks: p.weeks_from !== null && p.weeks_to !== null ? { from: p.weeks_from, to: p.weeks_to } : null,
      status: p.status,
      tasks: (tasksByPhase.get(p.id) ?? []).map((t) => {
        const dependencies = (depsByTask.get(t.id) ?? []).map((d) => ({ text: d.raw, taskId: d.depends_on_id }));
        const own = byTask.get(t.id) ?? [];
        return {
          id: t.id,
          phaseId: t.phase_id,
          version: t.version,
          key: t.key,
          title: t.title,
          priority: t.priority,
          status: t.status,
          estimate:
            t.estimate_min_hours !== null
              ? { minHours: t.estimate_min_hours, maxHours: t.estimate_max_hours, text: t.estimate_text ?? "" }
              : null,
          owner: t.owner,
          dependsOn: dependencies.map((d) => d.text),
          dependencies,
          files: t.files,
          checklist: own.filter((i) => i.kind !== "criterion").map(item),
          criteria: own.filter((i) => i.kind === "criterion").map(item),
          line: t.source_line,
          completedAt: t.completed_at,
        };
      }),
      checklist: (byPhase.get(p.id) ?? []).map(item),
      line: p.source_line,
    })),
    decisions: decisions.map((d) => ({
      id: d.id,
      version: d.version,
      title: d.title,
      status: d.status,
      options: (optionsByDecision.get(d.id) ?? []).map((o) => ({
        id: o.id,
        text: o.text,
        chosen: o.chosen,
        recommended: o.recommended,
        line: o.source_line,
      })),
      dueBy: d.due_by,
      line: d.source_line,
      decidedAt: d.decided_at,
      decidedById: d.decided_by_id,
      rationale: d.rationale,
    })),
    metrics: metrics.map((m) => ({
      id: m.id,
      version: m.version,
      name: m.name,
      target: { op: m.op, value: m.value, unit: m.unit },
      line: m.source_line,
      measurements: (measurementsByMetric.get(m.id) ?? []).map((x) => ({
        id: x.id,
        value: x.value,
        measuredAt: x.measured_at,
        note: x.note,
      })),
    })),
    criteria: items.filter((i) => !i.task_id && !i.phase_id).map(item),
    warnings: plan.warnings,
    fileName: plan.file_name,
    startDate: plan.start_date,
    hoursPerWeek: plan.hours_per_week,
    hasSource: plan.source_markdown !== null,
    createdAt: plan.created_at,
    updatedAt: plan.updated_at,
  };
}

async function setItemDone(actor, planId, itemId, done) {
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    const changed = (
      await c.query(
        `UPDATE items SET done = $1, done_at = CASE WHEN $1 THEN now() END, version = version + 1
          WHERE id = $2 AND plan_id = $3 AND done <> $1
            AND EXISTS (SELECT 1 FROM plans WHERE id = $3 AND workspace_id = $4)
          RETURNING id, text, done, source_line, kind, version, task_id, phase_id`,
        [done, itemId, planId, actor.workspace_id],
      )
    ).rows[0];
    let result;
    if (!changed) {
      const item = (
        await c.query(
          "SELECT i.id, i.text, i.done, i.source_line, i.kind, i.version, i.task_id, i.phase_id, p.version AS plan_version FROM items i JOIN plans p ON p.id = i.plan_id WHERE i.id = $1 AND i.plan_id = $2 AND p.workspace_id = $3",
          [itemId, planId, actor.workspace_id],
        )
      ).rows[0];
      result = item ?? null;
    } else {
      // The event row's trigger bumps the plan's version and notifies (lib/server/db/events.ts).
      const { plan_version: version } = (
        await c.query(
          `INSERT INTO activity (id, workspace_id, plan_id, actor_id, action, entity_type, entity_id, before, after)
           VALUES ($1, $2, $3, $4, $5, 'item', $6, $7, $8) RETURNING plan_version`,
          [
            randomUUID(),
            actor.workspace_id,
            planId,
            actor.user_id,
            done ? "item.checked" : "item.unchecked",
            itemId,
            { done: !done },
            { done },
          ],
        )
      ).rows[0];
      result = { ...changed, plan_version: version };
    }
    await c.query("COMMIT");
    return result;
  } catch (e) {
    await c.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    c.release();
  }
}

function send(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

// PUT /static/<name> keeps a body (with the Content-Encoding it came with); GET /static/<name>
// sends it back with a Content-Length: no auth, no database. The bench stores the exact bytes the
// app answered and measures its load client against them, so a latency that is the client's own
// ceiling is not blamed on the app. (The bytes matter: autocannon reads 0.5 MB of random bytes,
// which compressed JSON is, at ~150 req/s, and the same length of one repeated letter at ~3,800.)
const staticBodies = new Map();
async function handleStatic(req, res, name) {
  if (req.method === "PUT") {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    staticBodies.set(name, { body: Buffer.concat(chunks), encoding: req.headers["content-encoding"] });
    res.writeHead(204);
    return res.end();
  }
  const kept = staticBodies.get(name);
  if (!kept) return send(res, 404, { error: { code: "not_found" } });
  const headers = { "content-type": "application/json", "content-length": kept.body.byteLength };
  if (kept.encoding) headers["content-encoding"] = kept.encoding;
  res.writeHead(200, headers);
  res.end(kept.body);
}

const server = http.createServer(async (req, res) => {
  try {
    const staticName = /^\/static\/([\w-]{1,40})$/.exec(req.url ?? "");
    if (staticName && (req.method === "GET" || req.method === "PUT"))
      return await handleStatic(req, res, staticName[1]);
    const actor = await actorFor(req);
    if (!actor) return send(res, 401, { error: { code: "unauthorized" } });
    const url = new URL(req.url, "http://localhost");
    let m;
    if (req.method === "GET" && (m = /^\/api\/plans\/([^/]+)$/.exec(url.pathname))) {
      const plan = await readPlan(actor, m[1]);
      return plan ? send(res, 200, plan) : send(res, 404, { error: { code: "not_found" } });
    }
    if (req.method === "PATCH" && (m = /^\/api\/plans\/([^/]+)\/items\/([^/]+)$/.exec(url.pathname))) {
      if (actor.role === "viewer") return send(res, 403, { error: { code: "forbidden" } });
      let raw = "";
      for await (const chunk of req) raw += chunk;
      const body = JSON.parse(raw);
      if (typeof body?.done !== "boolean") return send(res, 400, { error: { code: "bad_request" } });
      const item = await setItemDone(actor, m[1], m[2], body.done);
      return item ? send(res, 200, item) : send(res, 404, { error: { code: "not_found" } });
    }
    send(res, 404, { error: { code: "not_found" } });
  } catch (e) {
    // A client that hung up at the end of a run is not a server error.
    if (req.destroyed || e?.code === "ECONNRESET") return;
    console.error(e);
    send(res, 500, { error: { code: "internal" } });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`bare server listening on 127.0.0.1:${port}`));
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => server.close(() => pool.end().then(() => process.exit(0))));
