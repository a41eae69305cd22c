import type { Task } from "@/lib/plan/contract";
import type { Classified } from "./classify";
import { parseDependencies } from "./dependencies";
import { parseEffort } from "./estimate";
import { legendStatus } from "./legends";
import { pathsIn } from "./fields";
import { EMOJI, plain, stripEmoji } from "./mdast";
import { readTitle, type TitleMarkers } from "./markers";
import { priorityFromValue } from "./priority";
import { blankTask, phaseFor, readOwner, type Draft, type Reader, type TaskSource } from "./reader";
import type { TableFact } from "./scan";
import { statusFromText } from "./status";
import { NOT_TASK_TABLE, POINTS_FIELD, TABLE_COLUMNS } from "./vocabulary";

const COLUMNS = TABLE_COLUMNS;

/** Column index of each field in a task table (-1: none). */
interface TaskColumns {
  title: number;
  key: number;
  priority: number;
  estimate: number;
  owner: number;
  status: number;
  deps: number;
  files: number;
  /** The estimate column counts story points (`Points`, `SP`). */
  points: boolean;
}

/** The columns of a table that lists tasks, or null when it is no task table. */
function taskColumns(t: TableFact): TaskColumns | null {
  const col = (re: RegExp) => t.header.findIndex((h) => re.test(h.replace(EMOJI, "").trim()));
  const cols: TaskColumns = {
    title: col(COLUMNS.title),
    key: col(COLUMNS.key),
    priority: col(COLUMNS.priority),
    estimate: col(COLUMNS.estimate),
    owner: col(COLUMNS.owner),
    status: col(COLUMNS.status),
    deps: col(COLUMNS.deps),
    files: col(COLUMNS.files),
    points: false,
  };
  cols.points = cols.estimate >= 0 && POINTS_FIELD.test(stripEmoji(t.header[cols.estimate] ?? ""));
  const others = [cols.key, cols.priority, cols.estimate, cols.owner, cols.status, cols.deps];
  if (cols.title < 0 || others.every((i) => i < 0) || NOT_TASK_TABLE.test(t.header[0] ?? "")) return null;
  return cols;
}

/** `| ID | Task | Priority | Estimate | Owner | Status |` rows as tasks; a table of existing keys is a summary. */
export function tableTasks(r: Reader, c: Classified): Draft[] {
  const drafts: Draft[] = [];
  for (const t of c.content.tables) {
    const cols = taskColumns(t);
    if (!cols) continue;
    const rows = t.rows.map((row) => {
      const m = readTitle(row.cells[cols.title] ?? "", r.ctx);
      const key = cols.key >= 0 ? plain(row.cells[cols.key] ?? "").replace(/^#/, "") || null : m.key;
      return { row, m, key };
    });
    const references = rows.filter((x) => x.key && r.known.has(x.key.toUpperCase())).length;
    if (references * 2 >= rows.length && references > 0) continue;
    for (const { row, m, key } of rows) {
      if (!m.title || (key && r.known.has(key.toUpperCase())) || r.index.tasks.has(row.line)) continue;
      const d = rowTask(r, c, cols, row, m, key);
      if (key) r.known.set(key.toUpperCase(), d);
      drafts.push(d);
    }
  }
  return drafts;
}

function rowTask(
  r: Reader,
  c: Classified,
  cols: TaskColumns,
  row: TableFact["rows"][number],
  m: TitleMarkers,
  key: string | null,
): Draft {
  const cell = (i: number) => (i >= 0 ? (row.cells[i] ?? "") : "");
  const status =
    cols.status >= 0
      ? (statusFromText(cell(cols.status)) ??
        legendStatus(cell(cols.status), r.ctx.statusLegend) ??
        (/\[x\]/i.test(cell(cols.status)) ? "done" : null))
      : null;
  const task: Task = {
    ...blankTask(m, row.line),
    key,
    priority:
      cols.priority >= 0 ? (priorityFromValue(plain(cell(cols.priority)), r.ctx.legend) ?? m.priority) : m.priority,
    status: status ?? m.status ?? "todo",
    estimate:
      cols.estimate >= 0
        ? (parseEffort(cell(cols.estimate), r.ctx.sizes, r.ctx.pointHours, cols.points) ?? m.estimate)
        : m.estimate,
    owner: cols.owner >= 0 ? readOwner(cell(cols.owner)) : m.owner,
    dependsOn: cols.deps >= 0 ? parseDependencies(cell(cols.deps)) : m.dependsOn,
    files: cols.files >= 0 ? pathsIn(cell(cols.files)) : [],
  };
  const columns = {
    title: cols.title,
    status: cols.status,
    estimate: cols.estimate,
    owner: cols.owner,
    priority: cols.priority,
    dependsOn: cols.deps,
  };
  const source: TaskSource = {
    line: row.line,
    style: "table",
    headingDepth: 0,
    endLine: row.line,
    fieldLines: {},
    lastFieldLine: null,
    columns,
  };
  r.index.tasks.set(row.line, source);
  return {
    task,
    home: c,
    phase: phaseFor(c),
    source,
    ownPriority: task.priority !== null,
    statusUnset: status === null && m.status === null,
  };
}
