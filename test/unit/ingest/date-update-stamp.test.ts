import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { cleanText } from "../../../src/ingest/read/text";

// FICTIONAL lines in our own words: a page copied with its "last updated" stamp and nothing else to date it.
const stamps: [lang: string, stamp: string, lead: string, day: string][] = [
  ["en", "Last updated: 19/03/2026", "Mali and Qatar signed a culture agreement on Wednesday in Doha.", "2026-03-18"],
  ["en", "Updated 19/03/2026", "Mali and Qatar signed a culture agreement on Wednesday in Doha.", "2026-03-18"],
  [
    "fr",
    "Mis à jour le 19/03/2026",
    "Le Tchad et le Qatar ont signé mercredi à Doha un accord culturel.",
    "2026-03-18",
  ],
  ["it", "Aggiornato 19/03/2026", "Ciad e Qatar hanno firmato mercoledì a Doha un accordo culturale.", "2026-03-18"],
  ["es", "Actualizado 19/03/2026", "Malí y Catar firmaron el miércoles en Doha un acuerdo cultural.", "2026-03-18"],
  [
    "pt",
    "Atualizado em 19/03/2026",
    "Chade e Catar assinaram na quarta-feira em Doha um acordo cultural.",
    "2026-03-18",
  ],
  [
    "de",
    "Aktualisiert: 19.03.2026",
    "Tschad und Katar haben am Mittwoch in Doha ein Kulturabkommen unterzeichnet.",
    "2026-03-18",
  ],
  ["ru", "Обновлено: 19.03.2026", "Чад и Катар в среду подписали в Дохе соглашение о культуре.", "2026-03-18"],
  ["ar", "آخر تحديث: 19/03/2026", "وقعت قطر وتشاد أمس الأربعاء في الدوحة اتفاقية للتعاون الثقافي.", "2026-03-18"],
];

describe("a last-updated stamp", () => {
  it("stays in a cleaned text, where it is the only date line", ({ expect }) => {
    for (const [, stamp, lead] of stamps) {
      const r = cleanText(`${stamp}\n${lead}`);
      expect(r, stamp).toEqual({ ok: true, text: `${stamp}\n${lead}` });
    }
  });

  it("is never taken for the headline over it or under it", async ({ expect }) => {
    for (const text of [
      "Last updated: 19/03/2026\nMali and Qatar sign a culture agreement\n\nMali and Qatar signed a culture agreement in Doha on Wednesday. Their foreign ministers also discussed trade and the joint commission.",
      "Mali and Qatar sign a culture agreement\nLast updated: 19/03/2026\n\nMali and Qatar signed a culture agreement in Doha on Wednesday. Their foreign ministers also discussed trade and the joint commission.",
      "آخر تحديث: 19/03/2026\nمالي وقطر توقعان اتفاقية ثقافية\nوقعت مالي وقطر أمس الأربعاء في الدوحة اتفاقية للتعاون الثقافي، وبحث وزيرا خارجية البلدين سبل تطوير التبادل التجاري.",
    ]) {
      const a = await analyze({ text });
      expect(a.title, text).not.toMatch(/19\/03|updated|تحديث/iu);
      expect(a.title, text).toMatch(/culture|ثقافية/u);
    }
  });

  it("dates a lead's weekday, in eight languages, when the page gives no publication date", async ({ expect }) => {
    for (const [language, stamp, lead, day] of stamps) {
      const a = await analyze({ text: `${stamp}\n${lead}`, language });
      expect(a.eventDate?.date, `${language}: ${stamp}`).toBe(day);
    }
  });
});
