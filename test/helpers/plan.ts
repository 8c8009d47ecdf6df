/** A write plan for store tests: one article that changes nothing, plus whatever the test adds. */
import type { WritePlan } from "../../src/ingest/plan/types";

/** A plan for article `id` about `pairs` that writes only the article, with `over` merged in. */
export function writePlan(id: string, pairs: string[], over: Partial<WritePlan> = {}): WritePlan {
  return {
    article: {
      id,
      url: null,
      contentHash: `hash-${id}`,
      outlet: "Test Wire",
      language: "en",
      title: null,
      publishedOn: null,
      publishedAt: null,
      origin: "admin",
      feedId: null,
      syndicatedOf: null,
      textLength: 1,
      minhash: [],
      bands: [],
      pipelineVersion: null,
    },
    articlePairs: pairs.map((pair) => ({ pair, score: 1 })),
    newPairs: [],
    newTracks: [],
    touchedTracks: [],
    newEvents: [],
    redatedEvents: [],
    eventTracks: [],
    eventEntities: [],
    newCommitments: [],
    formedCommitments: [],
    countedCommitments: [],
    advancedCommitments: [],
    statusSteps: [],
    newPositions: [],
    reaffirmedPositions: [],
    claims: [],
    resolution: { id, language: "en", pairs, events: [], sectors: [], tracks: [], commitments: [], syndicatedOf: null },
    ...over,
  };
}
