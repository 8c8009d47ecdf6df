import { describe, it } from "vitest";
import { firmRows, sortedRows } from "../../helpers/firm-rows";

// FICTIONAL sentences in the project's words. A signing or ratification noun in a conditional clause is a hypothesis:
// an agreement signed before stays signed; a step told in the past still counts, whatever its noun.
const SIGNED = [["signed", "agreement"]] as const;
const CASES: readonly (readonly [string, string, readonly (readonly (string | null)[])[]])[] = [
  [
    "en",
    "Italy and Malta signed a fisheries agreement on Monday. A swift ratification of the agreement would let joint patrols start in spring.",
    SIGNED,
  ],
  [
    "fr",
    "L'Italie et Malte ont signé lundi un accord sur la pêche. Une ratification rapide de l'accord permettrait de lancer des patrouilles communes.",
    SIGNED,
  ],
  [
    "it",
    "L'Italia e Malta hanno firmato lunedì un accordo sulla pesca. Una ratifica rapida dell'accordo consentirebbe di avviare pattugliamenti comuni.",
    SIGNED,
  ],
  [
    "pt",
    "A Itália e Malta assinaram na segunda-feira um acordo sobre pesca. Uma ratificação rápida do acordo permitiria iniciar patrulhas conjuntas.",
    SIGNED,
  ],
  [
    "de",
    "Italien und Malta haben am Montag ein Fischereiabkommen unterzeichnet. Eine rasche Ratifizierung des Abkommens würde gemeinsame Patrouillen erlauben.",
    SIGNED,
  ],
  [
    "ru",
    "Италия и Мальта в понедельник подписали соглашение о рыболовстве. Быстрая ратификация соглашения позволила бы начать совместное патрулирование.",
    SIGNED,
  ],
  // Dated on a past day: the step was taken; the conditional tells its effects ("could boost trade").
  [
    "fr",
    "La signature mardi de l'accord entre le Maroc et la Tunisie pourrait relancer les investissements.",
    [["signed", "agreement"]],
  ],
  [
    "en",
    "The signing of the agreement between Kenya and Uganda on Tuesday could boost trade.",
    [["signed", "agreement"]],
  ],
  [
    "it",
    "La firma dell'accordo tra Italia e Albania avvenuta martedì a Roma consentirebbe nuovi investimenti.",
    [["signed", "agreement"]],
  ],
  [
    "de",
    "Die Unterzeichnung des Abkommens zwischen Polen und Litauen am Dienstag wäre ohne die EU nicht möglich gewesen.",
    [["signed", "agreement"]],
  ],
  // French imperfects end as conditionals do: "figurait" tells it done.
  [
    "fr",
    "La signature de l'accord entre le Maroc et la Tunisie figurait mardi parmi les temps forts de la visite.",
    [["signed", "agreement"]],
  ],
  // Told in the past: the step counts ("wurde" is no "würde"; "le retrait" is a noun, not a conditional).
  [
    "de",
    "Italien und Malta: Die Ratifizierung des Abkommens über die Fischerei wurde am Montag abgeschlossen.",
    [["ratified", "agreement"]],
  ],
  [
    "fr",
    "L'Italie et Malte: la signature de l'accord sur le retrait des navires a eu lieu lundi.",
    [["signed", "agreement"]],
  ],
];

describe("a signing or ratification noun in a conditional clause takes no step", () => {
  it.for(CASES)("%s: %s", async ([, text, expected], { expect }) => {
    const got = await firmRows(text, ["status", "legalForm"], { perInstrument: true });
    expect(got.rows).toEqual(sortedRows(expected));
  });
});
