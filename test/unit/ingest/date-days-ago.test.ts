import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { allOnEach } from "../../helpers/date-cases";

// FICTIONAL sentences in the project's words; each fails without the rule its test names.

describe("'two days ago' counts back from the report's day, in every language", () => {
  // Published on Thursday 12 March 2026: two days ago is the 10th.
  allOnEach(
    [
      ["en", "Ghana and Kenya signed a trade agreement in Accra two days ago."],
      ["en", "Ghana and Kenya signed a trade agreement in Accra 2 days ago."],
      ["fr", "Le Ghana et le Kenya ont signé il y a deux jours à Accra un accord sur le commerce."],
      ["es", "Ghana y Kenia firmaron hace dos días en Accra un acuerdo sobre comercio."],
      ["pt", "O Gana e o Quénia assinaram há dois dias em Acra um acordo sobre comércio."],
      ["de", "Ghana und Kenia haben vor zwei Tagen in Accra ein Abkommen über Handel unterzeichnet."],
      ["ru", "Гана и Кения два дня назад подписали в Аккре соглашение о торговле."],
      ["it", "Il Ghana e il Kenya hanno firmato due giorni fa ad Accra un accordo sul commercio."],
      ["ar", "وقعت غانا وكينيا قبل يومين في أكرا مذكرة تفاهم في مجال التجارة."],
    ],
    "2026-03-12T10:00:00Z",
    "2026-03-10",
  );
  // Three days ago is the 9th.
  allOnEach(
    [
      ["en", "Ghana and Kenya signed a trade agreement in Accra three days ago."],
      ["fr", "Le Ghana et le Kenya ont signé il y a trois jours à Accra un accord sur le commerce."],
      ["ru", "Гана и Кения три дня назад подписали в Аккре соглашение о торговле."],
      ["ar", "وقعت غانا وكينيا قبل ثلاثة أيام في أكرا مذكرة تفاهم في مجال التجارة."],
    ],
    "2026-03-12T10:00:00Z",
    "2026-03-09",
  );
});

describe("a day written with its ordinal mark", () => {
  // Published on Thursday 12 March 2026.
  allOnEach(
    [
      ["es", "Ghana y Kenia firmaron el 1º de marzo en Accra un acuerdo sobre comercio."],
      ["pt", "O Gana e o Quénia assinaram a 1.º de março em Acra um acordo sobre comércio."],
      ["ru", "Гана и Кения 1-го марта подписали в Аккре соглашение о торговле."],
    ],
    "2026-03-12T10:00:00Z",
    "2026-03-01",
  );
});

describe("an Arabic month named in two series ('آذار/مارس') keeps its year", () => {
  it.for([
    "وقعت غانا وكينيا في 10 آذار/مارس 2026 مذكرة تفاهم في مجال التجارة.",
    "أكرا في 10 مارس/آذار 2026 - وقعت غانا وكينيا مذكرة تفاهم في مجال التجارة.",
  ])("%s", async (text, { expect }) => {
    // No publication date: only the written year dates the report.
    const a = await analyze({ text, language: "ar" });
    expect(a.eventDate?.date).toBe("2026-03-10");
  });
});
