/** The home page: tracked pairs, with a server-side search by country name in any of our languages. */
import { labelsFor } from "../i18n/labels";
import type { Locale } from "../i18n/locales";
import { Layout } from "./layout";

export interface HomePair {
  key: string;
  /** Both names in the page's language. */
  title: string;
  trackCount: number;
}

/** The home page. `q` is the search as typed (echoed into the box, escaped by JSX). */
export function HomePage(props: { pairs: readonly HomePair[]; lang: Locale; q: string }) {
  const l = labelsFor(props.lang);
  const qs = props.lang === "en" ? "" : `?lang=${props.lang}`;
  return (
    <Layout lang={props.lang} title="Bilateral" path="/">
      <h1>
        <bdi>Bilateral</bdi>
      </h1>
      <p>{l.siteTagline}</p>
      <search>
        <form class="search" method="get" action="/">
          <label for="q">{l.searchLabel}</label>
          <input id="q" name="q" type="search" value={props.q} maxlength={64} autocomplete="off" />
          {props.lang === "en" ? null : <input type="hidden" name="lang" value={props.lang} />}
          <button type="submit">{l.searchButton}</button>
        </form>
      </search>
      <section aria-labelledby="h-pairs">
        <h2 id="h-pairs">{l.trackedPairs}</h2>
        {props.pairs.length === 0 ? (
          <p>{l.noMatch}</p>
        ) : (
          <ul class="items">
            {props.pairs.map((p) => (
              <li>
                <a href={`/pairs/${p.key}${qs}`}>{p.title}</a>{" "}
                <span class="meta">
                  (<bdi>{p.key}</bdi> · {l.tracks}: {p.trackCount})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
