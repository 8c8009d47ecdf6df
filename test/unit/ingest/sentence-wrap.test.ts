import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { sentences } from "../../../src/ingest/match/normalize";

// FICTIONAL wire copy written for this test, hard-wrapped at about 65 characters the way some aggregators and
// e-mail feeds relay it: a line break inside a sentence, before a capital too ("his⏎Peruvian counterpart"), is no
// sentence boundary. The list items after a colon still are.
const WRAPPED = [
  "Georgian Foreign Minister Nika Beridze and his",
  "Peruvian counterpart Lucia Campos on Monday signed an",
  "agreement on visa-free travel between the two countries on",
  "the sidelines of the meetings held in Lima, the ministry said.",
  "The officials also discussed trade, culture and education and",
  "agreed to work on more direct contacts between their",
  "ministries, according to the statement.",
  "The documents signed were:",
  "- Agreement on visa-free travel for holders of ordinary",
  "passports;",
  "- Memorandum on political consultations between the two",
  "foreign ministries.",
].join("\n");

describe("a hard-wrapped text", () => {
  it("keeps its sentences whole across the wrapped lines", ({ expect }) => {
    const first = sentences(WRAPPED)[0];
    expect(WRAPPED.slice(first?.start, first?.end)).toBe(
      "Georgian Foreign Minister Nika Beridze and his\nPeruvian counterpart Lucia Campos on Monday signed an\nagreement on visa-free travel between the two countries on\nthe sidelines of the meetings held in Lima, the ministry said.",
    );
  });
  it("keeps each list item apart", ({ expect }) => {
    const texts = sentences(WRAPPED).map((s) => WRAPPED.slice(s.start, s.end));
    expect(texts.some((t) => t.startsWith("- Agreement on visa-free travel") && t.endsWith("passports;"))).toBe(true);
    expect(texts.some((t) => t.startsWith("- Memorandum on political consultations"))).toBe(true);
  });
  it("gives the pair the minister and his counterpart make", async ({ expect }) => {
    const a = await analyze({ text: WRAPPED, url: "https://wire.example.org/item", publishedAt: "2026-03-10" });
    expect(a.pairs.map((p) => p.key)).toEqual(["GE-PE"]);
  });
});

describe("a period after an initial or an abbreviated title", () => {
  it.for([
    ["ru", "Министр С. Лавров подписал соглашение. Документ вступит в силу в мае.", 2],
    ["ar", "وقّع وزير الشباب د. أحمد كمال على مذكرة تفاهم. وتشمل المذكرة تبادل الخبرات.", 2],
    ["en", "Minister J. Smith signed the agreement. It enters into force in May.", 2],
  ] as const)("%s: %s → %i sentences", ([, text, n], { expect }) => {
    expect(sentences(text)).toHaveLength(n);
  });
});
