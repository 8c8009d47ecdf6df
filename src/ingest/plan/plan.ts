/**
 * The ingest planner: a pure function from one analysed report and what the store already holds to the
 * writes that bring the dossier up to date. Enrich, never duplicate: an existing event, commitment,
 * position or track gains a source; only what is new is created. Machine evidence may move a commitment
 * forward in its lifecycle and fill missing dates, never backwards and never over seeded or reviewed dates
 * (a disagreeing date is kept as its own claim, so the conflict stays visible).
 */
import { countryName } from "../../i18n/locales";
import { fnv1a } from "../../lib/hash";
import { EVIDENCE_RANK, statusRank } from "./ranks";
import type { ClaimWrite, IngestContext, PairContext, WritePlan } from "./types";
import type { Analysis, ArticleInput, DateEvidence, EventCandidate, Span } from "../types";

/** Two reports whose MinHash similarity reaches this are copies of one story (syndication). */
export const SYNDICATION_THRESHOLD = 0.5;

export interface PlanDeps {
  /** Finds the event a report belongs to among candidates (src/ingest/cluster.ts). */
  matchEvent: (
    report: {
      eventDate?: { date: string; evidence: DateEvidence };
      tracks: string[];
      entities: string[];
      place?: string;
    },
    candidates: EventCandidate[],
  ) => string | undefined;
  /** MinHash similarity of two signatures (src/ingest/minhash.ts). */
  similarity: (a: number[], b: number[]) => number;
}

export interface PlanInput {
  articleId: string;
  input: ArticleInput;
  origin: "admin" | "feed";
  feedId: number | null;
}

function quote(span: Span | undefined): Pick<ClaimWrite, "quote" | "quoteStart" | "quoteEnd"> {
  return span
    ? { quote: span.text.slice(0, 500), quoteStart: span.start, quoteEnd: span.end }
    : { quote: null, quoteStart: null, quoteEnd: null };
}

function trackTitle(slug: string): string {
  const words = slug.replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Plans the writes for one new (non-duplicate) report. */
export function planIngest(a: Analysis, ctx: IngestContext, p: PlanInput, deps: PlanDeps): WritePlan {
  const syndicatedOf = findOriginal(a, ctx.nearDuplicates, deps);
  const plan: WritePlan = {
    article: {
      id: p.articleId,
      url: p.input.url ?? null,
      contentHash: a.contentHash,
      outlet: p.input.outlet ?? outletOf(p.input.url),
      language: a.language,
      title: a.title || null,
      publishedOn: a.publishedOn ?? null,
      publishedAt: p.input.publishedAt ?? null,
      origin: p.origin,
      feedId: p.feedId,
      syndicatedOf,
      textLength: a.text.length,
      minhash: a.minhash,
      bands: a.bands,
    },
    articlePairs: a.pairs.map((x) => ({ pair: x.key, score: x.score })),
    newPairs: [],
    newTracks: [],
    touchedTracks: [],
    newEvents: [],
    redatedEvents: [],
    eventTracks: [],
    eventEntities: [],
    newCommitments: [],
    advancedCommitments: [],
    statusSteps: [],
    newPositions: [],
    reaffirmedPositions: [],
    claims: [],
    resolution: {
      id: p.articleId,
      language: a.language,
      pairs: a.pairs.map((x) => x.key),
      events: [],
      sectors: a.sectors.map((s) => s.slug),
      tracks: [],
      commitments: [],
      syndicatedOf,
    },
  };
  for (const { key } of a.pairs) planPair(a, ctx, key, ctx.pairs.get(key), plan, deps);
  return plan;
}

/**
 * The stored report this one copies: about the same pairs (a template reused for another pair is not a copy),
 * the most similar at or above the threshold, the oldest on a tie (candidates come oldest first).
 */
function findOriginal(a: Analysis, candidates: IngestContext["nearDuplicates"], deps: PlanDeps): string | null {
  const pairs = a.pairs
    .map((p) => p.key)
    .sort()
    .join(",");
  let best: { id: string; score: number } | null = null;
  for (const d of candidates) {
    if (d.pairs.join(",") !== pairs) continue;
    const score = deps.similarity(d.minhash, a.minhash);
    if (score >= SYNDICATION_THRESHOLD && (!best || score > best.score)) best = { id: d.id, score };
  }
  return best?.id ?? null;
}

function outletOf(url: string | undefined): string {
  if (!url) return "unknown outlet";
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "unknown outlet";
  }
}

