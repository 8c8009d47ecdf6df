/**
 * The embed page (GET /embed/{pair}): server-rendered with hono/jsx, no framework, no inline script.
 * Every text taken from a source goes through hono/jsx's escaping; only http(s) URLs become links.
 */
import { dirOf, type Locale } from "../i18n/locales";
import { COMMITMENT_LABELS, restsOnOneSource } from "../i18n/commitment-labels";
import { enumLabel, labelsFor } from "../i18n/labels";
import type { CommitmentOutput, DossierOutput, EventOutput, SourceOutput } from "../schemas/dossier";
import { EMBED_CSS } from "./embed-style";
import type { EmbedView, Milestone } from "./embed-view";
import { formatDay } from "../i18n/dates";
import { outletName } from "../i18n/outlets";
import { placeName } from "../i18n/places";
import { safeHref } from "./format";
import { sectorColor } from "./sector-colors";
import type { TimelineData } from "./timeline-bins";
import { TimelineFigure } from "./timeline-figure";
import { dossierPageUrl, pairTitle } from "../lib/links";

/** The themes of an embed: 'auto' follows the reader's prefers-color-scheme. */
export type Theme = "light" | "dark" | "auto";

/** Props of the embed page. */
export interface EmbedPageProps {
  dossier: DossierOutput;
  view: EmbedView;
  /** Every event of the pair (or of the tracks kept) counted per period, and the milestones. */
  timeline: TimelineData;
  lang: Locale;
  theme: Theme;
  origin: string;
}

/** Sources shown under one event (the full dossier lists them all). */
const SOURCES_PER_EVENT = 3;

function Source(props: { source: SourceOutput; lang: Locale }) {
  const { source } = props;
  const href = safeHref(source.url);
  const outlet = outletName(source, props.lang);
  const text = source.title ?? outlet;
  return (
    <li>
      {/* <bdi>: a source's language may run the other way than the page's (an Arabic title in a French embed). */}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer nofollow ugc">
          <bdi>{text}</bdi>
        </a>
      ) : (
        <bdi>{text}</bdi>
      )}
      {source.title ? (
        <span>
          {" "}
          · <bdi>{outlet}</bdi>
        </span>
      ) : null}
    </li>
  );
}

function EventItem(props: { event: EventOutput; lang: Locale }) {
  const { event, lang } = props;
  return (
    <li>
      <time datetime={event.date} dir="auto">
        {formatDay(event.date, lang)}
      </time>
      <bdi>{event.title}</bdi>
      {event.place ? (
        <span>
          {" · "}
          <bdi>{placeName(event.place, lang)}</bdi>
        </span>
      ) : null}
      {event.sources.length > 0 ? (
        <ul class="src">
          {event.sources.slice(0, SOURCES_PER_EVENT).map((s) => (
            <Source source={s} lang={lang} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** A signed instrument: its title, legal form and status; one resting on a single unofficial source is marked. */
function InstrumentItem(props: { commitment: CommitmentOutput; lang: Locale }) {
  const { commitment: c, lang } = props;
  const t = COMMITMENT_LABELS[lang];
  return (
    <li data-commitment={c.id}>
      <bdi>{c.title}</bdi>
      {c.legalForm ? <span class="lf"> · {t.forms[c.legalForm]}</span> : null}
      {c.instruments > 1 ? <span class="batch"> · {t.batch(c.instruments)}</span> : null}
      <span class="st">{enumLabel(labelsFor(lang).status, c.status)}</span>
      {restsOnOneSource(c) ? <span class="single">{t.singleSource}</span> : null}
    </li>
  );
}

function MilestoneItem(props: { milestone: Milestone; lang: Locale }) {
  const { milestone: m, lang } = props;
  return (
    <li>
      <time datetime={m.date} dir="auto">
        {formatDay(m.date, lang)}
      </time>
      {m.kind === "event" ? (
        <bdi>{m.event.title}</bdi>
      ) : (
        <span>
          <bdi>{m.commitment.title}</bdi> ({labelsFor(lang).entersIntoForce})
        </span>
      )}
    </li>
  );
}

/** The whole embed document (without the doctype, which renderEmbed adds). */
export function EmbedPage(props: EmbedPageProps) {
  const { dossier, view, timeline, lang, theme, origin } = props;
  const t = labelsFor(lang);
  const names = pairTitle(dossier.pair, lang);
  const full = dossierPageUrl(origin, dossier.pair, lang);
  return (
    <html lang={lang} dir={dirOf(lang)} data-theme={theme} data-pair={dossier.pair}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <meta name="color-scheme" content={theme === "auto" ? "light dark" : theme} />
        <meta name="robots" content="noindex" />
        <title>{`${names} · Bilateral`}</title>
        <link rel="canonical" href={full} />
        {/* Our own constant stylesheet, allowed by its CSP hash; never source text. */}
        <style dangerouslySetInnerHTML={{ __html: EMBED_CSS }} />
        <script src="/embed.js" defer />
      </head>
      <body>
        <main>
          <h1>
            <a href={full} target="_blank" rel="noopener">
              {names}
            </a>
          </h1>
          <TimelineFigure data={timeline} tracks={view.tracks} lang={lang} surface="embed" />
          <section>
            <h2>{t.tracks}</h2>
            <ul>
              {view.tracks.map((track) => (
                <li>
                  <svg class="dot" width="8" height="8" aria-hidden="true">
                    <circle cx="4" cy="4" r="4" fill={sectorColor(track.sector)} />
                  </svg>
                  <bdi>{track.title}</bdi>
                  <span class="st">{t.status[track.status]}</span>
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h2>{t.latest}</h2>
            {view.latest.length > 0 ? (
              <ul>
                {view.latest.map((e) => (
                  <EventItem event={e} lang={lang} />
                ))}
              </ul>
            ) : (
              <p class="empty">{t.noEvents}</p>
            )}
          </section>
          {view.instruments.length > 0 ? (
            <section>
              <h2>{COMMITMENT_LABELS[lang].instruments}</h2>
              <ul>
                {view.instruments.map((c) => (
                  <InstrumentItem commitment={c} lang={lang} />
                ))}
              </ul>
            </section>
          ) : null}
          <section>
            <h2>{t.upcoming}</h2>
            {view.upcoming.length > 0 ? (
              <ul>
                {view.upcoming.map((m) => (
                  <MilestoneItem milestone={m} lang={lang} />
                ))}
              </ul>
            ) : (
              <p class="empty">{t.noUpcoming}</p>
            )}
          </section>
          <footer>
            <span>
              <bdi>Bilateral</bdi> · {t.sourceCount(view.sourceCount)}
            </span>
            <a href={full} target="_blank" rel="noopener">
              {t.fullDossier}
            </a>
          </footer>
        </main>
      </body>
    </html>
  );
}

/** Renders the embed document to HTML text. */
export async function renderEmbed(props: EmbedPageProps): Promise<string> {
  return `<!doctype html>${await (<EmbedPage {...props} />).toString()}`;
}
