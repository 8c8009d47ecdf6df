import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

// FICTIONAL items written for this test. The lead names the guest only by country and office ("New Zealand's
// foreign minister", no listed person beside); a later paragraph puts the host with a third country ("between
// Berlin and Moscow"). The lead's office holder is her country's participant, so the pair is the lead's.
const GUEST: readonly (readonly [string, string])[] = [
  [
    "de",
    "Berlin 12.02.2026\nÜber die guten Beziehungen ihrer Länder haben sich Bundesaußenminister Johann Wadephul und Neuseelands Außenministerin bei einem Treffen in Berlin zufrieden gezeigt. Beide sprachen über Forschung und Klimaschutz.\n\nWadephul erklärte außerdem, man habe den russischen Botschafter einbestellt, nachdem Moskau zwei deutsche Korrespondenten ausgewiesen habe; das verschärfe die Spannungen zwischen Berlin und Moskau.",
  ],
  [
    "en",
    "BERLIN, Feb 12 – German Foreign Minister Johann Wadephul and New Zealand's foreign minister praised the ties between their countries at a meeting in Berlin on Thursday. They spoke about research and climate.\n\nWadephul also said the Russian ambassador had been summoned after Moscow expelled two German correspondents, deepening the rift between Berlin and Moscow.",
  ],
];

describe("an office holder named by country and office in the lead", () => {
  it.for(GUEST)("%s → DE-NZ", async ([, text], { expect }) => {
    expect(await pairKeysOf(text, "2026-02-12", "https://news.example.org/item")).toEqual(["DE-NZ"]);
  });
  it("counts for nothing beside the happening: a host or a mediator the lead names by office", async ({ expect }) => {
    const text =
      "DOHA – Rwanda and the Democratic Republic of Congo signed a framework peace agreement in Doha on Tuesday in the presence of Qatar's Emir, officials said. The two delegations also agreed to meet again in June.";
    expect(await pairKeysOf(text, "2026-02-12", "https://news.example.org/item")).toEqual(["CD-RW"]);
  });
  it("counts for nothing joined to a country rather than to a person", async ({ expect }) => {
    const text =
      "ATHENS – Egypt and Greece signed a maritime agreement in Athens on Tuesday, a deal Turkey and Libya's prime minister immediately rejected. The two foreign ministers called it a milestone.";
    expect(await pairKeysOf(text, "2026-02-12", "https://news.example.org/item")).toEqual(["EG-GR"]);
  });
  it("counts for nothing outside the lead", async ({ expect }) => {
    const text =
      "BERLIN, Feb 12 – German Foreign Minister Johann Wadephul met the Russian ambassador in Berlin on Thursday to protest against the expulsion of two German correspondents, deepening the rift between Berlin and Moscow. Wadephul said the two countries must keep talking. The ministry said the ambassador had been told of the decision in person and that Germany would answer in kind if needed.\n\nLater in the day Wadephul spoke by phone with New Zealand's foreign minister about research.";
    expect(await pairKeysOf(text, "2026-02-12", "https://news.example.org/item")).toEqual(["DE-RU"]);
  });
});
