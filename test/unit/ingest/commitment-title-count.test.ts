import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL reports in the project's words.
const body =
  "The presidents of Ghana and Togo held talks in Lomé on Thursday. At the end of the talks, the two countries signed cooperation agreements.";

describe("a headline's count of a signed batch", () => {
  it("counts the body's one uncounted batch when the headline tells it signed, in the present or the past", async ({
    expect,
  }) => {
    for (const title of ["Ghana and Togo sign five agreements", "Ghana and Togo signed five agreements"]) {
      const a = await analyze({ title, text: body, publishedAt: "2026-03-06" });
      expect(a.commitments.map((c) => [c.status, c.legalForm, c.instruments])).toEqual([["signed", "agreement", 5]]);
    }
  });

  it("counts nothing when the headline puts the signing ahead or counts another form", async ({ expect }) => {
    for (const title of ["Ghana and Togo to sign five agreements", "Ghana and Togo sign five memoranda"]) {
      const a = await analyze({ title, text: body, publishedAt: "2026-03-06" });
      expect(a.commitments.map((c) => [c.status, c.legalForm, c.instruments ?? 1])).toEqual([
        ["signed", "agreement", 1],
      ]);
    }
  });

  it("leaves a body that tells more than one signature as it tells them", async ({ expect }) => {
    const text = `${body} A memorandum on security was also signed.`;
    const a = await analyze({ title: "Ghana and Togo sign five agreements", text, publishedAt: "2026-03-06" });
    expect(a.commitments.every((c) => (c.instruments ?? 1) === 1)).toBe(true);
  });
});

describe("a headline's count above the instruments its body names one by one", () => {
  const named = [
    [
      "en",
      "Ghana and Togo sign ten agreements",
      "The presidents of Ghana and Togo met in Lomé on Thursday. Among the instruments the two governments signed are an agreement on fisheries, an agreement on police cooperation and an agreement on tourism.",
    ],
    [
      "fr",
      "Le Ghana et le Togo signent dix accords",
      "Les présidents du Ghana et du Togo se sont rencontrés jeudi à Lomé. Parmi les instruments signés par les deux gouvernements figurent un accord sur la pêche, un accord de coopération policière et un accord sur le tourisme.",
    ],
    [
      "es",
      "Ecuador y Perú firman diez acuerdos",
      "Los presidentes de Ecuador y Perú se reunieron el jueves en Tumbes. Entre los instrumentos que firmaron los dos gobiernos figuran un acuerdo sobre pesca, un acuerdo de cooperación policial y un acuerdo sobre turismo.",
    ],
  ] as const;
  it.for(named)("%s: keeps the three named and adds seven unnamed", async ([, title, text], { expect }) => {
    const a = await analyze({ title, text, publishedAt: "2026-03-06" });
    const firm = a.commitments.filter((c) => c.status === "signed");
    expect(firm.reduce((n, c) => n + (c.instruments ?? 1), 0)).toBe(10);
    expect(firm.filter((c) => (c.instruments ?? 1) === 1)).toHaveLength(3);
  });

  it("adds none when the count exceeds those named by one only", async ({ expect }) => {
    const [, , text] = named[0];
    const a = await analyze({ title: "Ghana and Togo sign four agreements", text, publishedAt: "2026-03-06" });
    expect(a.commitments.map((c) => c.instruments ?? 1)).toEqual([1, 1, 1]);
  });

  it.for([
    ["es", "Sánchez suscribe diez acuerdos con Perú"],
    ["pt", "Lula assina dez acordos com o Paraguai"],
    ["it", "L'Italia sottoscrive dieci accordi con la Tunisia"],
    ["ru", "Россия подписывает десять соглашений с Марокко"],
  ] as const)("%s: reads a headline's present in the singular as done (%s)", async ([, title], { expect }) => {
    const [, , text] = named[0];
    const a = await analyze({ title, text, publishedAt: "2026-03-06" });
    expect(a.commitments.reduce((n, c) => n + (c.status === "signed" ? (c.instruments ?? 1) : 0), 0)).toBe(10);
  });

  it("puts nothing ahead a headline's future keeps ahead ('va assinar')", async ({ expect }) => {
    const [, , text] = named[0];
    const a = await analyze({ title: "Lula vai assinar dez acordos com o Paraguai", text, publishedAt: "2026-03-06" });
    expect(a.commitments.map((c) => c.instruments ?? 1)).toEqual([1, 1, 1]);
  });

  it("reads no infinitive after a modal as done ('wollen … unterzeichnen')", async ({ expect }) => {
    const [, , text] = named[0];
    const title = "Ghana und Togo wollen zehn Abkommen unterzeichnen";
    const a = await analyze({ title, text, publishedAt: "2026-03-06" });
    expect(a.commitments.map((c) => c.instruments ?? 1)).toEqual([1, 1, 1]);
  });
});
