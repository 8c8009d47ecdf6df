/**
 * Claims with their provenance as CSV (RFC 4180) and NDJSON. One row (line) per claim; a CSV row
 * carries the sources both readable (outlets, languages, article ids, separated by "; ") and complete
 * (`sources_json`), so a spreadsheet user and a script both get what they need.
 */
import { parseJson } from "../lib/json";
import type { ClaimExportRow } from "../store/exports";

export interface ExportSource {
  articleId: string;
  outlet: string;
  language: string;
  url: string | null;
  publishedOn: string | null;
  quote: string | null;
}

export interface ExportClaim {
  claimId: string;
  subjectType: string;
  subjectId: string;
  predicate: string;
  value: string;
  origin: ClaimExportRow["origin"];
  review: ClaimExportRow["review"];
  confidence: number;
  sources: ExportSource[];
}

/** Maps an export row. */
export function toExportClaim(r: ClaimExportRow): ExportClaim {
  return {
    claimId: r.id,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    predicate: r.predicate,
    value: r.value,
    origin: r.origin,
    review: r.review,
    confidence: r.confidence,
    sources: parseJson<ExportSource[]>(r.sources, []),
  };
}

export const CSV_COLUMNS = [
  "claim_id",
  "subject_type",
  "subject_id",
  "predicate",
  "value",
  "origin",
  "review",
  "confidence",
  "source_count",
  "source_article_ids",
  "source_outlets",
  "source_languages",
  "source_urls",
  "source_published_on",
  "sources_json",
] as const;

/** Quotes a CSV field when it needs it (RFC 4180 §2.6–2.7: quotes doubled inside). */
export function csvField(value: string): string {
  // A text starting with = + - @ (or a tab/CR) is a formula to a spreadsheet: prefix it with an apostrophe
  // (OWASP's advice against CSV injection) so source text can never run in the reader's spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvRow(fields: readonly string[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

/** The whole CSV: a header row, then one CRLF-terminated row per claim. */
export function renderCsv(claims: readonly ExportClaim[]): string {
  let out = csvRow(CSV_COLUMNS);
  for (const c of claims) {
    const list = (pick: (s: ExportSource) => string | null) => c.sources.map((s) => pick(s) ?? "").join("; ");
    out += csvRow([
      c.claimId,
      c.subjectType,
      c.subjectId,
      c.predicate,
      c.value,
      c.origin,
      c.review,
      String(c.confidence),
      String(c.sources.length),
      list((s) => s.articleId),
      list((s) => s.outlet),
      list((s) => s.language),
      list((s) => s.url),
      list((s) => s.publishedOn),
      JSON.stringify(c.sources),
    ]);
  }
  return out;
}

/** NDJSON: one JSON object per claim, each line ending with LF. */
export function renderNdjson(claims: readonly ExportClaim[]): string {
  return claims.map((c) => `${JSON.stringify(c)}\n`).join("");
}
