/**
 * A call for a ratification puts it ahead (sentences in our own words, FICTIONAL, through findCommitments): "urged the
 * swift ratification of the free trade agreement" ratifies nothing, in every language; a ratification told done, or
 * approved by a government (a bill's step), stays as it was, and so does one the call does not ask for ("called for
 * calm after the ratification"). A signing told later in the sentence ("…, signed in 2013") is no ratification done.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const ASKED: readonly (readonly [string, string])[] = [
  ["en", "The president of South Korea urged the swift ratification of the free trade agreement with Colombia."],
  ["en", "The Korean president called for the ratification of the trade agreement between the two countries."],
  ["fr", "La présidente sud-coréenne a appelé à la ratification rapide d'un accord de libre-échange avec la Colombie."],
  ["fr", "Le ministre sénégalais a exhorté à la ratification de l'accord de pêche avec la Gambie."],
  [
    "pt",
    "O chefe da diplomacia do Vietname pediu a rápida ratificação do acordo comercial entre o Vietname e Timor-Leste, assinado em 2013.",
  ],
  ["es", "El canciller boliviano pidió a Chile la pronta ratificación del acuerdo comercial entre ambos países."],
  ["it", "Il ministro degli Esteri ha chiesto la rapida ratifica dell'accordo commerciale tra Italia ed Ecuador."],
  ["ru", "Министр призвал Вьетнам к скорейшей ратификации соглашения о свободной торговле между двумя странами."],
  ["ar", "دعا وزير الخارجية السعودي الأردن إلى التصديق السريع على اتفاقية التجارة الحرة بين البلدين."],
];

const DONE: readonly (readonly [string, string, string])[] = [
  // The call asks for something else; the ratification is told after a time word, or after another verb.
  [
    "en",
    "The minister called for calm after the ratification of the fisheries agreement between Kenya and Somalia.",
    "ratified agreement",
  ],
  [
    "pt",
    "O ministro pediu calma e saudou a ratificação do acordo de pescas entre Angola e Namíbia.",
    "ratified agreement",
  ],
  ["de", "Ägypten forderte nach der Ratifizierung des Abkommens mit Jordanien neue Gespräche.", "ratified agreement"],
  // Ratified, the call told beside it.
  [
    "en",
    "The parliaments of South Korea and Colombia ratified the free trade agreement on Tuesday, as the presidents had called for.",
    "ratified agreement",
  ],
  // A government's approval of the ratification is a bill's step: the agreement stays signed.
  [
    "it",
    "Il Consiglio dei ministri ha dato oggi il via libera alla ratifica dell'accordo sulla difesa tra Italia e Kenya, firmato a Nairobi nel marzo 2024.",
    "signed agreement",
  ],
  // "la demande" (a noun: the request) asks for nothing.
  [
    "fr",
    "Paris a répondu à la demande marocaine lors de la signature lundi à Rabat d'un accord de pêche entre la France et le Maroc.",
    "signed agreement",
  ],
  // A call for a signing still puts it ahead, and a signing told done after the call is done.
  ["en", "The ministers called for the signing of a trade agreement and then signed it on Monday.", "signed agreement"],
];

describe("a call for a ratification ratifies nothing yet", () => {
  it.for(ASKED)("%s: %s", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual([]);
  });
});

describe("a ratification done or approved keeps its status", () => {
  it.for(DONE)("%s: %s", ([lang, text, status], { expect }) => {
    expect(firmCommitments(lang, text)).toContain(status);
  });
});
