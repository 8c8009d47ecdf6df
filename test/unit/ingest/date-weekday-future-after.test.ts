import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { prepare } from "../../../src/ingest/match/normalize";
import { findDates } from "../../../src/ingest/recognize/dates";

// FICTIONAL sentences in the project's words; each fails without the rule its test names.

describe("a weekday opening its clause, a future verb after it, is the coming one and not the report's day", () => {
  // Published on Friday 6 March 2026: "Monday … will be held" is Monday the 9th, still to come; the signing is today's.
  const rows = [
    [
      "en",
      "Ghana and Peru signed a trade agreement in Accra today. On Monday a ministerial meeting will be held in Lima.",
    ],
    [
      "fr",
      "Le Ghana et le Pérou ont signé aujourd'hui à Accra un accord commercial. Lundi se tiendra une réunion ministérielle à Lima.",
    ],
    [
      "it",
      "Il Ghana e il Perù hanno firmato oggi ad Accra un accordo commerciale. Lunedì si terrà una riunione ministeriale a Lima.",
    ],
    [
      "es",
      "Ghana y Perú firmaron hoy en Accra un acuerdo comercial. El lunes se celebrará una reunión ministerial en Lima.",
    ],
    [
      "pt",
      "O Gana e o Peru assinaram hoje em Acra um acordo comercial. Na segunda-feira será realizada uma reunião ministerial em Lima.",
    ],
    [
      "ru",
      "Гана и Перу сегодня подписали в Аккре торговое соглашение. В понедельник в Лиме пройдет встреча министров.",
    ],
  ] as const;
  it.for(rows)("%s: %s", async ([lang, text], { expect }) => {
    const monday = findDates(prepare(text), lang, "2026-03-06").filter(
      (d) => d.evidence === "weekday" && d.date !== "2026-03-06",
    );
    expect(monday.map((d) => [d.date, d.future ?? false])).toEqual([["2026-03-09", true]]);
    const a = await analyze({ text, language: lang, publishedAt: "2026-03-06T10:00:00Z" });
    expect(a.eventDate?.date).toBe("2026-03-06");
  });

  it("keeps a past weekday whose sentence goes on to a future verb far after it", ({ expect }) => {
    const text = "On Monday the minister told reporters in Accra that the two governments will sign a trade agreement.";
    const dates = findDates(prepare(text), "en", "2026-03-06");
    expect(dates.map((d) => [d.date, d.future ?? false])).toEqual([["2026-03-02", false]]);
  });
});
