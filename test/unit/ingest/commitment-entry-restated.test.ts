import { describe, it } from "vitest";
import { firmRows, sortedRows } from "../../helpers/firm-rows";

// FICTIONAL sentences in the project's words. An instrument told again by a bare definite or demonstrative form that
// enters into force ("The agreement entered into force today", "Heute ist das Abkommen in Kraft getreten") is the
// one signed before, now in force; Spanish "rige el acuerdo" and Portuguese "passou a vigorar" tell it in force; a
// day closing a signing participle's phrase before the entry's verb is the signature's, and a day before a
// participle naming its parties ("On Monday the agreement signed between…") the entry's; German "mit dem heutigen
// Tag" is the report's day. Guards: instruments "in force" in passing, or with a field of their own, restate nothing.
// Each is a report published on Wednesday 11 March 2026; its signed, ratified or in-force commitments as [status,
// legal form, signedOn, effectiveOn], one per instrument.
type Firm = readonly [string, string | null, string | null, string | null];
const CASES: readonly (readonly [string, string, readonly Firm[]])[] = [
  [
    "r01",
    "Peru and Ecuador signed an agreement on road transport on 20 November 2025. The agreement entered into force today.",
    [["in_force", "agreement", "2025-11-20", "2026-03-11"]],
  ],
  [
    "r02",
    "Peru und Ecuador haben im November ein Abkommen über den Straßenverkehr geschlossen. Heute ist das Abkommen in Kraft getreten.",
    [["in_force", "agreement", null, "2026-03-11"]],
  ],
  [
    "r03",
    "Peru and Ecuador signed an agreement on road transport on Monday. The agreements in force between them already cover trade.",
    [["signed", "agreement", "2026-03-09", null]],
  ],
  [
    "r04",
    "Peru and Ecuador signed an agreement on road transport on Monday. The agreement on fisheries entered into force in 2019.",
    [
      ["signed", "agreement", "2026-03-09", null],
      ["in_force", "agreement", null, null],
    ],
  ],
  [
    "r05",
    "The agreement on road transport signed by Peru and Ecuador on 3 May 2025 entered into force on 1 February 2026.",
    [["in_force", "agreement", "2025-05-03", "2026-02-01"]],
  ],
  [
    "r06",
    "Desde este lunes rige el acuerdo de transporte por carretera firmado entre Perú y Ecuador.",
    [["in_force", "agreement", null, "2026-03-09"]],
  ],
  [
    "r07",
    "O acordo de transporte rodoviário assinado entre o Peru e o Equador passou a vigorar nesta segunda-feira.",
    [["in_force", "agreement", null, "2026-03-09"]],
  ],
  [
    "r08",
    "Das am 3. Mai 2025 von Peru und Ecuador unterzeichnete Abkommen über den Straßenverkehr ist am 1. Februar 2026 in Kraft getreten.",
    [["in_force", "agreement", "2025-05-03", "2026-02-01"]],
  ],
  [
    "r09",
    "On Monday Peru and Ecuador signed an agreement on road transport, which will enter into force in June.",
    [["signed", "agreement", "2026-03-09", null]],
  ],
  [
    "r10",
    "Соглашение о дорожном транспорте, подписанное Перу и Эквадором 3 мая 2025 года, вступило в силу 1 февраля 2026 года.",
    [["in_force", "agreement", "2025-05-03", "2026-02-01"]],
  ],
  [
    "r11",
    "Im November hatten Peru und Ecuador einen Vertrag abgeschlossen, der Lastwagen erlaubt, ohne Visum für die Fahrer die Grenze zu überqueren.",
    [["signed", "agreement", null, null]],
  ],
  [
    "r13",
    "On Monday the agreement on road transport signed between Peru and Ecuador entered into force.",
    [["in_force", "agreement", null, "2026-03-09"]],
  ],
  [
    "r14",
    "Peru and Ecuador signed on Monday an agreement on road transport between their capitals that entered into force at once.",
    [["in_force", "agreement", "2026-03-09", null]],
  ],
  [
    "r15",
    "Mit dem heutigen Tag ist das Abkommen zwischen Peru und Ecuador über den Straßenverkehr in Kraft getreten.",
    [["in_force", "agreement", null, "2026-03-11"]],
  ],
];

describe("an entry into force told again, or by its own verbs, moves the instrument signed before", () => {
  it.for(CASES)("%s", async ([, text, expected], { expect }) => {
    const got = await firmRows(text, ["status", "legalForm", "signedOn", "effectiveOn"]);
    expect(got.rows).toEqual(sortedRows(expected));
  });
});
