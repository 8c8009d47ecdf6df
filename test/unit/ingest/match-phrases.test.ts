import { describe, expect, it } from "vitest";
import { phraseAlternation, phrasesOf } from "../../../src/ingest/match/phrases";

describe("a seed list's phrases as a regex alternation", () => {
  const list = { $comment: "not read", en: ["even though", "though"], fr: ["alors qu", "bien que"], de: ["z.B."] };

  it("skips the comment and keeps every language's phrases", () => {
    expect(phrasesOf(list)).toEqual(["even though", "though", "alors qu", "bien que", "z.B."]);
  });

  it("puts longer phrases first, escapes regex characters and lets a space match any run of spaces", () => {
    const re = new RegExp(`^(?:${phraseAlternation(list)})$`, "iu");
    expect(re.test("Even   though")).toBe(true);
    expect(re.test("bien\nque")).toBe(true);
    expect(re.test("z.B.")).toBe(true);
    expect(re.test("zxBx")).toBe(false);
    expect(new RegExp(`^(?:${phraseAlternation(list)})`, "iu").exec("even though it")?.[0]).toBe("even though");
  });

  it("matches nothing for an empty list, not the empty string", () => {
    const re = new RegExp(`^\\s*(?:${phraseAlternation({ $comment: "only" })})`, "u");
    expect(re.test("")).toBe(false);
    expect(re.test("although")).toBe(false);
  });
});
