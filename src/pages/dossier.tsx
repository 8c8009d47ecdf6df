/** The dossier page of a pair: tracks, commitments, timeline, events and positions, with sources. */
import { labelsFor } from "../i18n/labels";
import { type Locale, LOCALES } from "../i18n/locales";
import type { DossierOutput } from "../schemas/dossier";
import { CommitmentList, EventList, PositionList, TrackList } from "./dossier-sections";
import { dossierJsonLd, scriptJson } from "./json-ld";
import { Layout } from "./layout";
import { DateTime } from "./sources";
import type { EventsPage } from "../dossier/event-pages";
import type { TimelineData } from "../widgets/timeline-bins";
import { TimelineFigure } from "../widgets/timeline-figure";
import { EventPageLinks, EventPager } from "./event-pager";
import { dossierPageUrl, pairTitle } from "../lib/links";

export interface DossierPageProps {
  dossier: DossierOutput;
  /** Every event of the pair counted per period, and the milestones. */
  timeline: TimelineData;
  /** The page of events shown (the dossier's own, or an older one). */
  events: EventsPage;
  lang: Locale;
  origin: string;
}

/** The full dossier page. */
export function DossierPage({ dossier: d, timeline, events, lang, origin }: DossierPageProps) {
  const l = labelsFor(lang);
  const path = `/pairs/${d.pair}`;
  const pageUrl = dossierPageUrl(origin, d.pair, lang);
  const title = pairTitle(d.pair, lang);
  const link = (name: string) => d.links[name] ?? "";
  const head = (
    <>
      <link rel="canonical" href={pageUrl} />
      {LOCALES.map((code) => (
        <link rel="alternate" hreflang={code} href={dossierPageUrl(origin, d.pair, code)} />
      ))}
      <EventPageLinks page={events} pair={d.pair} lang={lang} />
      <link rel="alternate" type="application/json" href={link("self")} />
      <link rel="alternate" type="application/atom+xml" title={`Bilateral: ${title}`} href={link("atom")} />
      <link
        rel="alternate"
        type="application/json+oembed"
        title={title}
        href={`${origin}/oembed?url=${encodeURIComponent(pageUrl)}`}
      />
      <meta name="description" content={`${title}: ${l.tracks}, ${l.commitments}, ${l.events}, ${l.positions}.`} />
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: scriptJson(dossierJsonLd(d, pageUrl, title)) }}
      />
    </>
  );
  return (
    <Layout lang={lang} title={`${title} · Bilateral`} path={path} head={head}>
      <h1>{title}</h1>
      <p class="meta">
        {l.updated}: <DateTime iso={d.updatedAt} lang={lang} />
      </p>
      <section aria-labelledby="h-timeline">
        <h2 id="h-timeline">{l.timeline}</h2>
        <figure>
          <TimelineFigure data={timeline} tracks={d.tracks} lang={lang} surface="page" />
        </figure>
      </section>
      <section aria-labelledby="h-tracks">
        <h2 id="h-tracks">{l.tracks}</h2>
        <TrackList tracks={d.tracks} lang={lang} />
      </section>
      <section aria-labelledby="h-commitments">
        <h2 id="h-commitments">{l.commitments}</h2>
        <CommitmentList commitments={d.commitments} lang={lang} />
      </section>
      <section aria-labelledby="h-events">
        <h2 id="h-events">{l.events}</h2>
        <EventList events={events.events} lang={lang} />
        <EventPager page={events} pair={d.pair} lang={lang} />
      </section>
      <section aria-labelledby="h-positions">
        <h2 id="h-positions">{l.positions}</h2>
        <PositionList positions={d.positions} lang={lang} />
      </section>
      <section aria-labelledby="h-downloads">
        <h2 id="h-downloads">{l.downloads}</h2>
        <ul>
          <li>
            <a href={link("self")} dir="ltr">
              JSON
            </a>
          </li>
          <li>
            <a href={link("atom")} type="application/atom+xml" dir="ltr">
              Atom
            </a>
          </li>
          <li>
            <a href={link("calendar")} type="text/calendar" dir="ltr">
              iCalendar
            </a>
          </li>
          <li>
            <a href={link("csv")} type="text/csv" dir="ltr">
              CSV
            </a>
          </li>
          <li>
            <a href={link("ndjson")} type="application/x-ndjson" dir="ltr">
              NDJSON
            </a>
          </li>
        </ul>
      </section>
    </Layout>
  );
}
