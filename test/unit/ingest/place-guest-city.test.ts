import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL reports written for this test. The lead tells a visit into one country of the pair (the host); the only
// city named is in the other country, the guest's: where the visitor flew from or came home to, or the outlet's own
// dateline. The happening was in the host country, so that city is not its place. With a city of the host named, that
// city is the place.
const placeOf = async (text: string, publishedAt = "2026-05-14") =>
  (await analyze({ text, publishedAt })).place ?? null;

const GUEST_CITY_ONLY: readonly (readonly [string, string])[] = [
  [
    "en",
    "The President of Ghana is back in Accra after a three-day state visit to Kenya. During the visit, the two countries signed four agreements on trade, health and tourism.",
  ],
  [
    "fr",
    "DAKAR (Agence) - Le président sénégalais a effectué mardi une visite officielle au Mali, où les deux pays ont signé trois accords de coopération dans les domaines de l'énergie et des transports.",
  ],
  [
    "it",
    "Il presidente tunisino è rientrato a Tunisi dopo una visita di Stato in Italia. Durante la visita, i due Paesi hanno firmato tre accordi di cooperazione in materia di energia e cultura.",
  ],
  [
    "es",
    "El presidente de Bolivia ya se encuentra en La Paz, tras una visita oficial de dos días a Paraguay. Durante la visita, ambos países firmaron cinco acuerdos de cooperación en salud y energía.",
  ],
  [
    "pt",
    "O Presidente de Angola já se encontra em Luanda, depois de uma visita de Estado aos Emirados Árabes Unidos. Durante a visita, foram assinados três acordos de cooperação nas áreas da energia e da saúde.",
  ],
  [
    "de",
    "Der österreichische Bundespräsident ist nach einem dreitägigen Staatsbesuch in Ghana wieder in Wien eingetroffen. Während des Besuchs unterzeichneten Österreich und Ghana drei Abkommen über Handel und Gesundheit.",
  ],
  [
    "ru",
    "Президент Казахстана вернулся в Астану после трехдневного государственного визита в Армению. В ходе визита стороны подписали пять соглашений о сотрудничестве в области торговли и энергетики.",
  ],
  [
    "ar",
    "دبي، الإمارات العربية المتحدة - شهد الرئيس الإماراتي خلال زيارة الرئيس الإماراتي الشيخ محمد بن زايد آل نهيان إلى إثيوبيا، الجمعة، توقيع عدة اتفاقيات ومذكرات تفاهم في مجالات الطاقة والزراعة والصحة بين البلدين.",
  ],
];

const HOST_CITY_NAMED: readonly (readonly [string, string, string])[] = [
  [
    "en",
    "The President of Ghana is back in Accra after a three-day state visit to Kenya. In Nairobi, the two countries signed four agreements on trade, health and tourism.",
    "Nairobi",
  ],
  [
    "fr",
    "DAKAR (Agence) - Le président sénégalais a effectué mardi une visite officielle au Mali. À Bamako, les deux pays ont signé trois accords de coopération dans les domaines de l'énergie et des transports.",
    "Bamako",
  ],
];

describe("a city of the guest's country is not the place of a visit into the host's", () => {
  it.for(GUEST_CITY_ONLY)("%s: %s", async ([, text], { expect }) => {
    expect(await placeOf(text)).toBe(null);
  });
  it.for(HOST_CITY_NAMED)("%s: %s → %s", async ([, text, city], { expect }) => {
    expect(await placeOf(text)).toBe(city);
  });
});
