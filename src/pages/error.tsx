/** The friendly HTML error page of the human surfaces (same status as the problem it renders). */
import type { ProblemCode } from "../http/problem";
import { labelsFor } from "../i18n/labels";
import type { Locale } from "../i18n/locales";
import { Layout } from "./layout";

/** The localized explanation of a problem code, for people rather than programs. */
export function friendlyMessage(code: ProblemCode, lang: Locale): string {
  const l = labelsFor(lang);
  switch (code) {
    case "pair-not-tracked":
      return l.errorNotTracked;
    case "invalid-pair":
      return l.errorInvalid;
    case "validation-failed":
    case "bad-request":
      return l.errorBadRequest;
    case "not-found":
      return l.errorNotFound;
    default:
      return l.errorInternal;
  }
}

/** The error page. */
export function ErrorPage(props: { status: number; code: ProblemCode; lang: Locale }) {
  const l = labelsFor(props.lang);
  return (
    <Layout lang={props.lang} title={`${props.status} · Bilateral`} path="/">
      <h1>{l.errorTitle}</h1>
      <p>{friendlyMessage(props.code, props.lang)}</p>
      <p class="meta">
        {props.status} · <code dir="ltr">{props.code}</code>
      </p>
      <p>
        <a href={props.lang === "en" ? "/" : `/?lang=${props.lang}`}>{l.home}</a>
      </p>
    </Layout>
  );
}
