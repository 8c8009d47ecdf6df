/**
 * A verb of concluding that closes a quotation is the speaker's, not a signature (sentences in our own words,
 * FICTIONAL, through findCommitments): "“We are working on this agreement”, concluded the minister" signs nothing; a
 * country that concluded an agreement, a quotation before it or not, still signs.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const SPOKEN: readonly (readonly [string, string])[] = [
  ["it", "“Stiamo lavorando a quest’accordo di cooperazione”, ha concluso il viceministro."],
  ["fr", "« Nous travaillons à cet accord de coopération », a conclu le ministre."],
  ["en", '"We are working on this trade agreement", concluded the minister.'],
  ["en", '"We are still working on this trade agreement," he concluded.'],
  ["ru", "«Мы работаем над этим соглашением», — заключил министр."],
];

const SIGNED: readonly (readonly [string, string])[] = [
  ["it", "L'Italia e l'Eritrea hanno concluso un accordo di cooperazione economica."],
  [
    "fr",
    "« Un moment historique », a souligné le ministre. La France et le Sénégal ont conclu un accord de coopération.",
  ],
  ["en", "The two countries concluded a trade agreement on Monday, the minister said."],
  ["ru", "Россия и Вьетнам заключили соглашение о сотрудничестве в области энергетики."],
  // A quoted name goes on with its own verb and instrument.
  ["en", 'Meeting at the "Mediterranean Dialogues", Italy and Tunisia concluded an energy agreement.'],
  ["fr", "L'accord « Bleu Atlantique », conclu lundi à Rabat, lie le Maroc et le Portugal."],
  ["pt", 'Reunidos na cimeira "Atlântico Azul", Portugal e Cabo Verde concluíram um acordo de pesca.'],
];

describe("concluding a speech signs nothing", () => {
  it.for(SPOKEN)("%s: %s", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual([]);
  });
});

describe("concluding an agreement still signs it", () => {
  it.for(SIGNED)("%s: %s", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["signed agreement"]);
  });
});
