/** A tax treaty is the double-taxation track under its short names, in every language. Texts are FICTIONAL. */
import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { matchTracks } from "../../../src/ingest/recognize/sectors";

describe("the short names of a double-taxation treaty", () => {
  it.for([
    ["en", "The tax treaty between Ghana and Kenya will enter into force on 1 January."],
    ["es", "El convenio tributario entre Colombia y Corea entrará en vigor el 1 de enero."],
    ["it", "La convenzione fiscale tra Italia e Malta entrerà in vigore il primo gennaio."],
    ["pt", "A convenção fiscal entre Angola e Portugal entra em vigor a 1 de janeiro."],
    ["de", "Das Steuerabkommen zwischen Ghana und Kenia tritt am 1. Januar in Kraft."],
    ["ar", "تدخل الاتفاقية الضريبية بين مصر والأردن حيز التنفيذ في الأول من يناير."],
  ])("names the double-taxation track (%s)", ([, text], { expect }) => {
    expect(matchTracks(prepare(text ?? "")).map((t) => t.data.slug)).toContain("double-taxation");
  });
});
