import { describe, it } from "vitest";
import {
  arabicVariants,
  foldDigits,
  normalizeArabic,
  normalizeForMatch,
  normalizeInputText,
  prepare,
  spanOf,
} from "../../../src/ingest/match/normalize";

describe("normalizeArabic", () => {
  it("strips harakat and tatweel, merges alef, waw and yeh forms, makes digits ASCII", ({ expect }) => {
    expect(normalizeArabic("الْمَغْرِبُ")).toBe("المغرب");
    expect(normalizeArabic("كـــازاخستان")).toBe("كازاخستان");
    expect(normalizeArabic("أإآٱ")).toBe("اااا");
    expect(normalizeArabic("مؤتمر مسئول مستشفى")).toBe("موتمر مسيول مستشفي");
    expect(normalizeArabic("٢٠٢٥ ۱۹")).toBe("2025 19");
  });

  it("turns presentation forms into letters (NFKC)", ({ expect }) => {
    expect(normalizeArabic("\uFEFB")).toBe("لا");
  });
});

describe("normalizeForMatch", () => {
  it("lower-cases, strips Latin diacritics and collapses punctuation to one space", ({ expect }) => {
    expect(normalizeForMatch("Plan d’Autonomie — États-Unis, Kazajistán!").norm).toBe(
      "plan d autonomie etats unis kazajistan",
    );
    expect(normalizeForMatch("Nur-Sultan").norm).toBe("nur sultan");
  });

  it("folds Arabic the same way as normalizeArabic", ({ expect }) => {
    expect(normalizeForMatch("وَأَكَّدَ الوزيرُ، ٢٨ فبراير").norm).toBe("واكد الوزير 28 فبراير");
  });

  it("maps every normalized offset back into the original text", ({ expect }) => {
    const text = "  Le Maroc et l’Égypte, «partenaires» — 28 فَبْرَايِر ٢٠٢٥.";
    const doc = prepare(text);
    for (const t of doc.tokens) {
      const span = spanOf(doc, t.start, t.end);
      expect(text.slice(span.start, span.end)).toBe(span.text);
      expect(normalizeForMatch(span.text).norm).toBe(t.text);
    }
    expect(doc.tokens.map((t) => t.text)).toEqual([
      "le",
      "maroc",
      "et",
      "l",
      "egypte",
      "partenaires",
      "28",
      "فبراير",
      "2025",
    ]);
  });
});

describe("arabicVariants", () => {
  it("strips the conjunction, preposition and article clitics", ({ expect }) => {
    expect(arabicVariants(normalizeArabic("والمغرب"))).toContain("مغرب");
    expect(arabicVariants(normalizeArabic("بالرباط"))).toContain("رباط");
    expect(arabicVariants(normalizeArabic("للمغرب"))).toContain("مغرب");
    expect(arabicVariants(normalizeArabic("وكازاخستان"))).toContain("كازاخستان");
  });

  it("keeps the word itself first (a name may start with a clitic letter)", ({ expect }) => {
    expect(arabicVariants("كازاخستان")[0]).toBe("كازاخستان");
    expect(arabicVariants("Maroc")).toEqual(["Maroc"]);
  });
});

describe("normalizeInputText", () => {
  it("applies NFKC, removes invisible marks and collapses whitespace but keeps paragraphs", ({ expect }) => {
    expect(normalizeInputText("Rabat,\u00A0le\u200B ﬁnal\r\n\r\n\r\n\tSecond  para\u200F")).toBe(
      "Rabat, le final\n\nSecond para",
    );
  });

  it("makes digits no different in length (spans stay valid)", ({ expect }) => {
    expect(foldDigits("٢٦ شتنبر ٢٠٢٤").length).toBe("٢٦ شتنبر ٢٠٢٤".length);
  });
});

describe("sentences", () => {
  it("splits on sentence ends and line breaks, not on abbreviations", ({ expect }) => {
    const doc = prepare("U.S. officials met Mr. Bourita. He said: yes!\nكما اتفقا على ذلك. وأكد الوزير");
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      "U.S. officials met Mr. Bourita.",
      "He said: yes!",
      "كما اتفقا على ذلك.",
      "وأكد الوزير",
    ]);
  });

  it("keeps a hard-wrapped line (a break before a lower-case word) in its sentence", ({ expect }) => {
    const wrapped = "The ministers\nsigned two agreements:\none on health.";
    const text = `Headline\n${wrapped}\n\nand a new paragraph`;
    const ends = prepare(text).sentences.map((s) => s.end);
    // A break before a capital or a blank line still ends a sentence.
    expect(ends).toEqual(["Headline".length, text.indexOf(wrapped) + wrapped.length, text.length]);
  });

  it("ends a sentence at a middle dot right after a word, not at a menu's or a Catalan word's", ({ expect }) => {
    const text =
      "وقع الوزيران مذكرة تفاهم في مجال الصحة· وبحث الجانبان النقل البحري·\nInici · Notícies · Política\nLa col·laboració continua. Fi";
    const doc = prepare(text);
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      "وقع الوزيران مذكرة تفاهم في مجال الصحة·",
      "وبحث الجانبان النقل البحري·",
      "Inici · Notícies · Política",
      "La col·laboració continua.",
      "Fi",
    ]);
  });
});
