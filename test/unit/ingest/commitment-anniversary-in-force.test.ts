/**
 * The instrument whose signing a report marks the anniversary of ("the 30th anniversary of the signing of the Treaty
 * of Friendship", "il ventesimo anniversario della firma del Trattato", "الذكرى العشرين لتوقيع معاهدة") is one in
 * force, no signing of the report; the anniversary's ordinal counts no instruments ("العشرين"). A signing on an
 * anniversary of something else stays a signing (sentences in our own words, FICTIONAL, through findCommitments).
 */
import { describe, it } from "vitest";
import { byLanguage, firmCommitments, firmInstruments } from "../../helpers/commitment-read";

const MARKED: Record<string, string> = {
  en: "The visit marks the 30th anniversary of the signing of the Treaty of Friendship between the two countries.",
  fr: "La visite coïncide avec le 20e anniversaire de la signature du traité d'amitié et de coopération.",
  it: "La visita coincide con il ventesimo anniversario della firma del Trattato di Amicizia e Cooperazione.",
  es: "La visita coincide con el aniversario de la firma del Tratado de Paz y Amistad.",
  pt: "A visita coincide com o aniversário da assinatura do Tratado de Amizade e Cooperação.",
  de: "Der Besuch fällt auf den 50. Jahrestag der Unterzeichnung des Freundschaftsvertrags.",
  ru: "Визит приурочен к 30-летию подписания Договора о дружбе и сотрудничестве.",
  ar: "تتزامن الزيارة مع الذكرى العشرين لتوقيع معاهدة الصداقة بين البلدين.",
};

describe("an anniversary of a signing marks an instrument in force", () => {
  it.for(byLanguage(MARKED))("$lang", ({ lang, text }, { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["in_force treaty"]);
  });
});

/** A signing on an anniversary of something else, or an instrument told as not in force (review probes). */
const STILL_SIGNED: readonly [string, string][] = [
  ["en", "On the anniversary of their first meeting, the ministers signed an agreement on energy."],
  ["en", "On the 30th anniversary of diplomatic relations, the signing of a memorandum on energy took place in Rabat."],
  ["fr", "À l'occasion du 60e anniversaire des relations, la signature d'un accord sur l'énergie a eu lieu lundi."],
  ["it", "Durante il Giubileo, la firma dell'accordo sull'energia è avvenuta in Vaticano."],
  ["ru", "В годовщину установления отношений состоялось подписание соглашения об энергетике."],
  [
    "en",
    "The ministers marked the 10th anniversary of the signing of the memorandum on energy, which has yet to be ratified.",
  ],
  [
    "fr",
    "Les ministres ont célébré le 20e anniversaire de la signature de l'accord sur l'énergie, toujours pas ratifié.",
  ],
];

describe("a signing on the anniversary of something else, or not in force, is signed", () => {
  it.for(STILL_SIGNED)("%s: %s", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text).every((c) => c.startsWith("signed "))).toBe(true);
    expect(firmCommitments(lang, text).length).toBeGreaterThan(0);
  });
});

describe("a count after an anniversary word is a count", () => {
  it.for([
    ["en", "On the anniversary, 3 agreements on trade were signed.", 3],
    ["ar", "في الذكرى 5 اتفاقيات تم توقيعها بين البلدين.", 5],
  ] as const)("%s: %s", ([lang, text, count], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(count);
  });
});
