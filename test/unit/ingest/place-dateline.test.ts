import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL reports written for this test: wire datelines of the shapes agencies use, where a plain text puts
// them (on a line of their own atop the text, taken for its headline, or after a kicker, a headline and a
// standfirst), in every language.
describe("the dateline's place", () => {
  it.for([
    [
      "en",
      "All news\n\nKenya's president calls ties with Vietnam strong\n\nThe talks between the two presidents are the first in the history of relations between Kenya and Vietnam\n\nHANOI, March 4. /AGENCY/. The president of Kenya called the relations with Vietnam strong, speaking during talks with the prime minister.",
      "Hanoi",
    ],
    [
      "en",
      "Politics\n\nA first visit in forty years\n\nNAIROBI, Oct. 2 (Agency) The presidents of Kenya and Ghana agreed on Thursday to open direct flights.",
      "Nairobi",
    ],
    [
      "de",
      "Astana, 21. Oktober, AGENTUR\n\nAm 21. Oktober haben die Präsidenten Aserbaidschans und Kasachstans eine gemeinsame Erklärung abgegeben.",
      "Astana",
    ],
    [
      "fr",
      "Nouakchott, le 3 mars 2026\n\nLe président mauritanien a reçu mardi son homologue sénégalais pour parler de gaz et de pêche.",
      "Nouakchott",
    ],
    [
      "es",
      "Montevideo, 12 de mayo (AGENCIA)\n\nLos cancilleres de Uruguay y la India firmaron hoy tres acuerdos de cooperación.",
      "Montevideo",
    ],
    [
      "it",
      "Tirana, 14 novembre 2025\n\nIl presidente del Consiglio italiano ha incontrato ieri il primo ministro albanese per parlare di energia.",
      "Tirana",
    ],
    [
      "pt",
      "Notícias\n\nVisita de dois dias\n\nLUANDA, 18 de julho. /AGÊNCIA/. O Presidente de Angola recebeu hoje o homólogo moçambicano.",
      "Luanda",
    ],
    [
      "ru",
      "Все новости\n\nЛидеры обсудили торговлю и энергетику\n\nМИНСК, 4 марта. /АГЕНТСТВО/. Президент Белоруссии провел переговоры с президентом Вьетнама.",
      "Minsk",
    ],
    [
      "ar",
      "الرياض، 12 مايو 2026\n\nوقع وزيرا خارجية السعودية والعراق اليوم مذكرة تفاهم لتعزيز التعاون بين البلدين.",
      "Riyadh",
    ],
    [
      "it",
      "(ANSA) - ROMA, 12 MAG - Il ministro degli Esteri italiano ha ricevuto il collega tunisino per parlare di energia.",
      "Rome",
    ],
    [
      "en",
      "Rabat, Morocco — The foreign ministers of Morocco and Kazakhstan held talks on Tuesday about grain.",
      "Rabat",
    ],
    ["en", "NEW DELHI: India and Japan signed an agreement on semiconductors on Tuesday.", "New Delhi"],
    ["en", "Baku, Azerbaijan, May 12. Azerbaijan and Serbia signed six documents on Tuesday.", "Baku"],
    ["en", "HÀ NỘI — Việt Nam and Kenya signed four agreements on Tuesday during a state visit.", "Hanoi"],
    ["ar", "مسقط في 12 مايو /العُمانية/ وقعت سلطنة عمان والأردن اليوم مذكرة تفاهم في مجال النقل.", "Muscat"],
    ["ar", "الرياض: وقع وزيرا خارجية السعودية والعراق اليوم مذكرة تفاهم لتأسيس مجلس تنسيقي.", "Riyadh"],
    ["ar", "الجزائر - استقبل رئيس الجمهورية اليوم الثلاثاء وزير خارجية كازاخستان لبحث التعاون.", "Algiers"],
    ["ar", "تونس (وات) - استقبل رئيس الجمهورية اليوم بقصر الحكومة وزير الخارجية الإيطالي.", "Tunis"],
    [
      "es",
      "GUATEMALA, 12 may (EFE).- Los presidentes de Guatemala y México firmaron hoy un acuerdo migratorio.",
      "Guatemala City",
    ],
    // A dateline closed by a stop and a dash, with no day (Latin American and Lusophone papers).
    [
      "es",
      "Ciudad de México.- México y Colombia firmaron diversos acuerdos en materia de salud y energía.",
      "Mexico City",
    ],
    ["es", "LIMA.- Los cancilleres de Perú y Chile firmaron hoy un memorando sobre pesca.", "Lima"],
    ["pt", "Luanda.- Angola e Namíbia assinaram hoje três acordos de cooperação.", "Luanda"],
    // …after a byline line of its own.
    [
      "es",
      "Por Agencias\n\nCiudad de México.- México y Colombia firmaron diversos acuerdos en materia de salud y energía.",
      "Mexico City",
    ],
    ["pt", "Da Redação\n\nLuanda.- Angola e Namíbia assinaram hoje três acordos de cooperação.", "Luanda"],
    ["en", "By Staff Reporter\n\nNAIROBI — Kenya and Ghana signed three agreements on Tuesday.", "Nairobi"],
    // …after the page's own date line, which is no dateline though a dash closes it.
    [
      "en",
      "Kenya and Ghana to deepen ties\n\nMon, 4 May 2026 - 10:15 GMT\n\nStaff Reporter\n\nNAIROBI - 4 May 2026: Kenya and Ghana signed three agreements on Monday.",
      "Nairobi",
    ],
    [
      "fr",
      "Le Bénin et le Ghana renforcent leurs liens\n\nLundi 4 mai 2026 - 10h15\n\nCOTONOU - Le Bénin et le Ghana ont signé lundi trois accords.",
      "Cotonou",
    ],
  ] as const)("%s: %s → %s", async ([, text, want], { expect }) => {
    expect((await analyze({ text, publishedAt: "2026-05-14" })).place ?? null).toBe(want);
  });

  it("takes no dateline from a country that names its capital and opens a sentence", async ({ expect }) => {
    const a = await analyze({
      text: "Algeria and Kazakhstan signed on Tuesday a memorandum on grain and fertilisers.",
      publishedAt: "2026-05-14",
    });
    expect(a.place ?? null).toBe(null);
  });

  it("takes no dateline from a city opening a headline as its subject", async ({ expect }) => {
    const a = await analyze({
      text: "Rabat, a hub for African diplomacy, hosts more visits\n\nThe foreign ministers of Morocco and Kazakhstan spoke by phone on Tuesday about grain.",
      publishedAt: "2026-05-14",
    });
    expect(a.place ?? null).toBe(null);
  });
});
