/**
 * A link line of another report ("Noticia relacionada: …", "Lire aussi : …") and a form set with many partners
 * ("Rückübernahmeabkommen mit 52 Ländern") sign nothing of the pair (sentences in our own words, FICTIONAL, through
 * findCommitments); the story's own sentences, a colon in them or not, still sign.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const NONE: readonly (readonly [string, string])[] = [
  [
    "es",
    "El canciller de Nicaragua recibió a su par de Bielorrusia.\nNoticia relacionada: Asamblea ratifica acuerdos de cooperación educativa con Bielorrusia\nLos cancilleres hablaron de turismo.",
  ],
  [
    "fr",
    "Le ministre sénégalais a reçu son homologue gambien.\nLire aussi : Le Sénégal et la Gambie signent un accord sur les transports\nLes deux ministres ont évoqué la sécurité.",
  ],
  [
    "pt",
    "O ministro angolano recebeu o seu homólogo do Gana.\nLeia também: Angola e Gana assinam acordo de pescas\nOs dois ministros falaram de comércio.",
  ],
  [
    "ru",
    "Министр иностранных дел России встретился с коллегой из АСЕАН.\nЧитайте также: Россия и Вьетнам подписали соглашение о торговле\nМинистры обсудили туризм.",
  ],
  [
    "it",
    "Il ministro ha ricevuto il collega del Guatemala.\nLeggi anche: Italia e Guatemala firmano un accordo sulla pesca\nI due ministri hanno parlato di turismo.",
  ],
  ["de", "Weiter hat die Schweiz Rückübernahmeabkommen mit 52 Ländern abgeschlossen."],
  ["de", "Die Schweiz hat Abkommen mit mehr als 40 Staaten unterzeichnet."],
  ["en", "Switzerland has concluded a readmission agreement with 52 countries so far."],
];

const SIGNED: readonly (readonly [string, string])[] = [
  // A count of something else after "with", or a "with" of another phrase, sets no partners.
  ["en", "Kenya and Tanzania signed a rail agreement with 300 engineers from both countries in attendance."],
  ["en", "At a ceremony with envoys from 20 countries, Kenya and Tanzania signed a rail agreement."],
  [
    "de",
    "Nach Beratungen mit den drei baltischen Staaten unterzeichneten Polen und Litauen ein Abkommen über Energie.",
  ],
  ["es", "Chile y Perú firmaron un acuerdo de pesca con 500 agentes de ambos países presentes."],
  // A speaker's name, or a breaking-news label, heads the story's own line.
  ["en", "LEE: South Korea and Vietnam signed a shipbuilding agreement, and we hope that next year —"],
  ["it", "Ultim'ora: Italia e Libia firmano un accordo sulla migrazione"],
  ["fr", "Le ministre a précisé : le Sénégal et la Gambie ont signé un accord sur les transports."],
  ["es", "El canciller dijo: Nicaragua y Bielorrusia firmaron hoy un acuerdo de cooperación educativa."],
  ["de", "Die Schweiz hat mit Tunesien ein Rückübernahmeabkommen unterzeichnet."],
  ["de", "Die Schweiz hat mit den beiden Ländern ein Abkommen unterzeichnet."],
];

describe("a link line or a form with many partners signs nothing of the pair", () => {
  it.for(NONE)("%s: %s", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual([]);
  });
});

describe("the story's own sentences still sign", () => {
  it.for(SIGNED)("%s: %s", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["signed agreement"]);
  });
});
