import { describe, it } from "vitest";
import { cleanText, truncateText } from "../../src/lib/text-safety";

describe("cleanText", () => {
  it("strips C0 and C1 controls and DEL but keeps tab and newline; CR and CRLF become newline", ({ expect }) => {
    expect(cleanText("a\u0000b\u0007c\td\ne\r\nf\rg\u001Bh\u007Fi\u0085j")).toBe("abc\td\ne\nf\nghij");
  });

  it("removes bidi embeddings and overrides, so 'exe.txt' cannot be shown as 'txt.exe'", ({ expect }) => {
    expect(cleanText("report\u202Etxt.exe")).toBe("reporttxt.exe");
    expect(cleanText("\u202A\u202B\u202C\u202D")).toBe("");
  });

  it("balances bidi isolates: stray closers dropped, open ones closed at the end", ({ expect }) => {
    expect(cleanText("\u2069a\u2067b")).toBe("a\u2067b\u2069");
    expect(cleanText("\u2066x\u2069 y")).toBe("\u2066x\u2069 y");
  });

  it("leaves ordinary text in every script alone", ({ expect }) => {
    const text = "Le Maroc et le Kazakhstan — المغرب وكازاخستان — Марокко\tи Казахстан\n";
    expect(cleanText(text)).toBe(text);
  });
});

describe("truncateText", () => {
  it("cuts to the limit with an ASCII mark and never splits a surrogate pair", ({ expect }) => {
    expect(truncateText("abcdef", 6)).toBe("abcdef");
    expect(truncateText("abcdefg", 6)).toBe("abc...");
    expect(truncateText("ab😀cdef", 6)).toBe("ab...");
  });
});
