/** The sections of the dossier page: tracks, commitments (with their lifecycle), events, positions. */
import { COMMITMENT_LABELS, restsOnOneSource } from "../i18n/commitment-labels";
import { enumLabel, labelsFor } from "../i18n/labels";
import type { Locale } from "../i18n/locales";
import { placeName } from "../i18n/places";
import type { CommitmentOutput, EventOutput, PositionOutput, TrackOutput } from "../schemas/dossier";
import { Conflicts, DateTime, MachineMark, Sources } from "./sources";

/** Tracks with their status, sector and last activity. */
export function TrackList(props: { tracks: readonly TrackOutput[]; lang: Locale }) {
  const l = labelsFor(props.lang);
  return (
    <ul class="items">
      {props.tracks.map((t) => (
        <li id={`track-${t.slug}`}>
          <h3>
            <bdi>{t.title}</bdi>
          </h3>
          <span class="status">{enumLabel(l.status, t.status)}</span> <span class="meta">{t.sectorLabel}</span>
          {t.origin === "machine" ? <MachineMark lang={props.lang} /> : null}
          <p class="meta">
            {t.lastActivity ? (
              <>
                {l.lastActivity}: <DateTime iso={t.lastActivity} lang={props.lang} />
                {" · "}
              </>
            ) : null}
            {l.sources}: {t.sourceCount}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** A commitment's legal form and how it is known; a signature or entry into force on one unofficial source is marked. */
function Corroboration(props: { commitment: CommitmentOutput; lang: Locale }) {
  const c = props.commitment;
  const t = COMMITMENT_LABELS[props.lang];
  return (
    <p class="meta corroboration">
      {c.legalForm ? (
        <>
          {t.legalForm}: <span class="legal-form">{t.forms[c.legalForm]}</span>
          {" · "}
        </>
      ) : null}
      {c.instruments > 1 ? (
        <>
          <span class="batch">{t.batch(c.instruments)}</span>
          {" · "}
        </>
      ) : null}
      <span class="independent">{t.independent(c.independentSources)}</span>
      {c.officialSource ? <span class="official">{t.official}</span> : null}
      {restsOnOneSource(c) ? <strong class="single-source">{t.singleSource}</strong> : null}
    </p>
  );
}

/** Commitments with status, dates and every dated step of their lifecycle. */
export function CommitmentList(props: { commitments: readonly CommitmentOutput[]; lang: Locale }) {
  const l = labelsFor(props.lang);
  return (
    <ul class="items">
      {props.commitments.map((c) => (
        <li id={c.id}>
          <h3>
            <bdi>{c.title}</bdi>
          </h3>
          <span class="status">{enumLabel(l.status, c.status)}</span>
          {c.origin === "machine" ? <MachineMark lang={props.lang} /> : null}
          <Corroboration commitment={c} lang={props.lang} />
          <p class="meta">
            {c.signedOn ? (
              <>
                {l.signedOn}: <DateTime iso={c.signedOn} lang={props.lang} />
                {c.effectiveOn ? " · " : null}
              </>
            ) : null}
            {c.effectiveOn ? (
              <>
                {l.effectiveOn}: <DateTime iso={c.effectiveOn} lang={props.lang} />
              </>
            ) : null}
          </p>
          {c.history.length > 0 ? (
            <>
              <span class="meta">{l.lifecycle}</span>
              <ol class="steps">
                {c.history.map((h) => (
                  <li>
                    {enumLabel(l.status, h.status)}
                    {h.on ? (
                      <>
                        {" · "}
                        <DateTime iso={h.on} lang={props.lang} />
                      </>
                    ) : null}
                  </li>
                ))}
              </ol>
            </>
          ) : null}
          <Conflicts conflicts={c.conflicts} lang={props.lang} />
          <Sources sources={c.sources} lang={props.lang} />
        </li>
      ))}
    </ul>
  );
}

/** Events, newest first, with their date (or range), place and sources. */
export function EventList(props: { events: readonly EventOutput[]; lang: Locale }) {
  return (
    <ol class="items" reversed>
      {props.events.map((e) => (
        <li id={e.id}>
          <h3>
            <bdi>{e.title}</bdi>
          </h3>
          <p class="meta">
            <DateTime iso={e.date} lang={props.lang} />
            {e.endDate && e.endDate !== e.date ? (
              <>
                {" – "}
                <DateTime iso={e.endDate} lang={props.lang} />
              </>
            ) : null}
            {e.place ? (
              <>
                {" · "}
                <bdi>{placeName(e.place, props.lang)}</bdi>
              </>
            ) : null}
            {e.origin === "machine" ? <MachineMark lang={props.lang} /> : null}
          </p>
          <Conflicts conflicts={e.conflicts} lang={props.lang} />
          <Sources sources={e.sources} lang={props.lang} />
        </li>
      ))}
    </ol>
  );
}

/** Positions with their first-stated and last-reaffirmed dates. */
export function PositionList(props: { positions: readonly PositionOutput[]; lang: Locale }) {
  const l = labelsFor(props.lang);
  return (
    <ul class="items">
      {props.positions.map((p) => (
        <li id={p.id}>
          <h3>
            <bdi>{p.holderName}</bdi> · {enumLabel(l.stance, p.stance)} · <bdi>{p.issueName}</bdi>
          </h3>
          {p.origin === "machine" ? <MachineMark lang={props.lang} /> : null}
          <p dir="auto">{p.statement}</p>
          <p class="meta">
            {l.firstStated}: <DateTime iso={p.firstStated} lang={props.lang} />
            {" · "}
            {l.lastReaffirmed}: <DateTime iso={p.lastReaffirmed} lang={props.lang} />
          </p>
          <Conflicts conflicts={p.conflicts} lang={props.lang} />
          <Sources sources={p.sources} lang={props.lang} />
        </li>
      ))}
    </ul>
  );
}
