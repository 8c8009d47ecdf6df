/**
 * The readers' Atom feed (RFC 4287): one entry per thing a reader follows (a new event with its sources,
 * a commitment's dated step, a position stated or reaffirmed), each linking to its own anchor on the
 * dossier page. The raw change records stay in /changes. Entry ids name the fact, never a row number,
 * so they are stable across rebuilds and languages.
 */
import { feedLabels } from "../i18n/feed-labels";
import { issueName } from "../i18n/issues";
import { formatDate } from "../i18n/dates";
import { enumLabel, labelsFor } from "../i18n/labels";
import { countryName, type Locale, pickText } from "../i18n/locales";
import { parseJson } from "../lib/json";
import type { FeedEventRow, FeedPositionRow, FeedSourceRow, FeedStepRow } from "../store/reader-feed";
import { escapeXml } from "./xml";

/** The year in our tag URIs (RFC 4151): the year we minted the naming authority, fixed forever. */
const TAG = "tag:bilateral.dev,2025";

export interface ReaderEntry {
  id: string;
  title: string;
  /** Languages of the title and the summary: a report's own title or a statement may be in another. */
  titleLang: string;
  summaryLang: string;
  updated: string;
  published: string;
  anchor: string;
  category: "event" | "commitment" | "position";
  summary: string;
  links: { href: string; title: string }[];
}

/**
 * The language a picked title is really written in. Machine-coded titles are the report's own, stored under
 * its language and copied to `en` (the schema requires `en`): an `en` equal to another language's text is that text.
 */
export function textLanguage(texts: Readonly<Record<string, string>>, lang: Locale): string {
  const picked = pickText(texts, lang);
  const owners = Object.keys(texts).filter((k) => texts[k] === picked);
  const original = owners.find((k) => k !== "en");
  if (texts[lang] !== undefined && (lang !== "en" || original === undefined)) return lang;
  return original ?? owners[0] ?? lang;
}

const httpUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

function eventEntry(pair: string, e: FeedEventRow, lang: Locale): ReaderEntry {
  const texts = parseJson<Record<string, string>>(e.titles, {});
  const sources = parseJson<FeedSourceRow[]>(e.sources, []);
  const when =
    e.end_date && e.end_date > e.date
      ? `${formatDate(e.date, lang)} – ${formatDate(e.end_date, lang)}`
      : formatDate(e.date, lang);
  const links = sources.flatMap((s) => {
    const href = httpUrl(s.url);
    return href ? [{ href, title: s.title ? `${s.title} (${s.outlet})` : s.outlet }] : [];
  });
  return {
    id: `${TAG}:${pair}/event/${e.id}`,
    title: pickText(texts, lang),
    titleLang: textLanguage(texts, lang),
    summaryLang: lang,
    updated: e.updated_at,
    published: e.created_at,
    anchor: e.id,
    category: "event",
    summary: [when, e.place, sources.map((s) => s.outlet).join(", ")].filter(Boolean).join(" · "),
    links,
  };
}

function stepEntry(pair: string, s: FeedStepRow, lang: Locale): ReaderEntry {
  const texts = parseJson<Record<string, string>>(s.titles, {});
  const date = formatDate(s.on_date, lang);
  const f = feedLabels(lang);
  const phrase =
    s.status === "in_force" ? f.inForceSince(date) : f.stepOn(enumLabel(labelsFor(lang).status, s.status), date);
  const title = `${pickText(texts, lang)}: ${phrase}`;
  return {
    id: `${TAG}:${pair}/commitment/${s.commitment_id}/${s.status}`,
    title,
    titleLang: textLanguage(texts, lang),
    summaryLang: textLanguage(texts, lang),
    updated: s.recorded_at,
    published: s.recorded_at,
    anchor: s.commitment_id,
    category: "commitment",
    summary: title,
    links: [],
  };
}

