/**
 * A table's columns, written once: its SQL select lists, its Prisma selects, its bulk inserts and
 * its row type are made from the same list, so a new column is added in one place (and a
 * migration). Pure (no database import): the parse worker builds import rows with it too.
 */

export interface Column<T> {
  /** The SQL type, as jsonb_to_recordset and casts need it (`text`, `"Status"`, `float8`...). */
  readonly sqlType: string;
  /** How it is read back: enums and dates as text (node-postgres would make dates local Dates). */
  readonly readAs?: "text";
  /** The SQL name, when it is not the field name in snake_case. */
  readonly name?: string;
  /** Type only: what a row holds in this column. */
  readonly __type?: T;
}

const column =
  <T>(sqlType: string, readAs?: "text") =>
  (name?: string): Column<T> => ({ sqlType, readAs, name });

export const text = column<string>("text");
export const int = column<number>("int");
export const float8 = column<number>("float8");
export const bool = column<boolean>("boolean");
export const timestamptz = column<Date>("timestamptz");
/** A calendar date, read as `yyyy-mm-dd` text. */
export const date = column<string>("date", "text");
export const textArray = column<string[]>("text[]");
/** A jsonb column; its value as stored (read it through a schema or a sanitizer). */
export const jsonb = column<unknown>("jsonb");
/** A PostgreSQL enum (read as text) with its values' type. */
export const pgEnum = <T extends string>(pgType: string) => column<T>(`"${pgType}"`, "text");
/** The column may be NULL. */
export const nullable = <T>(c: Column<T>): Column<T | null> => c;

export type Columns = Record<string, Column<unknown>>;
export interface Table<C extends Columns> {
  readonly name: string;
  readonly columns: C;
}
export const table = <C extends Columns>(name: string, columns: C): Table<C> => ({ name, columns });

type ValueOf<C> = C extends Column<infer T> ? T : never;
/** A row of these fields (all of them by default), as a select list of them reads it. */
export type RowOf<T extends Table<Columns>, F extends keyof T["columns"] = keyof T["columns"]> = {
  -readonly [K in F]: ValueOf<T["columns"][K]>;
};

const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** The SQL name of a field's column. */
export const sqlName = (t: Table<Columns>, field: string): string => t.columns[field]?.name ?? snake(field);

const fieldsOf = <C extends Columns>(t: Table<C>, fields?: readonly (keyof C & string)[]) =>
  fields ?? (Object.keys(t.columns) as (keyof C & string)[]);

/**
 * `alias.column AS "field", ...`: a select list whose rows come back with the fields' names and
 * types (enums and dates as text).
 */
export function selectList<C extends Columns>(
  t: Table<C>,
  alias: string,
  fields?: readonly (keyof C & string)[],
): string {
  return fieldsOf(t, fields)
    .map((f) => {
      const c = t.columns[f]!;
      const ref = `${alias}.${sqlName(t, f)}`;
      return `${c.readAs ? `${ref}::${c.readAs}` : ref} AS "${f}"`;
    })
    .join(", ");
}

/** Prisma's `select` of these fields. */
export function prismaSelect<C extends Columns, F extends keyof C & string>(
  t: Table<C>,
  fields: readonly F[],
): { [K in F]: true } {
  return Object.fromEntries(fields.map((f) => [f, true])) as { [K in F]: true };
}

/**
 * A multi-row INSERT of these fields from one JSON parameter (rows keyed by column name, see
 * `insertRow`): PostgreSQL unpacks them with jsonb_to_recordset, one statement for thousands of rows.
 */
export function bulkInsertSql<C extends Columns>(t: Table<C>, fields: readonly (keyof C & string)[]): string {
  const names = fields.map((f) => `"${sqlName(t, f)}"`).join(", ");
  const defs = fields.map((f) => `"${sqlName(t, f)}" ${t.columns[f]!.sqlType}`).join(", ");
  return `INSERT INTO "${t.name}" (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${defs})`;
}

/** A row's fields keyed by column name, for bulkInsertSql's JSON (absent fields are NULL). */
export function insertRow<C extends Columns>(
  t: Table<C>,
  fields: readonly (keyof C & string)[],
  row: Partial<Record<keyof C & string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) out[sqlName(t, f)] = row[f] ?? null;
  return out;
}
