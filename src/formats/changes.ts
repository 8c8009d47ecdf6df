/** The change log in its public JSON shape (the readers' Atom feed is formats/reader-feed.ts). */
import { type Locale, pickText } from "../i18n/locales";
import { parseJson } from "../lib/json";
import type { ChangeRow } from "../store/changes";

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
