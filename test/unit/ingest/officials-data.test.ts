import { describe, it } from "vitest";
import { norm, tokenize } from "../../../src/ingest/match/normalize";
import {
  AMBIGUOUS_NAMES,
  nameCounts,
  OFFICIAL_TERMS,
  officeWordEntries,
} from "../../../src/ingest/recognize/officials-data";
import { UN_MEMBERS, UN_OBSERVERS } from "../../../src/lib/un-members";

const OFFICES = new Set(["head-of-state", "head-of-government", "foreign-minister"]);
/** The day the list was last curated: every member must have its people in office on that day. */
const CURATED_ON = "2025-09-15";
const UNDATED = "no foreign minister whose start in office we could date reliably";
/** Members whose foreign minister is left out rather than guessed (see the file's $comment). */
const NO_DATED_FOREIGN_MINISTER: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ...["AG", "AL", "BB", "BS", "BT", "CF", "DM", "FM", "GA", "GD", "GM", "GQ", "GW", "LC", "LS", "LY", "MC", "MG"],
    ...["MH", "MN", "MW", "MZ", "NP", "NR", "PG", "PW", "SB", "SD", "SR", "SS", "ST", "TO", "TV", "VC", "VN", "VU"],
  ].map((c) => [c, UNDATED]),
);
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const ARABIC = /^[\u0600-\u06FF\s-]+$/;
// Cyrillic words, and Latin Roman numerals for regnal names (Карл XVI Густав).
const CYRILLIC = /^(?:[\u0400-\u04FF.-]+|[IVX]+)(?:\s+(?:[\u0400-\u04FF.-]+|[IVX]+))*$/;
const LATIN = /^[\p{Script=Latin}\d\s.'’-]+$/u;

describe("the officials list", () => {
  it("has 193 UN members", ({ expect }) => {
    expect(UN_MEMBERS.size).toBe(193);
  });

  it("gives every term a UN member or observer, a known office, valid dates and names in Latin, Arabic and Cyrillic", ({
    expect,
  }) => {
    const bad: string[] = [];
    for (const t of OFFICIAL_TERMS) {
      const id = `${t.key}/${t.office}/${t.since}`;
      if (!UN_MEMBERS.has(t.country) && !UN_OBSERVERS.has(t.country)) bad.push(`${id}: country ${t.country}`);
      if (!OFFICES.has(t.office)) bad.push(`${id}: office`);
      if (!isDate(t.since) || (t.until !== null && !(isDate(t.until) && t.until > t.since))) bad.push(`${id}: dates`);
      if (t.key !== t.key.toLowerCase() || !t.key.trim()) bad.push(`${id}: key`);
      const { en = [], ar = [], ru = [] } = t.names;
      if (!en.length || !en.every((n) => LATIN.test(n))) bad.push(`${id}: Latin names`);
      if (!ar.length || !ar.every((n) => ARABIC.test(n))) bad.push(`${id}: Arabic names`);
      if (!ru.length || !ru.every((n) => CYRILLIC.test(n))) bad.push(`${id}: Cyrillic names`);
    }
    expect(bad).toEqual([]);
  });

  it("lists a single-word name only when it is distinctive, and none for full-name-only people", ({ expect }) => {
    const bad = OFFICIAL_TERMS.flatMap((t) =>
      Object.values(t.names)
        .flat()
        .filter((n) => !nameCounts(t, n))
        .map((n) => `${t.key}: ${n}`),
    );
    expect(bad).toEqual([]);
    expect(AMBIGUOUS_NAMES.has(norm("Khan"))).toBe(true);
  });

  it("gives no matchable name to two people, and one country to each person", ({ expect }) => {
    const owner = new Map<string, string>();
    const country = new Map<string, string>();
    const bad: string[] = [];
    for (const t of OFFICIAL_TERMS) {
      if ((country.get(t.key) ?? t.country) !== t.country) bad.push(`${t.key}: two countries`);
      country.set(t.key, t.country);
      for (const n of Object.values(t.names).flat()) {
        const k = tokenize(norm(n))
          .map((w) => w.text)
          .join(" ");
        const other = owner.get(k);
        if (other && other !== t.key) bad.push(`${n}: ${other} and ${t.key}`);
        owner.set(k, t.key);
      }
    }
    expect(bad).toEqual([]);
  });

  it("never has two terms of one person in one office overlap", ({ expect }) => {
    const bad: string[] = [];
    const seen = new Map<string, { since: string; until: string | null }[]>();
    for (const t of OFFICIAL_TERMS) {
      const id = `${t.key}/${t.office}`;
      const others = seen.get(id) ?? [];
      for (const o of others) {
        if (t.since < (o.until ?? "9999") && o.since < (t.until ?? "9999")) bad.push(id);
      }
      seen.set(id, [...others, t]);
    }
    expect(bad).toEqual([]);
  });

  it("gives every UN member and observer a head of state or government and a foreign minister in office on the curation date", ({
    expect,
  }) => {
    const inOffice = OFFICIAL_TERMS.filter((t) => t.since <= CURATED_ON && (t.until === null || CURATED_ON < t.until));
    const heads = new Set(inOffice.filter((t) => t.office !== "foreign-minister").map((t) => t.country));
    const ministers = new Set(inOffice.filter((t) => t.office === "foreign-minister").map((t) => t.country));
    const missing = [...UN_MEMBERS, ...UN_OBSERVERS].flatMap((c) => [
      ...(heads.has(c) ? [] : [`${c}: head`]),
      ...(ministers.has(c) || NO_DATED_FOREIGN_MINISTER[c] ? [] : [`${c}: foreign minister`]),
    ]);
    expect(missing).toEqual([]);
    // An exception that is no longer needed is removed.
    expect(Object.keys(NO_DATED_FOREIGN_MINISTER).filter((c) => ministers.has(c))).toEqual([]);
  });

  it("has office words for every office in all eight languages, collegial and small-state titles included", ({
    expect,
  }) => {
    const langs = new Set(officeWordEntries().map((e) => `${e.data}:${e.lang}`));
    for (const office of OFFICES)
      for (const lang of ["en", "fr", "ar", "it", "es", "ru", "pt", "de"])
        expect(langs.has(`${office}:${lang}`)).toBe(true);
    const words = new Map(officeWordEntries().map((e) => [norm(e.pattern), e.data]));
    for (const [word, office] of [
      ["Captains Regent", "head-of-state"],
      ["Capitani Reggenti", "head-of-state"],
      ["Chairman of the Presidency", "head-of-state"],
      ["Chair of the Council of Ministers", "head-of-government"],
      ["Secretary of State for Foreign Affairs", "foreign-minister"],
      ["Segretario di Stato per gli Affari Esteri", "foreign-minister"],
      ["Minister for Foreign Affairs", "foreign-minister"],
      ["Secretary for Relations with States", "foreign-minister"],
    ] as const)
      expect(words.get(norm(word))).toBe(office);
  });
});
