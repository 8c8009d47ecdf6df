import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { datesOf } from "../../helpers/date-cases";

// FICTIONAL sentences in the project's words. A span of time (minutes, hours, seconds) says how long something
// lasted, never on which day: without a publication date it must not become a day of the year 2000, and with one
// it must not stand as a date the text wrote.
const DURATIONS: readonly (readonly [string, string])[] = [
  ["en", "The two presidents held a private meeting of 25 minutes, then talks that lasted for 2 hours."],
  ["fr", "Les deux présidents ont eu un entretien de 25 minutes, puis des discussions pendant 2 heures."],
  ["it", "I due presidenti hanno avuto un colloquio di 25 minuti, poi discussioni per 2 ore."],
  ["es", "Los dos presidentes mantuvieron una reunión privada de 25 minutos y luego conversaron durante 2 horas."],
  ["pt", "Os dois presidentes tiveram uma reunião privada de 25 minutos e depois conversaram durante 2 horas."],
  ["de", "Die beiden Präsidenten führten ein Gespräch von 25 Minuten und berieten dann 2 Stunden lang."],
  ["ru", "Президенты провели беседу в течение 25 минут, а затем переговоры в течение 2 часов."],
  ["ar", "عقد الرئيسان لقاء مغلقا استمر 25 دقيقة ثم محادثات لمدة ساعتين."],
];

describe("a duration is never a day", () => {
  it.for(DURATIONS)("%s: no date without publication: %s", async ([lang, text]) => {
    const a = await analyze({ text, language: lang });
    expect(a.dates.map((d) => d.span?.text)).toEqual([]);
    expect(a.eventDate).toBeUndefined();
  });
  it.for(DURATIONS)("%s: only the publication day with one: %s", async ([lang, text]) => {
    const a = await analyze({ text, language: lang, publishedAt: "2026-03-12T10:00:00Z" });
    expect(a.dates.map((d) => d.span?.text)).toEqual([]);
    expect(a.eventDate).toMatchObject({ date: "2026-03-12", evidence: "published" });
  });
  it("a report with no publication date that tells a meeting's length has no date of its own", async () => {
    expect((await datesOf("es-date-duration-not-a-day")).event).toBeNull();
  });
});

describe("a count of days after 'for' or 'during', and a bare fraction, are no days", () => {
  // FICTIONAL sentences in the project's words.
  const rows: readonly (readonly [string, string])[] = [
    ["fr", "Les deux délégations ont travaillé pendant 3 jours sur le texte de l'accord."],
    ["it", "Le due delegazioni hanno lavorato per 3 giorni sul testo dell'accordo."],
    ["es", "Las dos delegaciones trabajaron durante 3 días en el texto del acuerdo."],
    ["pt", "As duas delegações trabalharam durante 3 dias no texto do acordo."],
    ["ru", "Две делегации в течение 3 дней работали над текстом соглашения."],
    ["en", "Almost 3/4 of their trade goes by sea, and the port works 24/7."],
    ["fr", "Près des 3/4 de leurs échanges passent par la mer, et le port fonctionne 24/7."],
    ["es", "Casi 3/4 de su comercio va por mar, y el puerto funciona 24/7."],
    ["de", "Fast 3/4 ihres Handels laufen über See, und der Hafen arbeitet 24/7."],
  ];
  it.for(rows)("%s: %s", async ([lang, text]) => {
    const a = await analyze({ text, language: lang, publishedAt: "2026-03-12T10:00:00Z" });
    expect(a.dates.map((d) => d.span?.text)).toEqual([]);
  });
  it("a day and month with a slash and a day word before it is still a day ('le 10/03')", async () => {
    const a = await analyze({
      text: "Les ministres se sont réunis le 10/03 à Rabat.",
      language: "fr",
      publishedAt: "2026-03-12T10:00:00Z",
    });
    expect(a.dates.map((d) => d.date)).toEqual(["2026-03-10"]);
  });
});
