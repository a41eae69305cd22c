// Prisma CLI configuration. Migrations run through the WebAssembly schema engine over
// @prisma/adapter-pg (`engine: "js"`) because the native schema engine cannot be downloaded here.
// The glue below works around three Prisma 6.19 issues, each explained where it is applied.
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

function poolConfig(url: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
    // Let the CLI exit as soon as the engine is done instead of holding idle connections.
    allowExitOnIdle: true,
    idleTimeoutMillis: 200,
  };
}

type PgField = { dataTypeID: number };
type Queryable = {
  performIO: (q: unknown) => Promise<{ fields?: PgField[] }>;
  queryRaw: (q: unknown) => Promise<{ columnTypes: number[] }>;
  __catalogPatched?: boolean;
};

const PG_CHAR = 18; // "char": one byte, e.g. pg_constraint.contype
const PG_NAME = 19; // name: identifiers in pg_catalog
const PG_TEXT = 25;
const COLUMN_TYPE_CHARACTER = 6; // ColumnTypeEnum.Character of @prisma/driver-adapter-utils

// The schema engine reads pg_catalog columns of type name and "char", which adapter-pg refuses to
// decode (prisma/orm#27403). name is plain text. "char" must reach the engine as a Character
// column: reported as Text, the engine panics ("unreachable") while reading CHECK constraints.
function patchCatalogTypes(adapter: object): void {
  let proto = Object.getPrototypeOf(adapter) as Queryable | null;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "performIO")) proto = Object.getPrototypeOf(proto);
  if (!proto || proto.__catalogPatched) return;
  const charColumns = new WeakMap<object, number[]>();
  const performIO = proto.performIO;
  proto.performIO = async function (this: unknown, q: unknown) {
    const result = await performIO.call(this, q);
    const chars: number[] = [];
    (result?.fields ?? []).forEach((f, i) => {
      if (f.dataTypeID === PG_CHAR) chars.push(i);
      if (f.dataTypeID === PG_CHAR || f.dataTypeID === PG_NAME) f.dataTypeID = PG_TEXT;
    });
    if (chars.length && result) charColumns.set(q as object, chars);
    return result;
  };
  const queryRaw = proto.queryRaw;
  proto.queryRaw = async function (this: unknown, q: unknown) {
    const result = await queryRaw.call(this, q);
    for (const i of charColumns.get(q as object) ?? []) result.columnTypes[i] = COLUMN_TYPE_CHARACTER;
    return result;
  };
  proto.__catalogPatched = true;
}

// adapter-pg's own connectToShadowDb() ignores the shadow database name when given a URL and drops
// the database before closing its pool, so `migrate dev` gets a shadow database made by hand.
function migrationAdapter(url: string) {
  const cfg = poolConfig(url);
  const base = new PrismaPg(cfg);
  const admin = async (sql: string) => {
    const c = new pg.Client({ ...cfg, database: "postgres" });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      const a = await base.connect();
      patchCatalogTypes(a);
      return a;
    },
    async connectToShadowDb() {
      const name = `prisma_shadow_${Date.now()}_${process.pid}`;
      await admin(`CREATE DATABASE "${name}"`);
      const a = await new PrismaPg({ ...cfg, database: name }).connect();
      patchCatalogTypes(a);
      const dispose = a.dispose.bind(a);
      a.dispose = async () => {
        await dispose();
        await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      };
      return a;
    },
  };
}

// `prisma generate` resolves env("DATABASE_URL") in the schema and, when that fails, silently
// falls back to wanting a native query engine it cannot download. Generating needs no database, so
// give it a placeholder; commands that do connect use the real URL or fail in adapter() below.
const databaseUrl = process.env.DATABASE_URL;
process.env.DATABASE_URL ??= "postgresql://generate-only@127.0.0.1:1/none";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // Only called by commands that talk to a database (migrate, db), so `prisma generate` works
  // without DATABASE_URL (postinstall on a fresh clone).
  adapter: async () => {
    const url = databaseUrl;
    if (!url) throw new Error("DATABASE_URL is not set (use `npm run db:migrate`, which provides one)");
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return migrationAdapter(url) as any;
  },
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
