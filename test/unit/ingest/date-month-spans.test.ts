import { describe, it } from "vitest";
import { parseDayRanges, parseMonthSpans } from "../../../src/ingest/recognize/date-ranges";
import { findDates } from "../../../src/ingest/recognize/dates";
import { prepare } from "../../../src/ingest/match/normalize";

// FICTIONAL phrases in the project's words.
describe("a span of days across the turn of a month", () => {
  it.for([
    ["réunie à Cotonou du 30 avril au 2 mai 2024", "2024-04-30", "2024-05-02"],
    ["talks in Accra from 30 June to 2 July 2024", "2024-06-30", "2024-07-02"],
    ["en Lima del 30 de junio al 2 de julio de 2024", "2024-06-30", "2024-07-02"],
    ["в Ереване с 30 июня по 1 июля 2024 года", "2024-06-30", "2024-07-01"],
    ["fanden vom 30. Juni bis 1. Juli 2024 statt", "2024-06-30", "2024-07-01"],
    ["met from 30 December to 2 January 2025", "2024-12-30", "2025-01-02"],
  ] as const)("reads %s", ([text, first, last], { expect }) => {
    const [span] = parseMonthSpans(text, undefined);
    expect([span?.date, span?.endDate]).toEqual([first, last]);
  });

  it("reads no span in a date moved from one day to another ('aplazada del 30 de junio al 1 de julio')", ({
    expect,
  }) => {
    expect(parseMonthSpans("la reunión fue aplazada del 30 de junio al 1 de julio de 2024", undefined)).toEqual([]);
    expect(parseMonthSpans("the meeting was moved from 30 June to 1 July 2024", undefined)).toEqual([]);
    expect(parseDayRanges("la réunion a été reportée du 12 au 14 juillet 2024", undefined)).toEqual([]);
  });

  it("reads no span of months apart, nor one without a year or reference", ({ expect }) => {
    expect(parseMonthSpans("from 3 March to 5 May 2024", undefined)).toEqual([]);
    expect(parseMonthSpans("from 30 June to 2 July", undefined)).toEqual([]);
    expect(parseMonthSpans("from 30 June to 2 July", "2024-08-01").map((f) => f.date)).toEqual(["2024-06-30"]);
  });
});

describe("a range of two days with the article again ('el 19 y el 20')", () => {
  it("is one range from its first day", ({ expect }) => {
    const [r] = parseDayRanges("el 19 y el 20 de agosto de 2024", undefined);
    expect([r?.date, r?.endDate]).toEqual(["2024-08-19", "2024-08-20"]);
  });
});

describe("'del' before a year", () => {
  it.for([
    ["es", "se reunieron en Montevideo el 19 de agosto del 2024", "2024-08-19"],
    ["it", "si sono incontrati a Roma il 19 agosto del 2024", "2024-08-19"],
  ] as const)("%s: %s", ([lang, text, date], { expect }) => {
    expect(findDates(prepare(text), lang).map((d) => d.date)).toContain(date);
  });
});
