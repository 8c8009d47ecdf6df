import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import cases from "../../fixtures/place-sentences.json";

/** One FICTIONAL sentence and the place it gives (null: none). */
type Case = { language: string; text: string; place: string | null };
const placeOf = async (c: Case) => (await analyze({ text: c.text, publishedAt: "2026-05-12" })).place ?? null;

describe("the place of the happening: a capital named through its country", () => {
  it.for(cases.capitalThroughCountry as Case[])("$language: $text", async (c, { expect }) => {
    expect(await placeOf(c)).toBe(c.place);
  });

  // A former or economic capital, capital as money, a capital that only will host.
  it.for(cases.noCapital as Case[])(
    "names none where the phrase is no place of the happening ($language: $text)",
    async (c, { expect }) => {
      expect(await placeOf(c)).toBe(null);
    },
  );
});

describe("the place of the happening: Arabic prepositions written onto a name", () => {
  it.for(cases.arabicPreposition as Case[])("$text", async (c, { expect }) => {
    expect(await placeOf(c)).toBe(c.place);
  });

  it("keeps a name that itself begins with ب a name, not a preposition ('أكدت بغداد')", async ({ expect }) => {
    const text = "أكدت بغداد يوم الخميس أن العراق ومصر سيوسعان التعاون في مجال الطاقة.";
    expect(await placeOf({ language: "ar", text, place: null })).toBe(null);
  });
});