function planPair(
  a: Analysis,
  ctx: IngestContext,
  pair: string,
  known: PairContext | undefined,
  plan: WritePlan,
  deps: PlanDeps,
): void {
  const claim = (c: Omit<ClaimWrite, "pair">) => plan.claims.push({ pair, ...c });
  const activity = a.eventDate?.date ?? a.publishedOn ?? null;
  if (!known?.exists) plan.newPairs.push(pair);

  // Tracks. A pair with none gets one track per sector evidenced (slug = sector slug). Later reports attach
  // to the pair's tracks: a track hit names its own track, else its sector's track; a track hit whose sector
  // the pair has no track in yet creates that track. Sector keywords alone never add a track to a known pair.
  const existing = new Map((known?.tracks ?? []).map((t) => [t.slug, t.sector]));
  const created = new Map<string, string>();
  const sectorsWithTracks = new Set(existing.values());
  const tracks: string[] = [];
  const use = (slug: string, confidence: number, evidence: Span | undefined) => {
    if (tracks.includes(slug)) return;
    tracks.push(slug);
    if (activity && existing.has(slug)) plan.touchedTracks.push({ pair, slug, lastActivity: activity });
    claim({
      subjectType: "track",
      subjectId: slug,
      predicate: "mentioned",
      value: "true",
      confidence,
      ...quote(evidence),
    });
  };
  const create = (slug: string, sector: string, titles: Record<string, string>) => {
    plan.newTracks.push({ pair, slug, sector, titles, lastActivity: activity });
    created.set(slug, sector);
    sectorsWithTracks.add(sector);
  };
  if (existing.size === 0) {
    for (const s of a.sectors) {
      create(s.slug, s.slug, ctx.sectorLabels.get(s.slug) ?? { en: trackTitle(s.slug) });
      use(s.slug, Math.min(1, 0.4 + 0.1 * s.score), s.evidence[0]);
    }
  }
  /** The pair's track for a track hit (its own, else its sector's), creating it when its sector has none. */
  const resolveTrack = (slug: string, sector: string): string | undefined => {
    if (existing.has(slug) || created.has(slug)) return slug;
    if (existing.has(sector) || created.has(sector)) return sector;
    if (sectorsWithTracks.has(sector)) return undefined;
    create(slug, sector, { en: trackTitle(slug) });
    return slug;
  };
  for (const t of a.tracks) {
    const slug = resolveTrack(t.slug, t.sector);
    if (slug) use(slug, Math.min(1, 0.5 + 0.1 * t.score), t.evidence[0]);
  }
  plan.resolution.tracks.push(...tracks);

  // Event: join the matching one, or start one when the report has a date of its own.
  const candidates = known?.events ?? [];
  const matched = deps.matchEvent(
    {
      ...(a.eventDate ? { eventDate: a.eventDate } : {}),
      tracks,
      entities: a.entities,
      ...(a.place ? { place: a.place } : {}),
    },
    candidates,
  );
  if (matched) {
    const ev = candidates.find((e) => e.id === matched);
    if (ev) {
      const d = a.eventDate;
      if (d && EVIDENCE_RANK[d.evidence] > EVIDENCE_RANK[ev.dateEvidence]) {
        plan.redatedEvents.push({ id: ev.id, date: d.date, endDate: d.endDate ?? null, evidence: d.evidence });
      }
      // A date of the report's own (explicit or a resolved weekday) is a statement about the event's date;
      // a publication date is not, so such a report only says it reported the event.
      if (d && d.evidence !== "published") {
        claim({
          subjectType: "event",
          subjectId: ev.id,
          predicate: "date",
          value: d.date,
          confidence: d.evidence === "explicit" ? 0.9 : 0.7,
          ...quote(d.span),
        });
      } else {
        claim({
          subjectType: "event",
          subjectId: ev.id,
          predicate: "reported",
          value: "true",
          confidence: 0.6,
          ...quote(undefined),
        });
      }
      for (const t of tracks) if (!ev.tracks.includes(t)) plan.eventTracks.push({ eventId: ev.id, pair, track: t });
      const entities = [...new Set([...ev.entities, ...a.entities])];
      if (entities.length > ev.entities.length) plan.eventEntities.push({ id: ev.id, entities });
      plan.resolution.events.push({
        id: ev.id,
        pair,
        date: d && EVIDENCE_RANK[d.evidence] > EVIDENCE_RANK[ev.dateEvidence] ? d.date : ev.date,
      });
    }
  } else if (a.eventDate) {
    const d = a.eventDate;
    const id = `ev_${pair.toLowerCase().replace("-", "")}_${d.date.replaceAll("-", "")}_${fnv1a(`${pair}|${d.date}|${plan.article.id}`)}`;
    plan.newEvents.push({
      id,
      pair,
      date: d.date,
      endDate: d.endDate ?? null,
      evidence: d.evidence,
      kind: a.commitments.some((c) => c.status === "signed") ? "signing" : "meeting",
      place: a.place ?? null,
      // The report's headline (in its language and in 'en' until a reviewer translates it), composed titles in
      // the other locales; composed everywhere when it has none (see recognize/title.ts). Never a placeholder.
      titles: a.eventTitles?.[pair] ?? { en: a.title || fallbackTitle(pair) },
      entities: a.entities,
      tracks,
    });
    if (d.evidence === "published")
      claim({
        subjectType: "event",
        subjectId: id,
        predicate: "reported",
        value: "true",
        confidence: 0.4,
        ...quote(undefined),
      });
    else
      claim({
        subjectType: "event",
        subjectId: id,
        predicate: "date",
        value: d.date,
        confidence: d.evidence === "explicit" ? 0.9 : 0.7,
        ...quote(d.span),
      });
    plan.resolution.events.push({ id, pair, date: d.date });
  }

  // Commitments: an existing one on the same track and kind gains a source instead of a twin.
  // `planned` holds each commitment's status as this plan leaves it, so two hits on one commitment never
  // push a lower status after a higher one.
  const planned = new Map((known?.commitments ?? []).map((c) => [c.id, c.status]));
  for (const hit of a.commitments) {
    const track = hit.track
      ? resolveTrack(hit.track, hit.sector)
      : existing.has(hit.sector) || created.has(hit.sector)
        ? hit.sector
        : undefined;
    if (!track) continue;
    const same =
      known?.commitments.find((c) => c.track === track && c.kind === hit.kind) ??
      known?.commitments.find((c) => c.track === track);
    const span = quote(hit.quote);
    if (same) {
      const current = planned.get(same.id) ?? same.status;
      if (statusRank(hit.status) > statusRank(current)) {
        planned.set(same.id, hit.status);
        const earlier = plan.advancedCommitments.findIndex((c) => c.id === same.id);
        if (earlier >= 0) plan.advancedCommitments.splice(earlier, 1);
        plan.advancedCommitments.push({
          id: same.id,
          status: hit.status,
          signedOn: same.signedOn ?? hit.signedOn ?? null,
          effectiveOn: same.effectiveOn ?? hit.effectiveOn ?? null,
        });
        plan.statusSteps.push({
          commitmentId: same.id,
          status: hit.status,
          on: stepDate(hit.status, hit.signedOn, hit.effectiveOn, activity),
        });
      }
      claim({
        subjectType: "commitment",
        subjectId: same.id,
        predicate: "status",
        value: hit.status,
        confidence: hit.confidence,
        ...span,
      });
      if (hit.signedOn)
        claim({
          subjectType: "commitment",
          subjectId: same.id,
          predicate: "signed_on",
          value: hit.signedOn,
          confidence: hit.confidence,
          ...span,
        });
      if (hit.effectiveOn)
        claim({
          subjectType: "commitment",
          subjectId: same.id,
          predicate: "effective_on",
          value: hit.effectiveOn,
          confidence: hit.confidence,
          ...span,
        });
      plan.resolution.commitments.push(same.id);
    } else {
      const id = `cm_${pair.toLowerCase().replace("-", "")}_${track.replaceAll("-", "_")}_${fnv1a(`${pair}|${track}|${hit.kind}`)}`;
      if (plan.newCommitments.some((c) => c.id === id)) continue;
      plan.newCommitments.push({
        id,
        pair,
        track,
        kind: hit.kind,
        status: hit.status,
        titles: { en: hit.title },
        signedOn: hit.signedOn ?? null,
        effectiveOn: hit.effectiveOn ?? null,
      });
      plan.statusSteps.push({
        commitmentId: id,
        status: hit.status,
        on: stepDate(hit.status, hit.signedOn, hit.effectiveOn, activity),
      });
      claim({
        subjectType: "commitment",
        subjectId: id,
        predicate: "status",
        value: hit.status,
        confidence: hit.confidence,
        ...span,
      });
      plan.resolution.commitments.push(id);
    }
  }

  // Positions: a known (holder, issue) is reaffirmed; a new one is created.
  for (const pos of a.positions) {
    if (!pair.split("-").includes(pos.holder)) continue;
    const same = known?.positions.find((x) => x.holder === pos.holder && x.issue === pos.issue);
    const date = activity ?? ctx.now.slice(0, 10);
    const id =
      same?.id ??
      `po_${pair.toLowerCase().replace("-", "")}_${pos.holder.toLowerCase()}_${pos.issue.replaceAll("-", "_")}`;
    if (same) {
      if (date > same.lastReaffirmed) plan.reaffirmedPositions.push({ id, date });
    } else {
      plan.newPositions.push({
        id,
        pair,
        holder: pos.holder,
        issue: pos.issue,
        stance: pos.stance,
        statements: { [a.language]: pos.quote.text.slice(0, 400), en: `${pos.stance} (${pos.issue})` },
        date,
      });
    }
    claim({
      subjectType: "position",
      subjectId: id,
      predicate: "stance",
      value: pos.stance,
      confidence: pos.confidence,
      ...quote(pos.quote),
    });
  }
}

/** An English title from the pair alone, for an analysis that carries no composed titles. */
function fallbackTitle(pair: string): string {
  return `${pair
    .split("-")
    .map((c) => countryName(c, "en"))
    .join("–")}: talks`;
}

function stepDate(
  status: string,
  signedOn: string | undefined,
  effectiveOn: string | undefined,
  fallback: string | null,
): string | null {
  if (status === "signed") return signedOn ?? fallback;
  if (status === "in_force") return effectiveOn ?? fallback;
  return fallback;
}
