import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL sentences in our own words.
const firm = (a: Awaited<ReturnType<typeof analyze>>) =>
  a.commitments
    .filter((c) => c.status === "signed")
    .map((c) => `${c.track ?? c.sector}|${c.legalForm}`)
    .sort();

describe("instruments joined to one the signing verb reaches", () => {
  it.for([
    [
      "it",
      "Italia e Marocco. Al termine del vertice sono stati firmati un accordo sulla cooperazione nella ricerca agricola, un accordo sul restauro della medina di Fes, che affida a un consorzio italiano la progettazione dei lavori e la formazione dei restauratori locali, e un memorandum sulla tutela del patrimonio subacqueo.",
    ],
    [
      "es",
      "Italia y Marruecos. Al término de la cumbre se firmaron un acuerdo sobre investigación agrícola, un acuerdo sobre la restauración de la medina de Fez, que encarga a un consorcio italiano el diseño de las obras y la formación de restauradores locales, y un memorando sobre la protección del patrimonio subacuático.",
    ],
  ] as const)(
    "the last of a comma list past a long relative clause is signed too (%s)",
    async ([language, text], { expect }) => {
      const a = await analyze({ text, language, publishedAt: "2026-03-04" });
      expect(firm(a)).toEqual([
        "culture-people|agreement",
        "culture-people|memorandum",
        "science-technology|agreement",
      ]);
    },
  );

  it("Arabic: a form joined by 'و' after a track heads an instrument of its own, named by its 'للتعاون' complement", async ({
    expect,
  }) => {
    for (const [text, want] of [
      [
        "الكويت وأوزبكستان. وقع الجانبان اتفاقية لتجنب الازدواج الضريبي واتفاقية للتعاون في مجال الصحة.",
        ["double-taxation|agreement", "health|agreement"],
      ],
      [
        "الكويت وأوزبكستان. وقع الجانبان مذكرة تفاهم بشأن المشاورات السياسية ومذكرة تفاهم للتعاون في مجال الرياضة.",
        ["culture-people|memorandum", "political-consultations|memorandum"],
      ],
      [
        "الكويت وأوزبكستان. وقع الجانبان اتفاقية النقل الجوي واتفاقية للتعاون في مجال الصحة.",
        ["air-services|agreement", "health|agreement"],
      ],
    ] as const) {
      const a = await analyze({ text, language: "ar", publishedAt: "2026-03-04" });
      expect(firm(a), text).toEqual(want);
    }
  });

  it("leaves a single instrument with one field one instrument", async ({ expect }) => {
    const text = "الكويت وأوزبكستان. وقع الجانبان اتفاقية للتعاون في مجال الصحة والتعليم العالي.";
    const a = await analyze({ text, language: "ar", publishedAt: "2026-03-04" });
    expect(firm(a)).toHaveLength(1);
  });
});
