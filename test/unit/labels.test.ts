import { describe, it } from "vitest";
import { formatDate, formatDay, formatMonth } from "../../src/i18n/dates";
import { labelsFor } from "../../src/i18n/labels";
import { LOCALES } from "../../src/i18n/locales";
import { COMMITMENT_STATUSES, STANCES, TRACK_STATUSES } from "../../src/schemas/vocabulary";

const NON_LATIN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/;

describe("one label table for every surface", () => {
  it.for(LOCALES)("names every status and stance of the vocabulary in %s", (lang, { expect }) => {
    const l = labelsFor(lang);
    expect(Object.keys(l.status).sort()).toEqual([...TRACK_STATUSES, ...COMMITMENT_STATUSES].sort());
    expect(Object.keys(l.stance).sort()).toEqual([...STANCES].sort());
    for (const text of [...Object.values(l.status), ...Object.values(l.stance)]) expect(text.trim()).not.toBe("");
  });

  it.for(LOCALES)("writes dates, months and counts with Latin digits in %s", (lang, { expect }) => {
    const shown = [
      formatDate("2025-03-19", lang),
      formatDay("2025-03-19", lang),
      formatMonth("2025-03", lang),
      labelsFor(lang).sourceCount(12),
      labelsFor(lang).eventsIn(3, formatMonth("2025-11", lang)),
    ];
    for (const text of shown) expect(text, text).not.toMatch(NON_LATIN_DIGITS);
    expect(shown[0]).toContain("2025");
    expect(shown[0]).toContain("19");
    expect(shown[3]).toContain("12");
  });
});
