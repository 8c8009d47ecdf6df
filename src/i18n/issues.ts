/** Reader-facing names of position issues: an issue is stored by its slug, which no reader should see. */
import data from "../../seed/lexicons/positions.json";
import type { Locale } from "./locales";

// The JSON is ours (seed/lexicons): each issue names itself in every UI language, English required.
const NAMES = new Map(
  (data as unknown as { issues: readonly { slug: string; names?: Readonly<Record<string, string>> }[] }).issues.map(
    (i) => [i.slug, i.names ?? {}],
  ),
);

/** The issue's name in `lang`, else in English, else the slug's words (an issue added without names). */
export function issueName(slug: string, lang: Locale): string {
  const names = NAMES.get(slug);
  return names?.[lang] ?? names?.en ?? slug.replaceAll("-", " ");
}
