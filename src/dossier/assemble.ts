/**
 * Dossier assembly: a pure function from rows to the public JSON shape (tested without D1).
 */
import { issueName } from "../i18n/issues";
import { countryName, type Locale, pickText } from "../i18n/locales";
import { parseJson } from "../lib/json";
import type {
  CommitmentOutput,
  DossierOutput,
  EventOutput,
  PositionOutput,
  SourceOutput,
  TrackOutput,
} from "../schemas/dossier";
import type { DossierRows } from "../store/dossier";
import { type Corroboration, corroborationOf, type Evidence, evidenceOf } from "./corroboration";
import type { ClaimedRow, CommitmentRow, EventRow, PositionRow, SourceRow, TrackRow } from "../store/rows";

type Texts = Record<string, string>;

/** Sources by `subject_type:subject_id`, with what each says about corroboration. */
export class SourceIndex {
  private readonly lists = new Map<string, SourceOutput[]>();
  private readonly evidence = new Map<string, Evidence[]>();
  private readonly counts = new Map<string, number>();

  /** Adds one source of one subject; `total` is the subject's count of sources in all, when the store capped them. */
  add(key: string, source: SourceOutput, evidence: Evidence, total?: number): void {
    const list = this.lists.get(key);
    if (list) list.push(source);
    else this.lists.set(key, [source]);
    const ev = this.evidence.get(key);
    if (ev) ev.push(evidence);
    else this.evidence.set(key, [evidence]);
    this.counts.set(key, Math.max(this.counts.get(key) ?? 0, total ?? 0, this.lists.get(key)?.length ?? 0));
  }

  /** The sources of a subject. */
  get(key: string): SourceOutput[] | undefined {
    return this.lists.get(key);
  }

  /** How many sources a subject has in all (may exceed the shown ones). */
  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** The subjects that have sources. */
  keys(): IterableIterator<string> {
    return this.lists.keys();
  }

  /** How a subject is corroborated by its shown sources (the newest SOURCES_SHOWN). */
  corroboration(key: string): Corroboration {
    return corroborationOf(this.evidence.get(key) ?? []);
  }
}
/** Claimed values by `subject_type:subject_id:predicate`. */
export type ClaimedIndex = Map<string, string[]>;
export interface Conflict {
  field: string;
  values: string[];
}

/** Indexes the values sources claim, by subject and predicate. */
export function indexClaimed(rows: readonly ClaimedRow[] | undefined): ClaimedIndex {
  return new Map(
    (rows ?? []).map((r) => [`${r.subject_type}:${r.subject_id}:${r.predicate}`, parseJson<string[]>(r.vals, [])]),
  );
}

/**
 * The fields whose sources disagree with each other or with the record: each lists the record's value first,
 * then the other values stated. A field no source mentions is no conflict.
 */
export function conflictsOf(
  claimed: ClaimedIndex,
  subject: string,
  fields: readonly [predicate: string, field: string, current: string | null][],
): Conflict[] {
  const out: Conflict[] = [];
  for (const [predicate, field, current] of fields) {
    const stated = claimed.get(`${subject}:${predicate}`) ?? [];
    const values = [...new Set([...(current ? [current] : []), ...stated])];
    if (stated.length > 0 && values.length > 1) out.push({ field, values });
  }
  return out;
}

/** Groups source rows by `subject_type:subject_id`; each row's `total` (when read) is the subject's count. */
export function indexSources(rows: readonly SourceRow[]): SourceIndex {
  const index = new SourceIndex();
  for (const r of rows) {
    index.add(`${r.subject_type}:${r.subject_id}`, toSource(r), evidenceOf(r), r.total ?? undefined);
  }
  return index;
}

/** Maps one source row to its public shape. */
export function toSource(r: SourceRow): SourceOutput {
  return {
    articleId: r.article_id,
    outlet: r.outlet,
    language: r.language,
    url: r.url,
    title: r.title,
    publishedOn: r.published_on,
    machineCoded: r.machine === 1,
  };
}

/** Maps a track row. `sectorLabels` maps sector slug to its localized label. */
export function toTrack(r: TrackRow, lang: Locale, sectorLabels: ReadonlyMap<string, string>): TrackOutput {
  return {
    slug: r.slug,
    sector: r.sector,
    sectorLabel: sectorLabels.get(r.sector) ?? r.sector,
    title: pickText(parseJson<Texts>(r.titles, {}), lang),
    status: r.status,
    lastActivity: r.last_activity,
    sourceCount: r.source_count,
    origin: r.origin,
  };
}

