/**
 * Two days of one happening joined by "and", each with its weekday ("les mardi 6 et mercredi 7 octobre", "on Tuesday 6
 * and Wednesday 7 October"): one span of days from the first, as "les 6 et 7 octobre" is, not the later day alone.
 * Two days told apart by other words stay two dates (sentences in our own words, FICTIONAL).
 */
import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { findDates } from "../../../src/ingest/recognize/dates";
import { byLanguage } from "../../helpers/commitment-read";

const spans = (lang: string, text: string) =>
  findDates(prepare(text), lang, "2026-10-09").map((d) => `${d.date}${d.endDate ? `..${d.endDate}` : ""}`);

const JOINED: Record<string, string> = {
  en: "The joint commission met in Dakar on Tuesday 6 and Wednesday 7 October 2026.",
  fr: "La commission mixte s'est réunie à Dakar les mardi 6 et mercredi 7 octobre 2026.",
  it: "La commissione mista si è riunita a Dakar martedì 6 e mercoledì 7 ottobre 2026.",
  es: "La comisión mixta se reunió en Dakar el martes 6 y el miércoles 7 de octubre de 2026.",
  pt: "A comissão mista reuniu-se em Dacar na terça-feira, 6, e na quarta-feira, 7 de outubro de 2026.",
  de: "Die gemischte Kommission tagte am Dienstag, 6., und Mittwoch, 7. Oktober 2026 in Dakar.",
  ru: "Межправительственная комиссия заседала в Дакаре во вторник, 6, и в среду, 7 октября 2026 года.",
  ar: "اجتمعت اللجنة المشتركة في داكار يومي الثلاثاء 6 والأربعاء 7 أكتوبر 2026.",
};

const APART: Record<string, string> = {
  en: "The ministers met on Tuesday 6 October and signed the agreement on Thursday 8 October 2026.",
  fr: "Les ministres se sont réunis le mardi 6 octobre et ont signé l'accord le jeudi 8 octobre 2026.",
  it: "I ministri si sono riuniti martedì 6 ottobre e hanno firmato l'accordo giovedì 8 ottobre 2026.",
  es: "Los ministros se reunieron el martes 6 de octubre y firmaron el acuerdo el jueves 8 de octubre de 2026.",
  pt: "Os ministros reuniram-se na terça-feira, 6 de outubro, e assinaram o acordo na quinta-feira, 8 de outubro de 2026.",
  de: "Die Minister trafen sich am Dienstag, 6. Oktober, und unterzeichneten das Abkommen am Donnerstag, 8. Oktober 2026.",
  ru: "Министры встретились во вторник, 6 октября, и подписали соглашение в четверг, 8 октября 2026 года.",
  ar: "اجتمع الوزيران يوم الثلاثاء 6 أكتوبر ووقعا الاتفاقية يوم الخميس 8 أكتوبر 2026.",
};

/** Two days each told in full, or joined by more than "and", or across a full stop, are two (review probes). */
const TOLD_APART: readonly [string, string][] = [
  ["en", "The delegation arrived on 6 October, and on 7 October the agreement was signed."],
  ["en", "The ministers met on Monday and on Wednesday they signed the agreement."],
  ["en", "Kazakhstan and Uzbekistan ratified the agreement on 6 October and 8 October respectively."],
  ["fr", "Le premier tour s'est tenu le 5 octobre. Et le 7 octobre, les deux parties ont signé le protocole."],
  ["es", "El lunes 5 de octubre y el martes 6 de octubre se firmaron dos acuerdos distintos."],
  ["ru", "Делегация прибыла в понедельник и во вторник подписала соглашение."],
];

describe("two days told apart stay two", () => {
  it.for(TOLD_APART)("%s: %s", ([lang, text], { expect }) => {
    expect(spans(lang, text).some((s) => s.includes(".."))).toBe(false);
  });
});

describe("two days joined by 'and' are one span from the first", () => {
  it.for(byLanguage(JOINED))("$lang", ({ lang, text }, { expect }) => {
    expect(spans(lang, text)).toContain("2026-10-06..2026-10-07");
  });
});

describe("two days told apart stay two dates", () => {
  it.for(byLanguage(APART))("$lang", ({ lang, text }, { expect }) => {
    expect(spans(lang, text)).toEqual(["2026-10-06", "2026-10-08"]);
  });
});
