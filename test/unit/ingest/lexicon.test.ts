import { describe, it } from "vitest";
import { Lexicon, type LexiconEntry } from "../../../src/ingest/match/lexicon";
import { prepare } from "../../../src/ingest/match/normalize";

const find = (entries: LexiconEntry<string>[], text: string, overlap = false) =>
  new Lexicon(entries).match(prepare(text), { overlap }).map((m) => `${m.data}:${m.span.text}`);

describe("Lexicon", () => {
  it("lets `…` stand for up to three inserted words, within one clause", ({ expect }) => {
    const entries = [{ pattern: "لجنة … الحكومية المشتركة", lang: "ar", data: "jc" }];
    expect(find(entries, "اتفقا على تفعيل لجنة التعاون الحكومية المشتركة.")).toEqual([
      "jc:لجنة التعاون الحكومية المشتركة",
    ]);
    expect(find(entries, "واتفقا على عقد اللجنة الحكومية المشتركة قريبا.")).toEqual(["jc:اللجنة الحكومية المشتركة"]);
    // Four inserted words, or a clause break, are too far.
    expect(find(entries, "لجنة واحدة اثنان ثلاثة أربعة الحكومية المشتركة")).toEqual([]);
    expect(find(entries, "لجنة التعاون؛ الحكومية المشتركة")).toEqual([]);
    const en = [{ pattern: "memorandum … understanding", lang: "en", data: "mou" }];
    expect(find(en, "a memorandum of understanding and a memorandum of mutual understanding")).toEqual([
      "mou:memorandum of understanding",
      "mou:memorandum of mutual understanding",
    ]);
  });

  it("matches whole words with the plural -s, and `*` words with any short ending", ({ expect }) => {
    const entries = [
      { pattern: "visa exemption", lang: "en", data: "visa" },
      { pattern: "marocchin*", lang: "it", data: "MA" },
    ];
    expect(
      find(entries, "Visa exemptions and the marocchini, marocchina; not visa exemptionist, not marocchinissimissimo."),
    ).toEqual(["visa:Visa exemptions", "MA:marocchini", "MA:marocchina"]);
  });

  it("takes Russian case endings and German ones by the pattern's language", ({ expect }) => {
    expect(find([{ pattern: "Россия", lang: "ru", data: "RU" }], "России, Россией, Россиянин")).toEqual([
      "RU:России",
      "RU:Россией",
    ]);
    expect(find([{ pattern: "Kasachstan", lang: "de", data: "KZ" }], "Kasachstans Präsident")).toEqual([
      "KZ:Kasachstans",
    ]);
  });

  it("matches Arabic words through their clitics, but not inside other words", ({ expect }) => {
    const entries = [{ pattern: "الحكم الذاتي", lang: "ar", data: "autonomy" }];
    expect(find(entries, "وبالحكم الذاتي، والحكمة الذاتية")).toEqual(["autonomy:وبالحكم الذاتي"]);
  });

  it("checks the case rule on the original text", ({ expect }) => {
    const entries: LexiconEntry<string>[] = [
      { pattern: "US", lang: "en", data: "US", casing: "upper" },
      { pattern: "La Réunion", lang: "fr", data: "RE", casing: "capital" },
    ];
    expect(find(entries, "tell us; the US; la réunion; La réunion; La Réunion")).toEqual(["US:US", "RE:La Réunion"]);
  });

  it("resolves overlaps longest first unless asked for all", ({ expect }) => {
    const entries = [
      { pattern: "security", lang: "en", data: "security" },
      { pattern: "food security", lang: "en", data: "food" },
      { pattern: "Security Council", lang: "en", data: "un" },
    ];
    expect(find(entries, "food security and the Security Council")).toEqual([
      "food:food security",
      "un:Security Council",
    ]);
    expect(find(entries, "food security", true)).toEqual(["food:food security", "security:security"]);
  });
});
