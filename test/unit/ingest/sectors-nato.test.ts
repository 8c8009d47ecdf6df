/**
 * The Atlantic alliance is a multilateral matter in the eight languages ("NATO", "Nato", "OTAN", "Otan", "НАТО",
 * "الناتو"); a short name in title case must keep its capital ("è nato a Roma" is a birth). Italian "discusso del" and
 * French "discuté du" announce the areas after them. Sentences in our own words.
 */
import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { findSectors } from "../../../src/ingest/recognize/sectors";

const slugs = (language: string, text: string) =>
  findSectors(prepare(text), undefined, undefined, { language }).sectors.map((s) => s.slug);

describe("NATO", () => {
  it.for([
    ["en", "The ministers reviewed their cooperation within NATO."],
    ["fr", "Les ministres ont évoqué le sommet de l'Otan."],
    ["it", "I ministri hanno parlato del vertice della Nato."],
    ["es", "Los ministros hablaron de la cumbre de la OTAN."],
    ["pt", "Os ministros falaram da cimeira da Otan."],
    ["de", "Die Minister sprachen über den Nato-Gipfel und die Nato."],
    ["ru", "Министры обсудили саммит НАТО."],
    ["ar", "بحث الوزيران قمة حلف شمال الأطلسي."],
  ] as const)("%s: %s", ([lang, text], { expect }) => {
    expect(slugs(lang, text)).toContain("multilateral");
  });

  it("'nato' in lower case is a birth", ({ expect }) => {
    expect(slugs("it", "Il ministro, nato a Roma e cresciuto a Napoli, ha parlato a lungo.")).not.toContain(
      "multilateral",
    );
  });
});

describe("discussion verbs with an article", () => {
  const opening = {
    it: "I due ministri si sono incontrati lunedì a Roma. L'incontro è durato due ore in un clima cordiale. ",
    fr: "Les deux ministres se sont rencontrés lundi à Paris. La rencontre a duré deux heures dans un climat cordial. ",
  };
  it.for([
    ["it", "Hanno poi discusso della pesca, oltre che di molti altri temi.", "agriculture-food-security"],
    ["fr", "Ils ont ensuite discuté du tourisme, ainsi que de bien d'autres sujets.", "culture-people"],
  ] as const)("%s: %s", ([lang, text, slug], { expect }) => {
    expect(slugs(lang, opening[lang] + text)).toContain(slug);
  });
});
