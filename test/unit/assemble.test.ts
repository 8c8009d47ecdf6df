import { describe, it } from "vitest";
import { assembleDossier, indexSources } from "../../src/dossier/assemble";
import type { DossierRows } from "../../src/store/dossier";

function rows(eventCount: number): DossierRows {
  return {
    pair: { key: "KZ-MA", version: 7, created_at: "2025-01-01T00:00:00.000Z", updated_at: "2025-03-19T10:00:00.000Z" },
    sectors: [{ slug: "mobility-consular", position: 1, labels: JSON.stringify({ en: "Mobility", fr: "Mobilité" }) }],
    tracks: [
      {
        slug: "visa-exemption",
        sector: "mobility-consular",
        titles: JSON.stringify({ en: "Visa", fr: "Visa (fr)" }),
        status: "established",
        last_activity: "2025-03-19",
        origin: "seed",
        source_count: 2,
      },
    ],
    commitments: [
      {
        id: "cm1",
        track: "visa-exemption",
        kind: "agreement",
        legal_form: "agreement",
        instruments: 1,
        titles: JSON.stringify({ en: "Visa deal" }),
        status: "in_force",
        signed_on: "2024-09-26",
        effective_on: "2025-03-19",
        origin: "seed",
        history: JSON.stringify([
          { status: "signed", on: "2024-09-26" },
          { status: "in_force", on: "2025-03-19" },
        ]),
      },
    ],
    events: Array.from({ length: eventCount }, (_, i) => ({
      id: `ev${i}`,
      date: `2025-01-${String(20 - i).padStart(2, "0")}`,
      end_date: null,
      date_evidence: "explicit" as const,
      kind: "meeting",
      place: "Rabat",
      titles: JSON.stringify({ en: `Event ${i}` }),
      origin: "machine" as const,
      tracks: '["visa-exemption"]',
    })),
    positions: [
      {
        id: "p1",
        holder: "KZ",
        issue: "sahara-autonomy-plan",
        stance: "supports",
        statements: JSON.stringify({ en: "Backs it", ar: "تدعم" }),
        first_stated: "2025-02-28",
        last_reaffirmed: "2025-02-28",
        origin: "seed",
      },
    ],
    sources: [
      {
        subject_type: "commitment",
        subject_id: "cm1",
        article_id: "a1",
        outlet: "Wire",
        language: "en",
        url: "https://example.org/a1",
        title: "T",
        published_on: "2025-02-28",
        machine: 0,
      },
      {
        subject_type: "event",
        subject_id: "ev0",
        article_id: "a2",
        outlet: "Wire",
        language: "fr",
        url: null,
        title: null,
        published_on: null,
        machine: 1,
      },
      {
        subject_type: "position",
        subject_id: "p1",
        article_id: "a1",
        outlet: "Wire",
        language: "en",
        url: "https://example.org/a1",
        title: "T",
        published_on: "2025-02-28",
        machine: 0,
      },
    ],
  };
}

const opts = (lang: "en" | "fr" | "ar", eventLimit = 2) => ({
  lang,
  eventLimit,
  sectorLabels: new Map([["mobility-consular", lang === "fr" ? "Mobilité" : "Mobility"]]),
  nextCursor: (last: { id: string }) => `after-${last.id}`,
  links: { self: "https://x/v1/pairs/KZ-MA" },
});

