import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { fixtureAllOn } from "../../helpers/date-cases";

// FICTIONAL sentences in the project's words; each fails without the rule its test names.

describe("an arrival whose destination is set off by a comma is still an arrival, in every language", () => {
  // Published on Sunday 10 May 2026: the lead tells a signing with no day; the visitor had arrived the day before.
  const rows: readonly (readonly [string, string])[] = [
    [
      "en",
      "In the presence of the two heads of state, Tunisia and Kuwait signed two memoranda of understanding on political consultations and higher education. The Tunisian president arrived in Kuwait, on Saturday evening, for a two-day visit.",
    ],
    [
      "fr",
      "En présence des deux chefs d'État, la Tunisie et le Koweït ont signé deux mémorandums d'entente sur les consultations politiques et l'enseignement supérieur. Le président tunisien est arrivé au Koweït, samedi soir, pour une visite de deux jours.",
    ],
    [
      "it",
      "Alla presenza dei due capi di Stato, la Tunisia e il Kuwait hanno firmato due memorandum d'intesa sulle consultazioni politiche e sull'istruzione superiore. Il presidente tunisino è arrivato in Kuwait, sabato sera, per una visita di due giorni.",
    ],
    [
      "es",
      "En presencia de los dos jefes de Estado, Túnez y Kuwait firmaron dos memorandos de entendimiento sobre consultas políticas y educación superior. El presidente tunecino llegó a Kuwait, el sábado por la noche, para una visita de dos días.",
    ],
    [
      "pt",
      "Na presença dos dois chefes de Estado, a Tunísia e o Kuwait assinaram dois memorandos de entendimento sobre consultas políticas e ensino superior. O presidente tunisino chegou ao Kuwait, no sábado à noite, para uma visita de dois dias.",
    ],
    [
      "de",
      "In Anwesenheit der beiden Staatschefs unterzeichneten Tunesien und Kuwait zwei Absichtserklärungen über politische Konsultationen und Hochschulbildung. Der tunesische Präsident landete in Kuwait, am Samstagabend, zu einem zweitägigen Besuch.",
    ],
    [
      "ru",
      "В присутствии двух глав государств Тунис и Кувейт подписали два меморандума о взаимопонимании о политических консультациях и высшем образовании. Президент Туниса прибыл в Кувейт, в субботу вечером, с двухдневным визитом.",
    ],
    [
      "ar",
      "بحضور رئيسي البلدين، وقعت تونس والكويت مذكرتي تفاهم بشأن المشاورات السياسية والتعاون في مجال التعليم العالي والبحث العلمي بين حكومتي البلدين. وكان الرئيس التونسي قد وصل إلى الكويت، مساء أمس السبت، في زيارة تستغرق يومين.",
    ],
  ];
  it.for(rows)("%s: %s", async ([lang, text]) => {
    const a = await analyze({ text, language: lang, publishedAt: "2026-05-10T16:00:00Z" });
    expect(a.dates.find((d) => d.date === "2026-05-09")?.onset).toBe("arrival");
    expect(a.eventDate).toMatchObject({ date: "2026-05-10", evidence: "published" });
  });
});

describe("Arabic 'today' before a weekday dates the day ('اليوم الأحد', 'واليوم الاثنين')", () => {
  const rows: readonly (readonly [string, string, string])[] = [
    ["عقد رئيسا تونس والكويت اليوم الأحد جلسة مباحثات في الكويت.", "2026-05-10T16:00:00Z", "2026-05-10"],
    ["واليوم الاثنين عقد رئيسا تونس والكويت جلسة مباحثات في الكويت.", "2026-05-11T16:00:00Z", "2026-05-11"],
    // A wire of Sunday evening put online after midnight in UTC: its "today, Sunday" is the Sunday.
    ["عقد رئيسا تونس والكويت اليوم الأحد جلسة مباحثات في الكويت.", "2026-05-11T00:30:00Z", "2026-05-10"],
  ];
  it.for(rows)("%s (%s)", async ([text, publishedAt, day]) => {
    const a = await analyze({ text, language: "ar", publishedAt });
    expect(a.eventDate?.date).toBe(day);
    expect(a.eventDate?.evidence).toBe("weekday");
  });
  fixtureAllOn("ar-date-today-weekday-arrival", "2026-05-11");
});
