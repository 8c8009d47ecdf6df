/** Pure inputs of planIngest for unit tests: an analysis, a known pair, the context and the article input. */
import { matchEvent } from "../../src/ingest/plan/cluster";
import type { IngestContext, PairContext } from "../../src/ingest/plan/types";
import { similarity } from "../../src/ingest/read/minhash";
import type { Analysis } from "../../src/ingest/types";

export const span = (text: string, start = 0) => ({ start, end: start + text.length, text });

export function analysis(over: Partial<Analysis> = {}): Analysis {
  return {
    language: "en",
    title: "Visa waiver in force",
    text: "Body",
    contentHash: "ab".repeat(32),
    minhash: [1, 2, 3, 4],
    bands: ["b0:x"],
    publishedOn: "2025-03-19",
    countries: [],
    pairs: [{ key: "KZ-MA", score: 5 }],
    sectors: [{ slug: "mobility-consular", score: 2, evidence: [span("visa")] }],
    tracks: [{ slug: "visa-exemption", sector: "mobility-consular", score: 2, evidence: [span("visa waiver")] }],
    dates: [],
    eventDate: { date: "2025-03-19", evidence: "explicit", role: "entry-into-force", span: span("19 March 2025") },
    commitments: [
      {
        kind: "agreement",
        status: "in_force",
        track: "visa-exemption",
        sector: "mobility-consular",
        title: "Visa exemption agreement",
        effectiveOn: "2025-03-19",
        quote: span("enters into force on 19 March 2025"),
        confidence: 0.8,
      },
    ],
    positions: [],
    entities: ["astana"],
    place: "Astana",
    ...over,
  };
}

/** The known pair's seeded visa agreement: signed, not yet in force. */
export const VISA_COMMITMENT: PairContext["commitments"][number] = {
  id: "cm_visa",
  track: "visa-exemption",
  kind: "agreement",
  legalForm: "agreement",
  instruments: 1,
  status: "signed",
  signedOn: "2024-09-26",
  effectiveOn: null,
  origin: "seed",
};

export function pairCtx(over: Partial<PairContext> = {}): PairContext {
  return {
    exists: true,
    tracks: [{ slug: "visa-exemption", sector: "mobility-consular" }],
    commitments: [VISA_COMMITMENT],
    events: [
      {
        id: "ev_in_force",
        date: "2025-03-19",
        dateEvidence: "explicit",
        tracks: ["visa-exemption"],
        entities: [],
        place: null,
      },
    ],
    positions: [],
    ...over,
  };
}

export const ctx = (pc: PairContext | undefined, near: IngestContext["nearDuplicates"] = []): IngestContext => ({
  pairs: new Map(pc ? [["KZ-MA", pc]] : []),
  nearDuplicates: near,
  sectorLabels: new Map([["mobility-consular", { en: "Mobility and consular affairs", fr: "Mobilité" }]]),
  now: "2025-03-20T00:00:00.000Z",
});
export const deps = { matchEvent, similarity };
export const input = {
  articleId: "ar_1",
  input: { text: "Body", url: "https://news.example/1", outlet: "Wire" },
  origin: "admin" as const,
  feedId: null,
};
