// Turns seed/ (JSON, the project's reference data and seeded dossiers) into idempotent SQL.
// Used by `npm start` (applied with `wrangler d1 execute --local`) and by the tests (vitest.config.ts).
// Every statement is INSERT ... ON CONFLICT DO NOTHING, so re-applying the seed changes nothing
// and fires no change trigger.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Quotes a value as an SQL literal (the data is ours, from seed/, never user input). */
function lit(value) {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "number") return String(value);
  if (typeof value === "object") return lit(JSON.stringify(value));
  return `'${String(value).replaceAll("'", "''")}'`;
}

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

function insert(table, row, conflict = "DO NOTHING") {
  const cols = Object.keys(row);
  const vals = cols.map((c) => (row[c] === NOW ? NOW : lit(row[c])));
  return `INSERT INTO ${table} (${cols.join(", ")}) VALUES (${vals.join(", ")}) ON CONFLICT ${conflict};`;
}

/** SQL for the sector taxonomy. */
export function sectorStatements(root = "seed") {
  const { sectors } = JSON.parse(readFileSync(join(root, "sector-taxonomy.json"), "utf8"));
  return sectors.map((s, i) => insert("sectors", { slug: s.slug, position: i + 1, labels: s.labels }));
}

function claim(pair, subjectType, subjectId, predicate, value, sources, d) {
  const id = `cl_seed_${subjectType}_${subjectId}_${predicate}`.replaceAll("-", "_");
  const out = [
    insert("claims", {
      id,
      pair,
      subject_type: subjectType,
      subject_id: subjectId,
      predicate,
      value,
      origin: "seed",
      confidence: 1,
      review: "confirmed",
      created_at: NOW,
      updated_at: NOW,
    }),
  ];
  for (const articleId of sources) {
    const src = d.sourcesById.get(articleId);
    if (!src) throw new Error(`seed ${pair}: unknown source ${articleId}`);
    out.push(
      insert("claim_sources", {
        claim_id: id,
        article_id: articleId,
        quote: null,
        quote_start: null,
        quote_end: null,
        language: src.language,
        first_seen: src.publishedOn,
        last_seen: src.publishedOn,
        origin: "seed",
      }),
    );
  }
  return out;
}

/** SQL for one seeded dossier file. */
export function dossierStatements(file) {
  const d = JSON.parse(readFileSync(file, "utf8"));
  const pair = d.pair;
  d.sourcesById = new Map(d.sources.map((s) => [s.id, s]));
  const out = [insert("pairs", { key: pair, version: 0, created_at: NOW, updated_at: NOW })];
  for (const s of d.sources) {
    out.push(
      insert("articles", {
        id: s.id,
        url: s.url ?? null,
        content_hash: `seed:${s.id}`,
        outlet: s.outlet,
        language: s.language,
        title: s.title,
        published_on: s.publishedOn,
        published_at: null,
        fetched_at: NOW,
        origin: "seed",
      }),
    );
    out.push(insert("article_pairs", { article_id: s.id, pair, score: 1 }));
  }
  for (const t of d.tracks) {
    out.push(
      insert("tracks", {
        pair,
        slug: t.slug,
        sector: t.sector,
        titles: t.titles,
        status: t.status,
        last_activity: t.lastActivity,
        origin: "seed",
        created_at: NOW,
        updated_at: NOW,
      }),
    );
    out.push(...claim(pair, "track", t.slug, "status", t.status, t.sources, d));
  }
  for (const c of d.commitments) {
    out.push(
      insert("commitments", {
        id: c.id,
        pair,
        track: c.track,
        kind: c.kind,
        legal_form: c.legalForm ?? null,
        titles: c.titles,
        status: c.status,
        signed_on: c.signedOn ?? null,
        effective_on: c.effectiveOn ?? null,
        origin: "seed",
        created_at: NOW,
        updated_at: NOW,
      }),
    );
    for (const h of c.history) {
      out.push(
        insert("commitment_status_history", {
          commitment_id: c.id,
          status: h.status,
          on_date: h.on,
          article_id: null,
          actor: "seed",
          recorded_at: NOW,
        }),
      );
    }
    out.push(...claim(pair, "commitment", c.id, "status", c.status, c.sources, d));
  }
  for (const e of d.events) {
    out.push(
      insert("events", {
        id: e.id,
        pair,
        date: e.date,
        end_date: e.endDate ?? null,
        date_evidence: "explicit",
        kind: e.kind,
        place: e.place,
        titles: e.titles,
        entities: e.entities,
        origin: "seed",
        created_at: NOW,
        updated_at: NOW,
      }),
    );
    for (const track of e.tracks) out.push(insert("event_tracks", { event_id: e.id, pair, track }));
    out.push(...claim(pair, "event", e.id, "date", e.date, e.sources, d));
  }
  for (const p of d.positions) {
    out.push(
      insert("positions", {
        id: p.id,
        pair,
        holder: p.holder,
        issue: p.issue,
        stance: p.stance,
        statements: p.statements,
        first_stated: p.firstStated,
        last_reaffirmed: p.lastReaffirmed,
        origin: "seed",
        created_at: NOW,
        updated_at: NOW,
      }),
    );
    out.push(...claim(pair, "position", p.id, "stance", p.stance, p.sources, d));
  }
  return out;
}

/** Every seed statement, reference data first, as { name, queries } entries (the shape applyD1Migrations takes). */
export function seedMigrations(root = "seed") {
  const dir = join(root, "dossiers");
  const dossiers = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  return [
    { name: "seed/sector-taxonomy.json", queries: sectorStatements(root) },
    ...dossiers.map((f) => ({ name: `seed/dossiers/${f}`, queries: dossierStatements(join(dir, f)) })),
  ];
}

/** The whole seed as one SQL text (for wrangler d1 execute --file). */
export function seedSql(root = "seed") {
  return `${seedMigrations(root)
    .flatMap((m) => m.queries)
    .join("\n")}\n`;
}

// Run directly (`node scripts/seed-sql.mjs > seed.sql`) it prints the seed, e.g. to apply it remotely.
if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(seedSql());
