import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL reports in the project's words. A form word after the head of a body names that body ("director of the
// … Programme"): its director signs, the programme is signed by no one. Each case read a signed programme before.

const HEADED = [
  [
    "es",
    "Uruguay y China firmaron el lunes varios acuerdos en Beijing. David González, director del Programa de Desarrollo de las Ciencias Básicas, suscribió un memorando sobre ciencia.",
  ],
  [
    "en",
    "Uruguay and China signed several agreements in Beijing on Monday. David Gonzalez, director of the Basic Sciences Development Programme, signed a memorandum on science.",
  ],
  [
    "fr",
    "L'Uruguay et la Chine ont signé lundi plusieurs accords à Pékin. David González, directeur du Programme de développement des sciences fondamentales, a signé un mémorandum sur la science.",
  ],
  [
    "pt",
    "O Uruguai e a China assinaram na segunda-feira vários acordos em Pequim. David González, diretor do Programa de Desenvolvimento das Ciências Básicas, assinou um memorando sobre ciência.",
  ],
  [
    "it",
    "Uruguay e Cina hanno firmato lunedì diversi accordi a Pechino. David González, direttore del Programma di sviluppo delle scienze di base, ha firmato un memorandum sulla scienza.",
  ],
  [
    "de",
    "Uruguay und China unterzeichneten am Montag in Peking mehrere Abkommen. David González, Leiter des Programms zur Entwicklung der Grundlagenwissenschaften, unterzeichnete eine Absichtserklärung zur Wissenschaft.",
  ],
  [
    "ru",
    "Уругвай и Китай в понедельник подписали в Пекине ряд соглашений. Давид Гонсалес, директор Программы развития фундаментальных наук, подписал меморандум о науке.",
  ],
] as const;

describe("a programme named by its director is a body, not an instrument", () => {
  it.for(HEADED)("%s: %s", async ([language, text], { expect }) => {
    const a = await analyze({ text, language, publishedAt: "2025-05-13" });
    expect(a.pairs.map((p) => p.key)).toEqual(["CN-UY"]);
    expect(a.commitments.filter((c) => c.legalForm === "programme")).toEqual([]);
    // The memorandum its director signed stays.
    expect(a.commitments.some((c) => c.status === "signed" && c.legalForm !== "programme")).toBe(true);
  });
});

const SIGNED_PROGRAMMES = [
  [
    "en",
    "Uruguay and China signed the Cultural Exchange Programme in Beijing on Monday; the director of the museum attended.",
  ],
  [
    "en",
    "The head of state signed a cooperation programme with China in Montevideo on Monday, Uruguay's presidency said.",
  ],
  [
    "es",
    "El jefe de Estado de Uruguay y el presidente de China firmaron el lunes en Beijing un programa de cooperación cultural.",
  ],
  [
    "fr",
    "Le chef de l'État uruguayen et le président chinois ont signé lundi à Pékin un programme de coopération culturelle.",
  ],
  [
    "de",
    "Der Leiter der uruguayischen Delegation und Chinas Botschafter unterzeichneten am Montag in Peking ein Programm für die kulturelle Zusammenarbeit zwischen Uruguay und China.",
  ],
] as const;

// A head with no preposition of possession before an instrument put first is no body's name (review18c).
const BESIDE_HEAD = [
  ["fr", "Le maire de Rabat a signé lundi avec le directeur l'accord de jumelage entre le Maroc et l'Espagne."],
  ["it", "Il sindaco di Roma ha firmato lunedì insieme al direttore l'accordo di gemellaggio tra Italia e Tunisia."],
  ["ru", "В понедельник в присутствии директора соглашение о торговле между Россией и Белоруссией подписали министры."],
] as const;

describe("guards: an instrument after a head word but no body's name is still signed", () => {
  it.for(BESIDE_HEAD)("%s: %s", async ([language, text], { expect }) => {
    const a = await analyze({ text, language, publishedAt: "2025-05-13" });
    expect(a.commitments.filter((c) => c.status === "signed").length).toBe(1);
  });
});

describe("guards: a programme signed beside a head of state or a director is still signed", () => {
  it.for(SIGNED_PROGRAMMES)("%s: %s", async ([language, text], { expect }) => {
    const a = await analyze({ text, language, publishedAt: "2025-05-13" });
    expect(a.commitments.filter((c) => c.status === "signed" && c.legalForm === "programme").length).toBe(1);
  });
});
