/**
 * A track named in the relative clause of a single form (FICTIONAL sentences written for this project): "signed an
 * agreement which exempts holders of diplomatic passports from visas" is one visa-exemption agreement, however far
 * the clause runs from the form, not an agreement and a visa exemption of no form. Guards: a plural form, a clause
 * broken by a comma, and a form with a subject of its own before the pronoun leave the readings apart.
 */
import { describe, it } from "vitest";
import { signedByTrack } from "../../helpers/commitment-read";

const ONE: readonly { lang: string; text: string }[] = [
  {
    lang: "de",
    text: "Nach langen Verhandlungen haben gestern der Botschafter Deutschlands und der Vizeaußenminister Kuwaits ein Abkommen unterzeichnet, das Inhaber von Dienstpässen beider Staaten gegenseitig von der Visapflicht befreit.",
  },
  {
    lang: "en",
    text: "Kenya and Ethiopia signed an agreement on Monday which exempts holders of diplomatic and service passports of both countries from visa requirements.",
  },
  {
    lang: "fr",
    text: "Le Sénégal et le Maroc ont signé lundi un accord qui permettra désormais aux titulaires de passeports diplomatiques et de service des deux pays une exemption de visa.",
  },
];

describe("a track in the relative clause of a single form", () => {
  it.for(ONE)("$lang: one visa-exemption agreement «$text»", ({ lang, text }, { expect }) => {
    expect(signedByTrack(lang, text)).toBe("agreement visa-exemption");
  });
  it("the form's own signing stands when the track reads weaker in the clause (pt)", ({ expect }) => {
    const text =
      "Portugal e Angola assinaram na segunda-feira um acordo que concede aos titulares de passaportes diplomáticos dos dois países a isenção de vistos.";
    expect(signedByTrack("pt", text)).toMatch(/^agreement /);
  });
  it("a year in the clause tells of older rules: the form stays signed (de)", ({ expect }) => {
    const text =
      "Deutschland und Ghana haben am Montag ein Memorandum unterzeichnet, das die seit dem Jahr 2016 zwischen den beiden Regierungen geltenden Regeln für den Luftverkehr ergänzt.";
    expect(signedByTrack("de", text)).toMatch(/^memorandum /);
  });
  it("a comma inside the clause leaves it unread", ({ expect }) => {
    const text =
      "Kenya and Ethiopia signed an agreement on Monday which, the ministers said, will later exempt diplomats of both countries from visa requirements.";
    expect(signedByTrack("en", text)).not.toBe("agreement visa-exemption");
  });
});
