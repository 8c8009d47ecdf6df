/**
 * Entry into force told with "regir" and "vigencia" ("rige desde hoy", "entra a regir", "puesta en vigencia"), "em
 * vigência" and "went into effect"; and a dateline's day is the report's, not the date of a signing its sentence
 * tells ("Montevideo, 16 feb (AGENCY).- El acuerdo que firmaron el 3 de octubre de 2025…"). Sentences written for this
 * project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { setLanguage } from "../../../src/ingest/recognize/commitment-word-lists";
import { findCommitments } from "../../../src/ingest/recognize/commitments";
import { eventDateOf, findDates } from "../../../src/ingest/recognize/dates";
import { matchTracks } from "../../../src/ingest/recognize/sectors";

function firm(lang: string, text: string, day: string) {
  const doc = prepare(text);
  setLanguage(doc, lang);
  const dates = findDates(doc, lang, day);
  return findCommitments(doc, matchTracks(doc), dates, day, eventDateOf(dates, day))
    .filter((c) => c.status === "in_force" || c.status === "signed")
    .map((c) => `${c.status} ${c.signedOn ?? "-"} ${c.effectiveOn ?? "-"}`);
}

describe("entry into force told with regir, vigencia and 'went into effect'", () => {
  it.for([
    [
      "es",
      "Montevideo, 16 feb (AGENCIA).- El acuerdo de transporte fluvial que firmaron el 3 de octubre de 2025 Uruguay y Paraguay rige desde hoy.",
      "2026-02-16",
      ["in_force 2025-10-03 2026-02-16"],
    ],
    [
      "es",
      "El convenio de pesca entre Chile y Perú, firmado el 4 de mayo de 2025, entró a regir este lunes.",
      "2026-03-04",
      ["in_force 2025-05-04 2026-03-02"],
    ],
    [
      "pt",
      "O acordo de pesca entre Angola e Namíbia, assinado a 4 de maio de 2025, está em vigência desde hoje.",
      "2026-03-04",
      ["in_force 2025-05-04 2026-03-04"],
    ],
    [
      "en",
      "The fisheries agreement between Ghana and Togo, signed on 4 May 2025, went into effect on Monday.",
      "2026-03-04",
      ["in_force 2025-05-04 2026-03-02"],
    ],
  ] as const)("%s: %s", ([lang, text, day, want], { expect }) => {
    expect(firm(lang, text, day)).toEqual(want);
  });
});
