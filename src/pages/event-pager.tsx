/** Links between the pages of a dossier's events: newer (rel=prev) and older (rel=next), plain server links. */
import { labelsFor } from "../i18n/labels";
import type { Locale } from "../i18n/locales";
import type { EventsPage } from "../dossier/event-pages";

/** The dossier page's URL for a page of events (null cursor: the first page), landing on the events. */
export function eventsPageHref(pair: string, lang: Locale, cursor: string | null): string {
  const q = [...(lang === "en" ? [] : [`lang=${lang}`]), ...(cursor ? [`cursor=${cursor}`] : [])].join("&");
  return `/pairs/${pair}${q ? `?${q}` : ""}#h-events`;
}

/** `<link rel=prev/next>` for the page's head. */
export function EventPageLinks(props: { page: EventsPage; pair: string; lang: Locale }) {
  const { page, pair, lang } = props;
  return (
    <>
      {page.newer !== undefined ? <link rel="prev" href={eventsPageHref(pair, lang, page.newer)} /> : null}
      {page.older ? <link rel="next" href={eventsPageHref(pair, lang, page.older)} /> : null}
    </>
  );
}

/** The navigation under the events: newer and older pages, when there are any. */
export function EventPager(props: { page: EventsPage; pair: string; lang: Locale }) {
  const { page, pair, lang } = props;
  const l = labelsFor(lang);
  if (page.newer === undefined && !page.older) return null;
  return (
    <nav class="pager" aria-label={l.eventPages}>
      {page.newer !== undefined ? (
        <a rel="prev" href={eventsPageHref(pair, lang, page.newer)}>
          {l.newerEvents}
        </a>
      ) : null}
      {page.older ? (
        <a rel="next" href={eventsPageHref(pair, lang, page.older)}>
          {l.olderEvents}
        </a>
      ) : null}
    </nav>
  );
}
