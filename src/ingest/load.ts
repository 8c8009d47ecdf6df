/**
 * Loads the ingestion pipeline on demand. Its libraries (language detection, date parsing, lexicons) are
 * imported lazily so the public read path never pays for them (see README: bundle and start-up).
 */
import type { Pipeline } from "./ingest";
import { PIPELINE_VERSION } from "./version";

let loading: Promise<Pipeline> | undefined;

/** The pipeline, imported once per isolate. */
export function loadPipeline(): Promise<Pipeline> {
  loading ??= Promise.all([import("./analyze"), import("./plan/cluster"), import("./read/minhash")]).then(
    ([a, c, m]) => ({
      version: PIPELINE_VERSION,
      analyze: a.analyze,
      deps: { matchEvent: c.matchEvent, similarity: m.similarity },
    }),
  );
  return loading;
}