function positionEntries(pair: string, p: FeedPositionRow, lang: Locale): ReaderEntry[] {
  const l = labelsFor(lang);
  const f = feedLabels(lang);
  const texts = parseJson<Record<string, string>>(p.statements, {});
  const head = `${countryName(p.holder, lang)} ${enumLabel(l.stance, p.stance)} ${issueName(p.issue, lang)}`;
  const base = {
    titleLang: lang,
    summaryLang: textLanguage(texts, lang),
    anchor: p.id,
    category: "position" as const,
    links: [],
  };
  const stated: ReaderEntry = {
    ...base,
    id: `${TAG}:${pair}/position/${p.id}/stated`,
    title: `${head} (${f.stated}, ${formatDate(p.first_stated, lang)})`,
    updated: p.created_at,
    published: p.created_at,
    summary: pickText(texts, lang),
  };
  if (p.last_reaffirmed <= p.first_stated) return [stated];
  return [
    stated,
    {
      ...base,
      id: `${TAG}:${pair}/position/${p.id}/reaffirmed/${p.last_reaffirmed}`,
      title: `${head} (${f.reaffirmed}, ${formatDate(p.last_reaffirmed, lang)})`,
      updated: p.updated_at,
      published: p.updated_at,
      summary: pickText(texts, lang),
    },
  ];
}

/** Every entry of the feed, newest recorded first (ties by id, so the order is stable), at most `limit`. */
export function readerEntries(
  pair: string,
  rows: { events: FeedEventRow[]; steps: FeedStepRow[]; positions: FeedPositionRow[] },
  lang: Locale,
  limit: number,
): ReaderEntry[] {
  const all = [
    ...rows.events.map((e) => eventEntry(pair, e, lang)),
    ...rows.steps.map((s) => stepEntry(pair, s, lang)),
    ...rows.positions.flatMap((p) => positionEntries(pair, p, lang)),
  ];
  all.sort((a, b) => (a.updated === b.updated ? (a.id < b.id ? -1 : 1) : a.updated < b.updated ? 1 : -1));
  return all.slice(0, limit);
}

export interface ReaderFeedOptions {
  pair: string;
  title: string;
  lang: Locale;
  selfUrl: string;
  /** The dossier page (with its ?lang=), to which each entry's anchor is appended. */
  dossierUrl: string;
  /** `updated` of an empty feed. */
  updated: string;
}

/** Renders the entries as Atom. Every text goes through escapeXml; `xml:lang` marks entries in another language. */
export function renderReaderFeed(entries: readonly ReaderEntry[], o: ReaderFeedOptions): string {
  const langAttr = (l: string) => (l !== o.lang ? ` xml:lang="${escapeXml(l)}"` : "");
  const body = entries.map((e) => {
    // One language for the whole entry goes on <entry>; a mix goes on the element it concerns.
    const whole = e.titleLang === e.summaryLang;
    return [
      `  <entry${whole ? langAttr(e.titleLang) : ""}>`,
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title${whole ? "" : langAttr(e.titleLang)}>${escapeXml(e.title)}</title>`,
      `    <updated>${escapeXml(e.updated)}</updated>`,
      `    <published>${escapeXml(e.published)}</published>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(`${o.dossierUrl}#${e.anchor}`)}"/>`,
      ...e.links.map(
        (s) => `    <link rel="related" type="text/html" href="${escapeXml(s.href)}" title="${escapeXml(s.title)}"/>`,
      ),
      `    <category term="${e.category}"/>`,
      `    <summary${whole ? "" : langAttr(e.summaryLang)}>${escapeXml(e.summary)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(o.lang)}">`,
    `  <id>${escapeXml(`${TAG}:${o.pair}`)}</id>`,
    `  <title>${escapeXml(o.title)}</title>`,
    `  <updated>${escapeXml([o.updated, ...entries.map((e) => e.updated)].sort().at(-1) ?? o.updated)}</updated>`,
    "  <author><name>Bilateral</name></author>",
    '  <generator uri="https://bilateral.dev">Bilateral</generator>',
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(o.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(o.dossierUrl)}"/>`,
    ...body,
    "</feed>",
    "",
  ].join("\n");
}
