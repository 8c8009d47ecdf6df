/**
 * The article archive in R2: one JSON object per stored report, under `articles/<article id>.json`, holding the
 * cleaned text the pipeline read, the original HTML when one was given, and the input metadata. D1 keeps only
 * what reads need; the archive is what a re-analysis runs over. It is admin-only: the text is the outlet's.
 * Layout and examples: docs/archive.md.
 */
import * as v from "valibot";
import { PIPELINE_VERSION } from "../ingest/version";

/** Format version of an archived object, bumped if its shape ever changes. */
export const ARCHIVE_FORMAT = 1;

/** What an ingest knows about a report besides its text (all optional but `origin` and `ingestedAt`). */
export type ArchiveMeta = {
  origin: "admin" | "feed";
  url?: string;
  title?: string;
  outlet?: string;
  /** The language given with the input (BCP 47), not the detected one. */
  language?: string;
  publishedAt?: string;
  feedId?: number;
  /** When the report was ingested (ISO 8601). */
  ingestedAt: string;
};

/** What `archiveArticle` stores. */
export interface ArchiveInput {
  text: string;
  html?: string;
  meta: ArchiveMeta;
  /** The pipeline version that read the text; defaults to the current PIPELINE_VERSION. */
  pipelineVersion?: string;
}

const ArchivedSchema = v.object({
  format: v.literal(ARCHIVE_FORMAT),
  id: v.string(),
  text: v.string(),
  html: v.nullable(v.string()),
  meta: v.looseObject({ origin: v.picklist(["admin", "feed"]), ingestedAt: v.string() }),
  pipelineVersion: v.string(),
  archivedAt: v.string(),
});

/** One archived report as read back. */
export type ArchivedArticle = v.InferOutput<typeof ArchivedSchema>;

/** The R2 key of an article's archived object. */
export function archiveKey(id: string): string {
  return `articles/${id}.json`;
}

/** Thrown when R2 refuses a write: the ingest stops before D1 is touched, and retrying is safe. */
export class ArchiveWriteError extends Error {
  constructor(id: string, cause: unknown) {
    super(`Could not archive article ${id}.`, { cause });
    this.name = "ArchiveWriteError";
  }
}

/**
 * Stores (or overwrites) one report in the archive. The key is the article id, which is derived from the text,
 * so writing the same report again replaces the object with the same content: the put is idempotent.
 */
export async function archiveArticle(env: { ARCHIVE: R2Bucket }, id: string, input: ArchiveInput): Promise<void> {
  const pipelineVersion = input.pipelineVersion ?? PIPELINE_VERSION;
  const body: ArchivedArticle = {
    format: ARCHIVE_FORMAT,
    id,
    text: input.text,
    html: input.html ?? null,
    meta: input.meta,
    pipelineVersion,
    archivedAt: new Date().toISOString(),
  };
  try {
    await env.ARCHIVE.put(archiveKey(id), JSON.stringify(body), {
      httpMetadata: { contentType: "application/json; charset=utf-8" },
      customMetadata: { format: String(ARCHIVE_FORMAT), origin: input.meta.origin, pipeline: pipelineVersion },
    });
  } catch (err) {
    throw new ArchiveWriteError(id, err);
  }
}

/** Reads one archived report, or null when there is none (or the object is not ours). */
export async function readArchivedArticle(env: { ARCHIVE: R2Bucket }, id: string): Promise<ArchivedArticle | null> {
  const obj = await env.ARCHIVE.get(archiveKey(id));
  if (!obj) return null;
  let json: unknown;
  try {
    json = await obj.json();
  } catch {
    return null;
  }
  const parsed = v.safeParse(ArchivedSchema, json);
  return parsed.success ? parsed.output : null;
}
