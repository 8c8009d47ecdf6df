import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL sentences in our own words: a number joined by a hyphen measures an instrument; it counts nothing.
const signed = (a: Awaited<ReturnType<typeof analyze>>) =>
  a.commitments
    .filter((c) => c.status === "signed")
    .map((c) => `${c.legalForm}×${c.instruments ?? 1}`)
    .sort();

describe("a measure joined to its number", () => {
  it.for([
    ["en", "Djibouti and Eritrea signed on Tuesday a seven-point memorandum of understanding.", ["memorandum×1"]],
    ["en", "Djibouti and Eritrea signed on Tuesday a 10-year agreement on fisheries.", ["agreement×1"]],
    ["en", "Djibouti and Eritrea signed on Tuesday a five-year cooperation programme on health.", ["programme×1"]],
    ["en", "Djibouti and Eritrea signed on Tuesday a 12-article treaty on their border.", ["treaty×1"]],
    ["ru", "Джибути и Эритрея во вторник подписали 25-летний договор о дружбе.", ["treaty×1"]],
  ] as const)("is no count (%s: %s)", async ([language, text, want], { expect }) => {
    const a = await analyze({ text, language, publishedAt: "2026-03-04" });
    expect(signed(a)).toEqual(want);
  });

  it("leaves a number written with a hyphen one count ('twenty-two agreements', 'dix-sept accords')", async ({
    expect,
  }) => {
    for (const [language, text, want] of [
      ["en", "Djibouti and Eritrea signed twenty-two agreements in Asmara on Tuesday.", ["agreement×22"]],
      ["fr", "Djibouti et l'Érythrée ont signé mardi à Asmara dix-sept accords.", ["agreement×17"]],
    ] as const) {
      const a = await analyze({ text, language, publishedAt: "2026-03-04" });
      expect(signed(a), text).toEqual(want);
    }
  });

  it.for([
    [
      "es",
      "Paraguay y Qatar se reunieron conforme al artículo 9 del Convenio Marco que firmaron en 2010.",
      ["agreement×1"],
    ],
    ["en", "Paraguay and Qatar met under article 9 of the framework agreement they signed in 2010.", ["agreement×1"]],
    [
      "fr",
      "Le Paraguay et le Qatar se sont réunis en vertu de l'article 9 de l'accord-cadre qu'ils ont signé en 2010.",
      ["agreement×1"],
    ],
  ] as const)(
    "a figure numbering a part of an instrument is no count (%s: %s)",
    async ([language, text, want], { expect }) => {
      const a = await analyze({ text, language, publishedAt: "2026-03-04" });
      expect(signed(a)).toEqual(want);
    },
  );

  it("still counts a figure after punctuation that follows such a noun ('at one point, 3 agreements')", async ({
    expect,
  }) => {
    const text = "Djibouti and Eritrea, at one point, 3 agreements apart, signed 3 agreements on Tuesday in Asmara.";
    const a = await analyze({ text, language: "en", publishedAt: "2026-03-04" });
    expect(signed(a)).toEqual(["agreement×3"]);
  });

  it("leaves the count before it ('two five-year agreements on fisheries and health')", async ({ expect }) => {
    const text = "Djibouti and Eritrea signed on Tuesday two five-year agreements on fisheries and health.";
    const a = await analyze({ text, language: "en", publishedAt: "2026-03-04" });
    expect(signed(a)).toEqual(["agreement×1", "agreement×1"]);
  });

  it("joins a measured or new instrument to the one before it by 'and'", async ({ expect }) => {
    for (const text of [
      "Djibouti and Eritrea on Tuesday signed a memorandum of understanding on political consultations and a 10-year agreement on fisheries.",
      "Djibouti and Eritrea on Tuesday signed a memorandum of understanding on political consultations and a new agreement on fisheries.",
    ]) {
      const a = await analyze({ text, language: "en", publishedAt: "2026-03-04" });
      expect(signed(a), text).toEqual(["agreement×1", "memorandum×1"]);
    }
  });
});
