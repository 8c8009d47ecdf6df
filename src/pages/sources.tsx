/** Small shared pieces of the dossier page: dates, source lists, the machine-coded mark. */
import { formatDate } from "../i18n/dates";
import { labelsFor } from "../i18n/labels";
import { languageName, type Locale } from "../i18n/locales";
import { outletName } from "../i18n/outlets";
import type { SourceOutput } from "../schemas/dossier";

/** Only http(s) URLs become links: a `javascript:` or `data:` URL from a feed must never be clickable. */
export function isHttpUrl(url: string | null): url is string {
  if (!url) return false;
  try {
    const p = new URL(url).protocol;
    return p === "http:" || p === "https:";
  } catch {
    return false;
  }
}

/** A localized date in a <time datetime> element. */
export function DateTime(props: { iso: string; lang: Locale }) {
  // dir="auto": a date isolates itself (an Arabic month with Latin digits, inside any sentence).
  return (
    <time datetime={props.iso} dir="auto">
      {formatDate(props.iso, props.lang)}
    </time>
  );
}

/** The "machine-coded" mark of a claim no human has reviewed yet. */
export function MachineMark(props: { lang: Locale }) {
  return <span class="machine">{labelsFor(props.lang).machineCoded}</span>;
}

/** The fields whose sources disagree, each with every value stated (dates shown as dates). */
export function Conflicts(props: { conflicts: readonly { field: string; values: string[] }[]; lang: Locale }) {
  if (props.conflicts.length === 0) return null;
  const l = labelsFor(props.lang);
  const shown = (v: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(v) ? <DateTime iso={v} lang={props.lang} /> : <bdi>{v}</bdi>;
  return (
    <p class="meta disputed">
      {l.disputed}:{" "}
      {props.conflicts.map((c) => (
        <span data-field={c.field}>
          {c.values.map((v, i) => (
            <>
              {i > 0 ? " / " : null}
              {shown(v)}
            </>
          ))}{" "}
        </span>
      ))}
    </p>
  );
}

/** The sources of one item: outlet (linked when the URL is http/https), language, date, title. */
export function Sources(props: { sources: readonly SourceOutput[]; lang: Locale }) {
  const l = labelsFor(props.lang);
  if (props.sources.length === 0) return <p class="meta">{l.noSources}</p>;
  return (
    <div>
      <span class="meta">
        {l.sources} ({props.sources.length})
      </span>
      <ul class="sources">
        {props.sources.map((s) => (
          <li>
            {isHttpUrl(s.url) ? (
              <a href={s.url} rel="nofollow noopener">
                <bdi>{outletName(s, props.lang)}</bdi>
              </a>
            ) : (
              <bdi>{outletName(s, props.lang)}</bdi>
            )}
            {" · "}
            <span>{languageName(s.language, props.lang)}</span>
            {s.publishedOn ? (
              <>
                {" · "}
                <DateTime iso={s.publishedOn} lang={props.lang} />
              </>
            ) : null}
            {s.title ? (
              <>
                {" · "}
                <cite lang={s.language} dir="auto">
                  {s.title}
                </cite>
              </>
            ) : null}
            {s.machineCoded ? <MachineMark lang={props.lang} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
