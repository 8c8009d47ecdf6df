/**
 * A counted batch whose list of fields names a track of ours keeps its count, in the eight languages: the track is
 * one of its instruments and the other fields (or the rest of the count, when they cannot be told apart) are the
 * others, even when the signing word comes after the list ("Cinq accords … dans les domaines de la sécurité et de
 * la lutte contre le terrorisme, des hydrocarbures … ont été signés"). Sentences in our own words.
 */
import { describe, it } from "vitest";
import { byLanguage, firmInstruments } from "../../helpers/commitment-read";

const FIVE: Record<string, string> = {
  en: "On Thursday the two ministers signed five cooperation agreements in the fields of security and counter-terrorism, hydrocarbons, animal resources and technical education.",
  fr: "Cinq accords de coopération dans les domaines de la sécurité et de la lutte contre le terrorisme, des hydrocarbures, des ressources animales et de l'enseignement technique ont été signés jeudi.",
  it: "Giovedì sono stati firmati cinque accordi di cooperazione nei settori della sicurezza e della lotta al terrorismo, degli idrocarburi, delle risorse animali e dell'istruzione tecnica.",
  es: "Cinco acuerdos de cooperación en materia de seguridad, hidrocarburos, ganadería, educación técnica y salud fueron firmados el jueves.",
  pt: "Na quinta-feira foram assinados cinco acordos de cooperação nos domínios da segurança e da luta contra o terrorismo, dos hidrocarbonetos, dos recursos animais e do ensino técnico.",
  de: "Am Donnerstag unterzeichneten die Minister fünf Abkommen über die Zusammenarbeit in den Bereichen Sicherheit und Terrorismusbekämpfung, Kohlenwasserstoffe, Tierressourcen und technische Bildung.",
  ru: "В четверг министры подписали пять соглашений о сотрудничестве в области безопасности и борьбы с терроризмом, углеводородов, животноводства и технического образования.",
  ar: "ووقع الوزيران يوم الخميس خمس اتفاقيات للتعاون في مجالات الأمن ومكافحة الإرهاب والمحروقات والثروة الحيوانية والتعليم الفني.",
};

/** The same batch with its signing word after a longer list the count does not match item by item. */
const REST =
  "Cinq accords de coopération dans les domaines de la sécurité et de la lutte contre le terrorisme, des hydrocarbures, des ressources animales et dans l'enseignement technique et la formation professionnelle, ont été signés jeudi à Niamey, entre le Niger et le Bénin.";

describe("a counted batch whose list names a track", () => {
  it.for(byLanguage(FIVE))("$lang: five instruments", ({ lang, text }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(5);
  });
  it("fr: the rest of the count stays when the areas cannot be told apart", ({ expect }) => {
    expect(firmInstruments("fr", REST)).toBe(5);
  });
});
