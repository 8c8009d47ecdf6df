/**
 * A pluperfect of signing anchored on the day before the happening reported ("The previous day, … the ministers had
 * signed twelve agreements", "La veille, … avaient signé douze accords", "Il giorno precedente … erano stati firmati
 * dodici accordi") tells of the visit itself, not of the relationship's earlier tally, in the eight languages.
 * Without that anchor the pluperfect still reads as earlier. Sentences in our own words, through findCommitments.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const LEAD: Record<string, string> = {
  en: "The summit between the two countries took place in Rome on Thursday. ",
  fr: "Le sommet entre les deux pays s'est tenu jeudi à Rome. ",
  it: "Il vertice tra i due Paesi si è svolto giovedì a Roma. ",
  es: "La cumbre entre los dos países se celebró el jueves en Roma. ",
  pt: "A cimeira entre os dois países realizou-se na quinta-feira em Roma. ",
  de: "Der Gipfel der beiden Länder fand am Donnerstag in Rom statt. ",
  ru: "Саммит двух стран прошёл в четверг в Риме. ",
  ar: "عقدت القمة بين البلدين يوم الخميس في روما. ",
};

const DAY_BEFORE: readonly (readonly [string, string])[] = [
  [
    "en",
    "The previous day, during the bilateral talks between the two delegations, the ministers had signed twelve cooperation agreements.",
  ],
  [
    "fr",
    "La veille, lors des entretiens bilatéraux entre les deux délégations, les ministres avaient signé douze accords de coopération.",
  ],
  [
    "it",
    "Il giorno precedente, nel corso dei colloqui bilaterali tra le due delegazioni, erano stati firmati dodici accordi di collaborazione.",
  ],
  [
    "es",
    "El día anterior, durante las conversaciones bilaterales entre las dos delegaciones, los ministros habían firmado doce acuerdos de cooperación.",
  ],
  [
    "pt",
    "No dia anterior, durante as conversações bilaterais entre as duas delegações, os ministros tinham assinado doze acordos de cooperação.",
  ],
  [
    "de",
    "Am Vortag hatten die Minister bei den bilateralen Gesprächen der beiden Delegationen zwölf Kooperationsabkommen unterzeichnet.",
  ],
  [
    "ru",
    "Накануне в ходе двусторонних переговоров делегаций министры подписали двенадцать соглашений о сотрудничестве.",
  ],
  ["ar", "وكان الوزيران قد وقعا في اليوم السابق خلال المحادثات الثنائية بين الوفدين اثنتي عشرة اتفاقية للتعاون."],
];

const EARLIER: readonly (readonly [string, string])[] = [
  ["en", "During earlier talks, the ministers had signed twelve cooperation agreements."],
  ["fr", "Lors d'entretiens antérieurs, les ministres avaient signé douze accords de coopération."],
  ["it", "Nel corso di colloqui precedenti erano stati firmati dodici accordi di collaborazione."],
];

describe("a pluperfect signing on the day before the happening", () => {
  it.for(DAY_BEFORE)("%s: twelve signed", ([lang, text], { expect }) => {
    expect(firmInstruments(lang, (LEAD[lang] ?? "") + text)).toBe(12);
  });
  it.for(EARLIER)("%s: with no day, an earlier tally", ([lang, text], { expect }) => {
    expect(firmInstruments(lang, (LEAD[lang] ?? "") + text)).toBe(0);
  });
});
