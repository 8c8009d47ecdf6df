/** What an embed shows, derived from a dossier (pure, so it is tested without D1 or HTML). */
import type { CommitmentOutput, DossierOutput, EventOutput, TrackOutput } from "../schemas/dossier";

/** The options an embed is rendered with (validated query). */
export interface EmbedOptions {
  /** Track slugs to keep; empty keeps every track. */
  tracks: readonly string[];
  /** Number of latest events shown (1–20). */
  limit: number;
  /** Today (UTC, YYYY-MM-DD): events on or after it, and commitments effective after it, are upcoming. */
  today: string;
}

/** One upcoming milestone: an event to come, or a commitment entering into force. */
export type Milestone =
  | { kind: "event"; date: string; event: EventOutput }
  | { kind: "commitment"; date: string; commitment: CommitmentOutput };

/** The content of an embed. */
export interface EmbedView {
  tracks: TrackOutput[];
  latest: EventOutput[];
  upcoming: Milestone[];
  /** Signed, ratified and in-force commitments kept by the track filter, newest first (at most INSTRUMENTS_SHOWN). */
  instruments: CommitmentOutput[];
  /** Distinct source articles behind everything the dossier holds. */
  sourceCount: number;
}

/** Instruments an embed lists (the full dossier lists them all). */
export const INSTRUMENTS_SHOWN = 5;
const SIGNED = new Set(["signed", "ratified", "in_force"]);

/** Selects the tracks, latest events, upcoming milestones and signed instruments of an embed. */
export function embedView(d: DossierOutput, opts: EmbedOptions): EmbedView {
  const keep = opts.tracks.length > 0 ? new Set(opts.tracks) : undefined;
  const tracks = keep ? d.tracks.filter((t) => keep.has(t.slug)) : d.tracks;
  const events = keep ? d.events.filter((e) => e.tracks.some((t) => keep.has(t))) : d.events;
  const commitments = keep ? d.commitments.filter((c) => keep.has(c.track)) : d.commitments;
  const latest = events.filter((e) => e.date < opts.today).slice(0, opts.limit);
  const upcoming: Milestone[] = [
    ...events
      .filter((e) => e.date >= opts.today)
      .map((event): Milestone => ({ kind: "event", date: event.date, event })),
    ...commitments
      .filter((c) => c.effectiveOn !== null && c.effectiveOn > opts.today)
      .map((commitment): Milestone => ({ kind: "commitment", date: commitment.effectiveOn ?? "", commitment })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const articles = new Set<string>();
  for (const item of [...d.commitments, ...d.events, ...d.positions])
    for (const s of item.sources) articles.add(s.articleId);
  // The dossier lists commitments by date, newest first: keep that order.
  const instruments = commitments.filter((c) => SIGNED.has(c.status)).slice(0, INSTRUMENTS_SHOWN);
  return { tracks, latest, upcoming, instruments, sourceCount: articles.size };
}
