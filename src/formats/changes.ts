/** The change log in its public shapes: JSON items and an RFC 4287 Atom feed. */
import { enumLabel, labelsFor } from "../i18n/labels";
import { type Locale, pickText } from "../i18n/locales";
import { parseJson } from "../lib/json";
import type { ChangeRow } from "../store/changes";
import { escapeXml } from "./xml";

/** The year in our tag URIs (RFC 4151): the year we minted the naming authority, fixed forever. */
const TAG = "tag:bilateral.dev,2025";

export interface ChangeItem {
  seq: number;
  entity: { type: string; id: string; title: string | null };
  action: ChangeRow["action"];
  at: string;
}

/** Maps a change row to its JSON item, with the entity's title in `lang` when it has one. */
export function toChangeItem(r: ChangeRow, lang: Locale): ChangeItem {
  const titles = parseJson<Record<string, string> | null>(r.titles, null);
  return {
    seq: r.seq,
    entity: { type: r.entity_type, id: r.entity_id, title: titles ? pickText(titles, lang) : null },
    action: r.action,
    at: r.at,
  };
}

/** The stable Atom id of a change. */
export function changeEntryId(pair: string, seq: number): string {
  return `${TAG}:${pair}/change/${seq}`;
}

export interface AtomOptions {
  pair: string;
  title: string;
  lang: Locale;
  selfUrl: string;
  dossierUrl: string;
  /** Fallback `updated` of an empty feed: the pair's own updated_at. */
  updated: string;
}

/** Renders changes (newest first) as an Atom feed. Every text goes through escapeXml. */
export function renderAtom(items: readonly ChangeItem[], o: AtomOptions): string {
  const l = labelsFor(o.lang);
  const actions: Record<string, string> = {
    added: l.changeAdded,
    updated: l.changeUpdated,
    retracted: l.changeRetracted,
  };
  const updated = items[0]?.at ?? o.updated;
  const entries = items.map((it) => {
    const name = it.entity.title ?? it.entity.id;
    const title = `${name} (${enumLabel(actions, it.action)})`;
    const summary = `${it.entity.type} ${it.entity.id}: ${enumLabel(actions, it.action)}`;
    return [
      "  <entry>",
      `    <id>${escapeXml(changeEntryId(o.pair, it.seq))}</id>`,
      `    <title>${escapeXml(title)}</title>`,
      `    <updated>${escapeXml(it.at)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(o.dossierUrl)}"/>`,
      `    <category term="${escapeXml(it.entity.type)}"/>`,
      `    <summary>${escapeXml(summary)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(o.lang)}">`,
    `  <id>${escapeXml(`${TAG}:${o.pair}`)}</id>`,
    `  <title>${escapeXml(o.title)}</title>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    "  <author><name>Bilateral</name></author>",
    '  <generator uri="https://bilateral.dev">Bilateral</generator>',
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(o.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(o.dossierUrl)}"/>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
