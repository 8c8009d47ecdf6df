/**
 * Every public URL of a pair and its display title, built in one place so the page, the embed, the formats,
 * oEmbed and the JSON links agree. The default locale (en) carries no `?lang=`.
 */
import { countryName, type Locale } from "../i18n/locales";

/** The `?lang=` suffix of a localized URL: none for English, the default. */
export function langQuery(lang: Locale): string {
  return lang === "en" ? "" : `?lang=${lang}`;
}

/** A pair's display title in a locale: both country names, joined by an en dash ("Kazakhstan – Maroc"). */
export function pairTitle(pair: string, lang: Locale): string {
  return pair
    .split("-")
    .map((code) => countryName(code, lang))
    .join(" – ");
}

/** The JSON dossier of a pair. */
export function dossierApiUrl(origin: string, pair: string): string {
  return `${origin}/v1/pairs/${pair}`;
}

/** The HTML dossier page of a pair. */
export function dossierPageUrl(origin: string, pair: string, lang: Locale): string {
  return `${origin}/pairs/${pair}${langQuery(lang)}`;
}

/** The embed page of a pair. */
export function embedPageUrl(origin: string, pair: string, lang: Locale): string {
  return `${origin}/embed/${pair}${langQuery(lang)}`;
}

/** The links of a dossier, absolute: its JSON views, its page, its formats and its embed. */
export function dossierLinks(origin: string, pair: string, lang: Locale): Record<string, string> {
  const q = langQuery(lang);
  const base = dossierApiUrl(origin, pair);
  return {
    self: `${base}${q}`,
    html: dossierPageUrl(origin, pair, lang),
    events: `${base}/events${q}`,
    commitments: `${base}/commitments${q}`,
    changes: `${base}/changes`,
    atom: `${base}/feed.atom`,
    calendar: `${base}/calendar.ics`,
    csv: `${base}/export.csv`,
    ndjson: `${base}/export.ndjson`,
    embed: embedPageUrl(origin, pair, lang),
  };
}
