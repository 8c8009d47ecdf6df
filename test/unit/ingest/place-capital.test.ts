import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL sentences in the project's words: each names the happening's place in one way reports do.
describe("the place of the happening: a capital named through its country", () => {
  it.for([
    [
      "en",
      "Morocco and Spain signed a fisheries protocol on Monday in the Spanish capital, the ministers said.",
      "Madrid",
    ],
    ["en", "Uzbekistan and the UAE signed six agreements on Tuesday during a visit to the Uzbek capital.", "Tashkent"],
    ["en", "The ministers of Kenya and Japan met on Monday in Japan's capital to discuss ports.", "Tokyo"],
    ["en", "Kenya and Japan signed a port agreement on Monday in the capital of Japan.", "Tokyo"],
    ["fr", "Le Maroc et l'Espagne ont signé lundi un protocole de pêche dans la capitale espagnole.", "Madrid"],
    ["fr", "Le Sénégal et la Mauritanie ont signé lundi un accord gazier dans la capitale du Sénégal.", "Dakar"],
    ["it", "Il Marocco e la Spagna hanno firmato lunedì un protocollo sulla pesca nella capitale spagnola.", "Madrid"],
    ["it", "L'Italia e l'Albania hanno firmato lunedì un'intesa sull'energia nella capitale dell'Albania.", "Tirana"],
    ["es", "Marruecos y España firmaron el lunes un protocolo de pesca en la capital española.", "Madrid"],
    [
      "es",
      "Chile y Argentina firmaron el lunes varios convenios durante la visita del presidente a la capital argentina.",
      "Buenos Aires",
    ],
    ["pt", "Marrocos e Espanha assinaram na segunda-feira um protocolo de pesca na capital espanhola.", "Madrid"],
    ["pt", "Angola e Moçambique assinaram na sexta-feira um acordo aéreo na capital de Angola.", "Luanda"],
    [
      "de",
      "Marokko und Spanien haben am Montag in der spanischen Hauptstadt ein Fischereiprotokoll unterzeichnet.",
      "Madrid",
    ],
    [
      "de",
      "Marokko und Spanien haben am Montag in der Hauptstadt Spaniens ein Fischereiprotokoll unterzeichnet.",
      "Madrid",
    ],
    ["ru", "Марокко и Испания подписали в понедельник в испанской столице протокол о рыболовстве.", "Madrid"],
    ["ru", "Марокко и Испания подписали в понедельник в столице Испании протокол о рыболовстве.", "Madrid"],
    ["ar", "وقع المغرب وإسبانيا يوم الاثنين في العاصمة الإسبانية بروتوكولا للصيد البحري.", "Madrid"],
    ["ar", "وقع المغرب وإسبانيا يوم الاثنين بروتوكولا للصيد البحري في عاصمة إسبانيا.", "Madrid"],
    ["ar", "وقعت الإمارات وأوزبكستان يوم الثلاثاء ست اتفاقيات خلال زيارة رسمية للعاصمة الأوزبكية طشقند.", "Tashkent"],
  ])("%s: %s", async ([, text, place], { expect }) => {
    expect((await analyze({ text, publishedAt: "2026-05-12" })).place ?? null).toBe(place);
  });

  it.for([
    ["en", "Kazakhstan and Morocco held talks on Monday in the former Kazakh capital, the ministers said."],
    ["en", "Kenya and China discussed on Monday how to draw investors in Chinese capital markets to ports."],
    ["fr", "Le Maroc et l'Espagne ont signé lundi un accord dans la capitale économique marocaine."],
    ["es", "Chile y Argentina firmaron el lunes un convenio para atraer capital chino a sus puertos."],
    ["en", "Spain and Morocco signed a deal on Monday; the Spanish capital will host the next session."],
  ])("names no capital where the phrase is no place of the happening (%s: %s)", async ([, text], { expect }) => {
    expect((await analyze({ text, publishedAt: "2026-05-12" })).place ?? null).toBe(null);
  });
});

describe("the place of the happening: Arabic prepositions written onto a name", () => {
  it.for([
    ["بحث وزيرا خارجية مصر وروسيا يوم الخميس بموسكو تعزيز التعاون في مجال الطاقة.", "Moscow"],
    ["بحث وزيرا خارجية مصر والعراق يوم الخميس ببغداد تعزيز التعاون في مجال الطاقة.", "Baghdad"],
    ["وقع وزيرا خارجية مصر وروسيا يوم الخميس اتفاقا للطاقة خلال زيارة الوزير المصري لموسكو.", "Moscow"],
  ])("%s", async ([text, place], { expect }) => {
    expect((await analyze({ text, publishedAt: "2026-05-12" })).place ?? null).toBe(place);
  });

  it("keeps a name that itself begins with ب a name, not a preposition ('أكدت بغداد')", async ({ expect }) => {
    const text = "أكدت بغداد يوم الخميس أن العراق ومصر سيوسعان التعاون في مجال الطاقة.";
    expect((await analyze({ text, publishedAt: "2026-05-12" })).place ?? null).toBe(null);
  });
});
