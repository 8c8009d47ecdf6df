import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

// FICTIONAL items written for this test. A site of one country (its URL's country-code domain) relays a wire item
// in which an organisation and one state sign a memorandum. The item names the host's minister by office and name
// ("the Foreign Minister Dorj Enkhbat"): an office followed by a person's name is that person's office, not an
// unqualified reference to the relaying site's own country, so the site's country makes no pair with the host.
// Scripts without letter case (Arabic) cannot tell a name from the next word, so they keep the office as it is.
const pairsOf = (text: string, url: string) => pairKeysOf(text, "2026-05-12", url);

const NAMED: readonly (readonly [string, string, string])[] = [
  [
    "en",
    "The African Union and Mongolia signed a memorandum of understanding on peace and security on Monday, during a three-day visit to Ulaanbaatar by the Union's commissioner, who met the Foreign Minister Dorj Enkhbat and other senior officials, the Union said on Tuesday.",
    "https://relay.example.sn/news/item",
  ],
  [
    "fr",
    "L'Union africaine et la Mongolie ont signé lundi un mémorandum d'entente sur la paix et la sécurité, lors d'une visite de trois jours à Oulan-Bator du commissaire de l'Union, qui a rencontré le ministre des Affaires étrangères Dorj Enkhbat et d'autres hauts responsables, selon un communiqué publié mardi.",
    "https://relais.example.sn/actualites/article",
  ],
  [
    "it",
    "L'Unione africana e la Mongolia hanno firmato lunedì un memorandum d'intesa su pace e sicurezza, durante una visita di tre giorni a Ulan Bator del commissario dell'Unione, che ha incontrato il ministro degli Esteri Dorj Enkhbat e altri alti funzionari, secondo una nota diffusa martedì.",
    "https://portale.example.sn/notizie/articolo",
  ],
  [
    "es",
    "La Unión Africana y Mongolia firmaron el lunes un memorando de entendimiento sobre paz y seguridad, durante una visita de tres días a Ulán Bator del comisario de la Unión, que se reunió con el canciller Dorj Enkhbat y otros altos funcionarios, según un comunicado difundido el martes.",
    "https://portal.example.sn/noticias/nota",
  ],
  [
    "pt",
    "A União Africana e a Mongólia assinaram na segunda-feira um memorando de entendimento sobre paz e segurança, durante uma visita de três dias a Ulan Bator do comissário da União, que se reuniu com o chanceler Dorj Enkhbat e outros altos funcionários, segundo um comunicado divulgado na terça-feira.",
    "https://portal.example.sn/noticias/artigo",
  ],
  [
    "de",
    "Die Afrikanische Union und die Mongolei haben am Montag eine Absichtserklärung über Frieden und Sicherheit unterzeichnet, bei einem dreitägigen Besuch des Kommissars der Union in Ulan-Bator, wo ihn der Außenminister Dorj Enkhbat und weitere hohe Beamte empfingen, wie die Union am Dienstag mitteilte.",
    "https://portal.example.sn/nachrichten/artikel",
  ],
  [
    "ru",
    "Африканский союз и Монголия подписали в понедельник меморандум о взаимопонимании в области мира и безопасности во время трехдневного визита в Улан-Батор комиссара союза, который встретился с министром иностранных дел Доржем Энхбатом и другими высокопоставленными лицами, сообщили во вторник.",
    "https://portal.example.sn/news/item",
  ],
];

describe("an office followed by a person's name is no reference to the relaying site's country", () => {
  it.for(NAMED)("%s", async ([, text, url], { expect }) => {
    expect(await pairsOf(text, url)).toEqual([]);
  });
});
