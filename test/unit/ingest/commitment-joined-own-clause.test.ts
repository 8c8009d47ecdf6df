import { describe, it } from "vitest";
import { firmRows, sortedRows } from "../../helpers/firm-rows";

// FICTIONAL sentences in the project's words. An item joined after the first object of a signing verb, with a verb of
// its own right after it, opens a clause of its own: a future leaves it unsigned, a past dates it on its own day.
const THREE_TUESDAY = [
  ["signed", "agreement", "2026-03-10"],
  ["signed", "agreement", "2026-03-10"],
  ["signed", "agreement", "2026-03-10"],
] as const;
const CASES: readonly (readonly [string, string, readonly (readonly (string | null)[])[]])[] = [
  [
    "en",
    "Kenya and Uganda signed three agreements on Tuesday, and a memorandum on fisheries will be signed next month.",
    THREE_TUESDAY,
  ],
  [
    "es",
    "Kenia y Uganda firmaron el martes tres acuerdos y un memorando sobre pesca se firmará el mes próximo.",
    THREE_TUESDAY,
  ],
  [
    "it",
    "L'Italia e l'Albania hanno firmato martedì tre accordi e un memorandum sulla pesca sarà firmato il mese prossimo.",
    THREE_TUESDAY,
  ],
  [
    "fr",
    "Le Kenya et l'Ouganda ont signé mardi trois accords et un mémorandum sur la pêche sera signé le mois prochain.",
    THREE_TUESDAY,
  ],
  [
    "en",
    "Kenya and Uganda signed an agreement on trade on Tuesday and a memorandum on fisheries was signed on Wednesday.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "memorandum", "2026-03-11"],
    ],
  ],
  // A bare participle or a relative clause after the item tells of it: it is signed with the first.
  [
    "en",
    "On Tuesday, Kenya and Uganda signed three agreements and a memorandum long discussed by both sides.",
    [...THREE_TUESDAY, ["signed", "memorandum", "2026-03-10"]],
  ],
  [
    "pt",
    "O Brasil e Angola assinaram na terça-feira três acordos e um memorando, que foi discutido durante meses.",
    [...THREE_TUESDAY, ["signed", "memorandum", "2026-03-10"]],
  ],
  [
    "fr",
    "Le Maroc et la Tunisie ont signé mardi un accord et un mémorandum dont la signature était prévue depuis 2024.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "memorandum", "2026-03-10"],
    ],
  ],
  // An item with no verb of its own is signed with the first.
  [
    "en",
    "Kenya and Uganda signed an agreement on trade on Tuesday and a memorandum on fisheries in Kampala.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "memorandum", "2026-03-10"],
    ],
  ],
];

describe("an item joined after a signed object, with a verb of its own", () => {
  it.for(CASES)("%s: %s", async ([, text, expected], { expect }) => {
    const got = await firmRows(text, ["status", "legalForm", "signedOn"], { perInstrument: true });
    expect(got.pairs).toHaveLength(1);
    expect(got.rows).toEqual(sortedRows(expected));
  });
});
