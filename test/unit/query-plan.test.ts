import { describe, it } from "vitest";
import { DOSSIER_STATEMENTS, readDossierRows, readEventPage, readTrackRows } from "../../src/store/dossier";
import { readSourcePage } from "../../src/store/sources";
import { readTimeline } from "../../src/store/timeline";
import { GROWING_TABLES, plans, recorder } from "../helpers/query-plan";

const TABLES = ["pairs", ...GROWING_TABLES];
// The per-subject source cap (store/dossier.ts `capped`) ranks the grouped sources with a window function:
// SQLite scans those materialized rows (g, ranked and the window's sorter subqueries), never a base table.
const WINDOW_ROWS = /^SCAN (g|ranked|\(subquery-\d+\))$/;
const scans = (lines: string[]) => lines.filter((d) => d.startsWith("SCAN ") && !WINDOW_ROWS.test(d));

describe("dossier statements use indexes (EXPLAIN QUERY PLAN)", () => {
  it("reads a dossier in one batch whose only scans are the sector taxonomy and a materialized subquery", async ({
    expect,
  }) => {
    const { db, statements, batches } = recorder();
    await readDossierRows(db, "KZ-MA", 21, { date: "2025-01-01", id: "ev_x" });
    expect(statements).toHaveLength(DOSSIER_STATEMENTS);
    expect(batches).toEqual([DOSSIER_STATEMENTS]);
    const lines = await plans(statements);
    // sectors: a few dozen rows, read whole on purpose. h: the co-routine over one commitment's history.
    expect(scans(lines).sort()).toEqual(["SCAN h", "SCAN sectors"]);
    expect(lines).toContain("CO-ROUTINE h");
    expect(lines).toContain(
      "SEARCH commitment_status_history USING INDEX sqlite_autoindex_commitment_status_history_1 (commitment_id=?)",
    );
    expect(lines).toContain("SEARCH e USING INDEX events_pair_date (pair=?)");
    // No statement reads all the claims of a pair (what a per-track OR did: ~1 s at 100k events).
    expect(lines.filter((l) => /^SEARCH c USING INDEX sqlite_autoindex_claims_2 \(pair=\?\)$/.test(l))).toEqual([]);
    expect(lines).toContain(
      "SEARCH c USING INDEX sqlite_autoindex_claims_2 (pair=? AND subject_type=? AND subject_id=?)",
    );
    // Every growing table is reached through an index.
    for (const table of TABLES) {
      for (const d of lines.filter((l) => new RegExp(`^(SEARCH|SCAN) ${table}\\b`).test(l)))
        expect(d).toMatch(/^SEARCH .* USING (COVERING )?INDEX /);
    }
  });

  it("caps sources per subject over the indexed grouped rows only", async ({ expect }) => {
    const { db, statements } = recorder();
    await readDossierRows(db, "KZ-MA", 21);
    const lines = await plans(statements);
    expect(lines.filter((l) => WINDOW_ROWS.test(l)).length).toBeGreaterThan(0);
    expect(lines.filter((l) => /^SCAN (claims|claim_sources|articles|c|cs|a)\b/.test(l))).toEqual([]);
  });

  it("pages one subject's sources with an index only", async ({ expect }) => {
    const { db, statements } = recorder();
    await readSourcePage(db, "KZ-MA", "event", "ev_x", 101, { on: "2025-01-01", id: "ar_x" });
    const lines = await plans(statements);
    expect(scans(lines)).toEqual([]);
    expect(lines).toContain(
      "SEARCH c USING INDEX sqlite_autoindex_claims_2 (pair=? AND subject_type=? AND subject_id=?)",
    );
  });

  it("pages events with an index only", async ({ expect }) => {
    const { db, statements } = recorder();
    await readEventPage(db, "KZ-MA", 51, { date: "2025-01-01", id: "ev_x" });
    const lines = await plans(statements);
    expect(scans(lines)).toEqual([]);
    expect(lines).toContain("SEARCH e USING INDEX events_pair_date (pair=?)");
  });

  it("reads a track with an index only, besides sectors and the history subquery", async ({ expect }) => {
    const { db, statements } = recorder();
    await readTrackRows(db, "KZ-MA", "culture", 20);
    const lines = await plans(statements);
    expect(scans(lines).sort()).toEqual(["SCAN h", "SCAN sectors"]);
    expect(
      lines.some((l) => /^SEARCH et USING (COVERING )?INDEX event_tracks_track \(pair=\? AND track=\?\)/.test(l)),
    ).toBe(true);
  });

  it("counts every event of a pair per month and sector through the pair's date index", async ({ expect }) => {
    for (const tracks of [[], ["visa-exemption", "security"]]) {
      const { db, statements } = recorder();
      await readTimeline(db, "KZ-MA", tracks);
      expect(statements).toHaveLength(1);
      const lines = await plans(statements);
      expect(lines).toContain("SEARCH e USING INDEX events_pair_date (pair=?)");
      // The per-event sector and the track filter are key lookups; only the filter's own JSON list is scanned.
      expect(scans(lines).filter((l) => !/^SCAN json_each\b/.test(l))).toEqual([]);
      for (const d of lines.filter((l) => /^(SEARCH|SCAN) (et|t|f)\b/.test(l)))
        expect(d).toMatch(/^SEARCH .* USING (COVERING )?(INDEX|PRIMARY KEY)/);
    }
  });
});
