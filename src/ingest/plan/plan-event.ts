/** Planning a pair's event: join the matching one (re-dating it on better evidence) or start one. */
import { countryName } from "../../i18n/locales";
import { fnv1a } from "../../lib/hash";
import { EVIDENCE_RANK } from "./ranks";
import { type PairScope, quote } from "./scope";

/** Plans the event this report is about, for one pair. */
export function planEvent(scope: PairScope, tracks: string[]): void {
  const { a, pair, known, plan, deps, claim } = scope;
  // Join the matching event, or start one when the report has a date of its own.
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
}

/** An English title from the pair alone, for an analysis that carries no composed titles. */
function fallbackTitle(pair: string): string {
  return `${pair
    .split("-")
    .map((c) => countryName(c, "en"))
    .join("–")}: talks`;
}
