import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import * as enums from "@/lib/generated/prisma/enums";
import { sqlName } from "@/lib/server/db/columns";
import { PLAN_TABLES } from "@/lib/server/db/plans/tables";

/**
 * The committed migrations must build exactly the database the Prisma schema describes (Prisma's
 * `migrate dev` drift check cannot run here; see prisma.config.ts), and the column lists the
 * plan repository makes its SQL from (lib/server/db/plans/tables.ts) must name real columns.
 */

afterAll(async () => {
  await db.$disconnect();
});

type RuntimeModel = { dbName: string | null; fields: { name: string; kind: string; type: string; dbName?: string }[] };
type RuntimeDataModel = { models: Record<string, RuntimeModel> };

const model = (db as unknown as { _runtimeDataModel: RuntimeDataModel })._runtimeDataModel;

async function columnsByTable(): Promise<Map<string, Set<string>>> {
  const rows = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`;
  const map = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!map.has(r.table_name)) map.set(r.table_name, new Set());
    map.get(r.table_name)!.add(r.column_name);
  }
  return map;
}

describe("database schema", () => {
  it("has exactly the tables and columns of prisma/schema.prisma", async () => {
    const actual = await columnsByTable();
    const expected = new Map<string, Set<string>>();
    for (const [name, m] of Object.entries(model.models)) {
      expected.set(
        m.dbName ?? name,
        new Set(m.fields.filter((f) => f.kind !== "object").map((f) => f.dbName ?? f.name)),
      );
    }
    const sorted = (m: Map<string, Set<string>>) =>
      Object.fromEntries([...m].map(([t, c]) => [t, [...c].sort()]).sort());
    expect(sorted(actual)).toEqual(sorted(expected));
  });

  it("has the enums of the schema", async () => {
    const rows = await db.$queryRaw<{ name: string; values: string[] }[]>`
      SELECT t.typname::text AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`;
    const actual = Object.fromEntries(rows.map((r) => [r.name, r.values]));
    const expected = Object.fromEntries(Object.entries(enums).map(([n, values]) => [n, Object.values(values)]));
    expect(actual).toEqual(expected);
  });

  it("names only real columns in the bulk-insert SQL (and every other statement of the plan repository)", async () => {
    const actual = await columnsByTable();
    for (const table of PLAN_TABLES) {
      for (const field of Object.keys(table.columns)) {
        const column = sqlName(table, field);
        expect(actual.get(table.name)?.has(column), `${table.name}.${column}`).toBe(true);
      }
    }
  });
});
