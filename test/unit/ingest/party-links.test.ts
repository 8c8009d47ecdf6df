import { describe, expect, it } from "vitest";
import { linksParties, partiesFollow } from "../../../src/ingest/recognize/party-links";

describe("the words linking an instrument to its parties (one list for dates and restatements)", () => {
  it.each([
    ["en", "between"],
    ["en", "by"],
    ["fr", "entre"],
    ["fr", "par"],
    ["it", "tra"],
    ["it", "fra"],
    ["it", "dalla"],
    ["es", "entre"],
    ["es", "por"],
    ["pt", "pelo"],
    ["pt", "pelas"],
    ["de", "zwischen"],
    ["de", "von"],
    ["ru", "между"],
    ["ar", "بين"],
  ])("%s '%s' links parties", (_lang, word) => {
    expect(linksParties(word)).toBe(true);
  });

  it.each(["with", "on", "in", "قبل", "и", "und"])("'%s' links none", (word) => {
    expect(linksParties(word)).toBe(false);
  });

  it("reads the first word after a signing word, in any case and script", () => {
    const text = "the memorandum signed Between Ghana and Togo; el acuerdo firmado por ambos; подписанное между";
    expect(partiesFollow(text, text.indexOf("signed") + "signed".length)).toBe(true);
    expect(partiesFollow(text, text.indexOf("firmado") + "firmado".length)).toBe(true);
    expect(partiesFollow(text, text.indexOf("подписанное") + "подписанное".length)).toBe(true);
    expect(partiesFollow(text, text.indexOf("memorandum") + "memorandum".length)).toBe(false);
    expect(partiesFollow(text, text.length)).toBe(false);
  });
});
