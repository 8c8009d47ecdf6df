import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, it } from "vitest";

type Obj = { type: string; name: string; tbl_name: string; sql: string | null };

/** SQL text compared without comments and with whitespace collapsed (sqlite keeps the text as written). */
function normalizeSql(sql: string | null): string {
  return (sql ?? "")
    .replace(/--[^\n]*/g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([(),;])\s*/g, "$1")
    .trim();
}

/** Every schema object of a database, each described in a form that does not depend on how it was reached. */
async function describeSchema(db: D1Database): Promise<Record<string, unknown>> {
  // d1_migrations records applied files; _cf_ tables are the platform's; sqlite_ ones are internal.
  const objects = await db
    .prepare(
      `SELECT type, name, tbl_name, sql FROM sqlite_master
       WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' AND name <> 'd1_migrations'
       ORDER BY type, name`,
    )
    .all<Obj>();
  const out: Record<string, unknown> = {};
  for (const o of objects.results) {
    if (o.type !== "table") {
      out[`${o.type} ${o.name}`] = normalizeSql(o.sql);
      continue;
    }
    // ALTER TABLE ADD COLUMN appends to the stored CREATE text, so tables are compared by their parts.
    const [cols, fks, idx] = await db.batch([
      db.prepare('SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?1) ORDER BY name').bind(o.name),
      db
        .prepare('SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?1) ORDER BY "from"')
        .bind(o.name),
      db
        .prepare(
          `SELECT il."unique", il.origin, il.partial, (SELECT group_concat(name, ',') FROM pragma_index_info(il.name)) AS cols
         FROM pragma_index_list(?1) il ORDER BY cols, il.origin`,
        )
        .bind(o.name),
    ]);
    const checks = (o.sql ?? "").match(/CHECK\s*\(/gi)?.length ?? 0;
    out[`table ${o.name}`] = { columns: cols?.results, foreignKeys: fks?.results, indexes: idx?.results, checks };
  }
  return out;
}

async function tableNames(db: D1Database): Promise<string[]> {
  const r = await db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
       AND name NOT LIKE '\\_cf\\_%' ESCAPE '\\' AND name <> 'd1_migrations' ORDER BY rowid`,
    )
    .all<{ name: string }>();
  return r.results.map((t) => t.name);
}

async function rowCounts(db: D1Database, tables: string[]): Promise<Record<string, number>> {
  const res = await db.batch(tables.map((t) => db.prepare(`SELECT count(*) AS n FROM "${t}"`)));
  return Object.fromEntries(tables.map((t, i) => [t, (res[i]?.results[0] as { n: number } | undefined)?.n ?? -1]));
}

describe("migrations", () => {
  it("are numbered files applied in order, the first being the initial schema", ({ expect }) => {
    const names = env.TEST_MIGRATIONS.map((m) => m.name);
    expect(names[0]).toBe("0001_initial.sql");
    const expected = names.map((_, i) => String(i + 1).padStart(4, "0"));
    expect(names.map((n) => n.slice(0, 4))).toEqual(expected);
    for (const n of names) expect(n).toMatch(/^\d{4}_[a-z0-9_]+\.sql$/);
  });

  it("build the same database as schema.sql, object by object", async ({ expect }) => {
    await applyD1Migrations(env.SCHEMA_DB, env.TEST_SCHEMA);
    const fromSchema = await describeSchema(env.SCHEMA_DB);
    const fromMigrations = await describeSchema(env.DB);
    expect(Object.keys(fromSchema).length).toBeGreaterThan(40);
    expect(fromMigrations).toEqual(fromSchema);
  });

  it("upgrade a database made by the first migration, with data in it, without losing a row", async ({ expect }) => {
    const [first, ...rest] = env.TEST_MIGRATIONS;
    if (!first) throw new Error("no migrations");
    await applyD1Migrations(env.UPGRADE_DB, [first]);
    // Fill it with the seeded data, limited to the columns the first migration has.
    const tables = await tableNames(env.UPGRADE_DB);
    const copies: D1PreparedStatement[] = [env.UPGRADE_DB.prepare("PRAGMA defer_foreign_keys = on")];
    for (const t of tables) {
      const cols = await env.UPGRADE_DB.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid")
        .bind(t)
        .all<{ name: string }>();
      const list = cols.results.map((c) => `"${c.name}"`).join(", ");
      const rows = await env.DB.prepare(`SELECT ${list} FROM "${t}"`).raw();
      const marks = cols.results.map((_, i) => `?${i + 1}`).join(", ");
      const insert = env.UPGRADE_DB.prepare(`INSERT OR IGNORE INTO "${t}" (${list}) VALUES (${marks})`);
      for (const row of rows) copies.push(insert.bind(...row));
    }
    await env.UPGRADE_DB.batch(copies);
    const before = await rowCounts(env.UPGRADE_DB, tables);
    expect(before.claims).toBeGreaterThan(0);
    expect(before.events).toBeGreaterThan(0);

    await applyD1Migrations(env.UPGRADE_DB, [first, ...rest]);
    expect(await rowCounts(env.UPGRADE_DB, tables)).toEqual(before);
    expect(await describeSchema(env.UPGRADE_DB)).toEqual(await describeSchema(env.DB));
  });
});
