/// <reference types="vite/client" />
/** Dates of FICTIONAL reports in the project's words (quality/fixtures, or one sentence), for the date unit tests. */
import { type ExpectStatic, it } from "vitest";
import { analyze } from "../../src/ingest/analyze";
import type { ArticleInput } from "../../src/ingest/types";

type Fixture = ArticleInput & { expect: { eventDate?: string | null } };
const FIXTURES = import.meta.glob<Fixture>("../../quality/fixtures/*.json", { eager: true, import: "default" });
const fixture = (name: string): Fixture => {
  const f = FIXTURES[`../../quality/fixtures/${name}.json`];
  if (!f) throw new Error(name);
  return f;
};

/** The distinct signature dates of signed commitments (null for one with none). */
const signatures = (a: Awaited<ReturnType<typeof analyze>>) => [
  ...new Set(a.commitments.filter((c) => c.status === "signed").map((c) => c.signedOn ?? null)),
];

/** The event date (null for the publication date standing in) and the signature dates of a fixture. */
export async function datesOf(name: string) {
  const { expect: _want, ...input } = fixture(name);
  const a = await analyze(input);
  const event = a.eventDate && a.eventDate.evidence !== "published" ? a.eventDate.date : null;
  return { event, signed: signatures(a) };
}

/** The signature dates of one text published on `day`. */
export async function signedOn(lang: string, text: string, day: string) {
  return signatures(await analyze({ text, language: lang, publishedAt: `${day}T10:00:00Z` }));
}

/** One test per `[language, text]` row: its signature dates, published on `day`, are `want`. */
export function signedOnEach(
  rows: readonly (readonly [string, string])[],
  day: string,
  want: readonly (string | null)[],
) {
  it.for(rows)("%s: %s", async ([lang, text], { expect }) => {
    expect(await signedOn(lang, text, day)).toEqual(want);
  });
}

/** One test per `[language, text]` row published at `publishedAt`: its event and every signature are of `day`. */
export function allOnEach(rows: readonly (readonly [string, string])[], publishedAt: string, day: string) {
  it.for(rows)("%s: %s", async ([lang, text], { expect }) => {
    const a = await analyze({ text, language: lang, publishedAt });
    expect(a.eventDate?.date).toBe(day);
    expect(new Set(a.commitments.map((c) => c.signedOn))).toEqual(new Set([day]));
  });
}

type Analysis = Awaited<ReturnType<typeof analyze>>;

/**
 * One test per `[language, text]` row, published at `publishedAt` (none: undefined): its event is of `day`, and
 * `also` (if given) holds of its analysis.
 */
export function eventOnEach(
  rows: readonly (readonly [string, string])[],
  publishedAt: string | undefined,
  day: string,
  also?: (a: Analysis, expect: ExpectStatic) => void,
) {
  it.for(rows)("%s: %s", async ([lang, text], { expect }) => {
    const a = await analyze({ text, language: lang, ...(publishedAt ? { publishedAt } : {}) });
    expect(a.eventDate?.date).toBe(day);
    also?.(a, expect);
  });
}

/** One test: the fixture `name`'s event and every signature are of `day`. */
export function fixtureAllOn(name: string, day: string) {
  it(`the fixture ${name}: the event and every signature are of ${day}`, async ({ expect }) => {
    expect(await datesOf(name)).toEqual({ event: day, signed: [day] });
  });
}