describe("assembleDossier (pure)", () => {
  it("maps rows to the public shape with sources attached to their subjects", ({ expect }) => {
    const d = assembleDossier(rows(1), opts("en"));
    expect(d).toMatchObject({
      pair: "KZ-MA",
      version: 7,
      updatedAt: "2025-03-19T10:00:00.000Z",
      eventsNextCursor: null,
    });
    expect(d.countries).toEqual([
      { code: "KZ", name: "Kazakhstan" },
      { code: "MA", name: "Morocco" },
    ]);
    expect(d.tracks[0]).toEqual({
      slug: "visa-exemption",
      sector: "mobility-consular",
      sectorLabel: "Mobility",
      title: "Visa",
      status: "established",
      lastActivity: "2025-03-19",
      sourceCount: 2,
      origin: "seed",
    });
    expect(d.commitments[0]).toMatchObject({
      id: "cm1",
      status: "in_force",
      signedOn: "2024-09-26",
      effectiveOn: "2025-03-19",
    });
    expect(d.commitments[0]?.sources).toEqual([
      {
        articleId: "a1",
        outlet: "Wire",
        language: "en",
        url: "https://example.org/a1",
        title: "T",
        publishedOn: "2025-02-28",
        machineCoded: false,
      },
    ]);
    expect(d.events[0]?.sources[0]?.machineCoded).toBe(true);
    expect(d.positions[0]).toMatchObject({ holder: "KZ", holderName: "Kazakhstan", statement: "Backs it" });
  });

  it("localizes titles with an English fallback", ({ expect }) => {
    const fr = assembleDossier(rows(1), opts("fr"));
    expect(fr.tracks[0]?.title).toBe("Visa (fr)");
    expect(fr.commitments[0]?.title).toBe("Visa deal");
    expect(fr.countries[1]?.name).toBe("Maroc");
    const ar = assembleDossier(rows(1), opts("ar"));
    expect(ar.positions[0]?.statement).toBe("تدعم");
  });

  it("pages events: limit+1 rows give a next cursor from the last shown event", ({ expect }) => {
    const d = assembleDossier(rows(3), opts("en", 2));
    expect(d.events.map((e) => e.id)).toEqual(["ev0", "ev1"]);
    expect(d.eventsNextCursor).toBe("after-ev1");
  });

  it("survives malformed stored JSON without throwing", ({ expect }) => {
    const r = rows(1);
    r.tracks[0] = { ...r.tracks[0], titles: "{not json" } as (typeof r.tracks)[number];
    const d = assembleDossier(r, opts("en"));
    expect(d.tracks[0]?.title).toBe("");
  });

  it("counts a commitment's independent sources, official ones, and whether one alone supports its status", ({
    expect,
  }) => {
    const src = (article: string, root: string, url: string | null, supports: number) => ({
      subject_type: "commitment",
      subject_id: "cm1",
      article_id: article,
      outlet: "Wire",
      language: "en",
      url,
      title: null,
      published_on: "2025-03-01",
      machine: 1,
      root,
      supports,
    });
    const r = rows(1);
    // a2 copies a1 (syndication): one independent source states the status; a3 only mentions it.
    r.sources = [src("a1", "a1", "https://example.org/a1", 1), src("a2", "a1", null, 1), src("a3", "a3", null, 0)];
    expect(assembleDossier(r, opts("en")).commitments[0]).toMatchObject({
      legalForm: "agreement",
      independentSources: 2,
      officialSource: false,
      singleSource: true,
    });
    r.sources = [src("a1", "a1", "https://www.mfa.gov.kz/en/news/1", 1), src("a3", "a3", null, 1)];
    expect(assembleDossier(r, opts("en")).commitments[0]).toMatchObject({
      independentSources: 2,
      officialSource: true,
      singleSource: false,
    });
  });

  it("indexes sources by subject", ({ expect }) => {
    const index = indexSources(rows(1).sources);
    expect([...index.keys()].sort()).toEqual(["commitment:cm1", "event:ev0", "position:p1"]);
  });

  it("flags fields whose sources disagree, the record's value first, and nothing where they agree", ({ expect }) => {
    const r = rows(1);
    r.claimed = [
      {
        subject_type: "commitment",
        subject_id: "cm1",
        predicate: "effective_on",
        vals: JSON.stringify(["2025-03-19", "2025-03-20"]),
      },
      { subject_type: "commitment", subject_id: "cm1", predicate: "signed_on", vals: JSON.stringify(["2024-09-26"]) },
      { subject_type: "event", subject_id: "ev0", predicate: "date", vals: JSON.stringify(["2025-01-19"]) },
    ];
    const d = assembleDossier(r, opts("en"));
    expect(d.commitments[0]?.conflicts).toEqual([{ field: "effectiveOn", values: ["2025-03-19", "2025-03-20"] }]);
    expect(d.events[0]?.conflicts).toEqual([{ field: "date", values: ["2025-01-20", "2025-01-19"] }]);
    expect(d.positions[0]?.conflicts).toEqual([]);
  });
});
