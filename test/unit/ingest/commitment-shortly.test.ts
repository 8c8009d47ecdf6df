import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL sentences in our own words: signings still to come in a live report of the day's programme.
const firm = new Set(["signed", "ratified", "in_force"]);

describe("a signing still to come in a moment", () => {
  it.for([
    ["en", "Jordan and Indonesia. The two presidents sign an agreement on tourism in a few moments at the palace."],
    ["fr", "La Jordanie et l'Indonésie. Les deux présidents signent dans quelques instants un accord sur le tourisme."],
    ["it", "Giordania e Indonesia. I due presidenti firmano tra poco un accordo sul turismo al palazzo reale."],
    ["es", "Jordania e Indonesia. Los dos presidentes firman en breve un acuerdo sobre turismo en el palacio."],
    ["pt", "Jordânia e Indonésia. Os dois presidentes assinam daqui a pouco um acordo sobre turismo no palácio."],
    ["de", "Jordanien und Indonesien. Die beiden Präsidenten unterzeichnen in Kürze ein Abkommen über Tourismus."],
    ["ar", "الأردن وإندونيسيا. يشهد الرئيسان، بعد قليل، التوقيع على اتفاقية للتعاون في مجال السياحة."],
    [
      "ar",
      "الأردن وإندونيسيا. انطلقت جلسة المباحثات، ويعقبها اجتماع موسع والتوقيع على اتفاقية للتعاون في مجال السياحة.",
    ],
  ] as const)("is no signature (%s)", async ([language, text], { expect }) => {
    const a = await analyze({ text, language, publishedAt: "2026-06-08" });
    expect(a.pairs.map((p) => p.key)).toEqual(["ID-JO"]);
    expect(a.commitments.filter((c) => firm.has(c.status))).toEqual([]);
  });

  it("leaves a signing told as done signed, in Arabic with its conjunction", async ({ expect }) => {
    const text = "الأردن وإندونيسيا. عقد الرئيسان جلسة مباحثات أعقبها التوقيع على اتفاقية للتعاون في مجال السياحة.";
    const a = await analyze({ text, language: "ar", publishedAt: "2026-06-08" });
    expect(a.commitments.map((c) => c.status)).toContain("signed");
  });
});