/** Maps a commitment row with its sources. */
export function toCommitment(
  r: CommitmentRow,
  lang: Locale,
  sources: SourceIndex,
  claimed: ClaimedIndex,
): CommitmentOutput {
  return {
    id: r.id,
    track: r.track,
    kind: r.kind,
    legalForm: r.legal_form ?? null,
    instruments: r.instruments ?? 1,
    title: pickText(parseJson<Texts>(r.titles, {}), lang),
    status: r.status,
    signedOn: r.signed_on,
    effectiveOn: r.effective_on,
    history: parseJson<{ status: string; on: string | null }[]>(r.history, []),
    origin: r.origin,
    ...sources.corroboration(`commitment:${r.id}`),
    sources: sources.get(`commitment:${r.id}`) ?? [],
    sourceCount: sources.count(`commitment:${r.id}`),
    conflicts: conflictsOf(claimed, `commitment:${r.id}`, [
      ["signed_on", "signedOn", r.signed_on],
      ["effective_on", "effectiveOn", r.effective_on],
      ["legal_form", "legalForm", r.legal_form],
      ["instruments", "instruments", String(r.instruments ?? 1)],
    ]),
  };
}

/** Maps an event row with its sources. */
export function toEvent(r: EventRow, lang: Locale, sources: SourceIndex, claimed: ClaimedIndex): EventOutput {
  return {
    id: r.id,
    date: r.date,
    endDate: r.end_date,
    dateEvidence: r.date_evidence,
    kind: r.kind,
    place: r.place,
    title: pickText(parseJson<Texts>(r.titles, {}), lang),
    tracks: parseJson<string[]>(r.tracks, []).sort(),
    origin: r.origin,
    sources: sources.get(`event:${r.id}`) ?? [],
    sourceCount: sources.count(`event:${r.id}`),
    conflicts: conflictsOf(claimed, `event:${r.id}`, [["date", "date", r.date]]),
  };
}

/** Maps a position row with its sources. */
export function toPosition(r: PositionRow, lang: Locale, sources: SourceIndex, claimed: ClaimedIndex): PositionOutput {
  return {
    id: r.id,
    holder: r.holder,
    holderName: countryName(r.holder, lang),
    issue: r.issue,
    issueName: issueName(r.issue, lang),
    stance: r.stance,
    statement: pickText(parseJson<Texts>(r.statements, {}), lang),
    firstStated: r.first_stated,
    lastReaffirmed: r.last_reaffirmed,
    origin: r.origin,
    sources: sources.get(`position:${r.id}`) ?? [],
    conflicts: conflictsOf(claimed, `position:${r.id}`, [["stance", "stance", r.stance]]),
  };
}

export interface AssembleOptions {
  lang: Locale;
  /** Page size asked of the store; rows holds up to eventLimit + 1 events (the extra one means "more"). */
  eventLimit: number;
  sectorLabels: ReadonlyMap<string, string>;
  /** Builds the cursor of the next event page from the last event shown. */
  nextCursor: (last: EventRow) => string;
  /** Absolute URLs of related resources. */
  links: Record<string, string>;
}

/** Assembles the public dossier from its rows. Pure: same rows and options, same JSON. */
export function assembleDossier(rows: DossierRows, opts: AssembleOptions): DossierOutput {
  const { lang } = opts;
  const sources = indexSources(rows.sources);
  const claimed = indexClaimed(rows.claimed);
  const [a, b] = rows.pair.key.split("-") as [string, string];
  const shown = rows.events.slice(0, opts.eventLimit);
  const last = shown[shown.length - 1];
  return {
    pair: rows.pair.key,
    lang,
    countries: [a, b].map((code) => ({ code, name: countryName(code, lang) })),
    version: rows.pair.version,
    updatedAt: rows.pair.updated_at,
    tracks: rows.tracks.map((t) => toTrack(t, lang, opts.sectorLabels)),
    commitments: rows.commitments.map((c) => toCommitment(c, lang, sources, claimed)),
    events: shown.map((e) => toEvent(e, lang, sources, claimed)),
    eventsNextCursor: rows.events.length > opts.eventLimit && last ? opts.nextCursor(last) : null,
    positions: rows.positions.map((p) => toPosition(p, lang, sources, claimed)),
    links: opts.links,
  };
}
