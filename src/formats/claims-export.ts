/**
 * Claims with their provenance as CSV (RFC 4180) and NDJSON. One row (line) per claim; a CSV row
 * carries the sources both readable (outlets, languages, article ids, separated by "; ") and complete
 * (`sources_json`), so a spreadsheet user and a script both get what they need.
 */
import { type Corroboration, corroborationOf, type Evidence } from "../dossier/corroboration";
import { outletOf } from "../ingest/recognize/outlets";
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
  /** The claim's commitment (null for other subjects): its legal form and corroboration, as in the dossier. */
  legalForm: string | null;
  /** How many instruments the commitment stands for (a counted batch), null for other subjects. */
  instruments: number | null;
  independentSources: number | null;
  officialSource: boolean | null;
  singleSource: boolean | null;
}

type RawSource = ExportSource & { root?: string | null };

/** Whether a claim states its commitment's current status (or that status's date), as the dossier counts it. */
function statesStatus(r: ClaimExportRow): boolean {
  const status = r.commitment_status;
  if (r.predicate === "status") return r.value === status;
  if (r.predicate === "signed_on") return status === "signed";
  if (r.predicate === "effective_on") return status === "in_force";
  return false;
}

/** Maps export rows; each commitment's claims carry its corroboration, counted over its claims not rejected. */
export function toExportClaims(rows: readonly ClaimExportRow[]): ExportClaim[] {
  const parsed = rows.map((r) => ({ r, sources: parseJson<RawSource[]>(r.sources, []) }));
  const evidence = new Map<string, Evidence[]>();
  for (const { r, sources } of parsed) {
    if (r.subject_type !== "commitment" || r.review === "rejected") continue;
    const list = evidence.get(r.subject_id) ?? [];
    for (const s of sources)
      list.push({
        root: s.root ?? s.articleId,
        official: outletOf(s.url ?? undefined)?.official ?? false,
        supports: statesStatus(r),
      });
    evidence.set(r.subject_id, list);
  }
  const corroboration = new Map<string, Corroboration>();
  for (const [id, list] of evidence) corroboration.set(id, corroborationOf(list));
  return parsed.map(({ r, sources }) => {
    const cor = r.subject_type === "commitment" ? corroboration.get(r.subject_id) : undefined;
    const commitment = r.subject_type === "commitment";
    return {
      claimId: r.id,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      predicate: r.predicate,
      value: r.value,
      origin: r.origin,
      review: r.review,
      confidence: r.confidence,
      sources: sources.map(({ root: _root, ...s }) => s),
      legalForm: commitment ? r.legal_form : null,
      instruments: commitment ? (r.instruments ?? 1) : null,
      independentSources: commitment ? (cor?.independentSources ?? 0) : null,
      officialSource: commitment ? (cor?.officialSource ?? false) : null,
      singleSource: commitment ? (cor?.singleSource ?? false) : null,
    };
  });
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
  // A commitment's legal form and corroboration (empty for other subjects); appended so earlier columns keep their place.
  "legal_form",
  "independent_sources",
  "official_source",
  "single_source",
  "instruments",
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
      c.legalForm ?? "",
      c.independentSources === null ? "" : String(c.independentSources),
      c.officialSource === null ? "" : String(c.officialSource),
      c.singleSource === null ? "" : String(c.singleSource),
      c.instruments === null ? "" : String(c.instruments),
    ]);
  }
  return out;
}

/** NDJSON: one JSON object per claim, each line ending with LF. */
export function renderNdjson(claims: readonly ExportClaim[]): string {
  return claims.map((c) => `${JSON.stringify(c)}\n`).join("");
}
