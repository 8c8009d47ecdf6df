/** Valibot schemas shared by several routes: params, query fields, dates. */
import * as v from "valibot";
import { DEFAULT_LOCALE, LOCALES } from "../i18n/locales";

/** `YYYY-MM-DD`. */

/** `?lang=`: one of our locales, English by default. */
export const LangSchema = v.optional(v.picklist(LOCALES, `Expected one of: ${LOCALES.join(", ")}.`), DEFAULT_LOCALE);

/** `?limit=`: a page size between 1 and max. */
export function limitSchema(max: number, fallback: number) {
  return v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,4}$/, "Expected a whole number."),
      v.transform(Number),
      v.minValue(1, "Expected at least 1."),
      v.maxValue(max, `Expected at most ${max}.`),
    ),
    String(fallback),
  );
}

/** An opaque pagination cursor (base64url of JSON), decoded and checked by the route that issued it. */
export const CursorSchema = v.optional(
  v.pipe(v.string(), v.maxLength(200, "Cursor too long."), v.regex(/^[A-Za-z0-9_-]+$/, "Malformed cursor.")),
);

/** Query of most read routes: just the language. */
export const LangQuerySchema = v.object({ lang: LangSchema });

/** The `{pair}` path segment, as documented in OpenAPI (checked and canonicalized by `canonicalPair()`). */
export const PairParamsSchema = v.object({
  pair: v.pipe(
    v.string(),
    v.description("Two ISO 3166-1 alpha-2 codes, e.g. KZ-MA (another order or case redirects, 308)."),
  ),
});
