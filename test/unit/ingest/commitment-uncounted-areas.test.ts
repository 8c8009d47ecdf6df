/**
 * An uncounted batch that names its areas whole, one by one ("signed memoranda of understanding in the areas of
 * energy, fighting crime, culture and food safety"), signs at least one instrument per area, as a counted batch
 * does. Areas given as examples ("in areas such as…") or as what the batch aims at ("aimed at deepening ties in…")
 * describe one batch of unknown size, still one instrument; so do areas a list leaves open ("among others", "fra
 * l'altro") (FICTIONAL sentences written for this project).
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const WHOLE: readonly (readonly [string, string])[] = [
  [
    "en",
    "Benin and Ghana signed memoranda of understanding in the areas of energy, fighting crime, culture and food safety on Monday.",
  ],
  [
    "fr",
    "Le Bénin et le Ghana ont signé lundi une série de protocoles d'entente dans les domaines de l'énergie, de la lutte contre la criminalité, de la culture et de la salubrité des aliments.",
  ],
  [
    "es",
    "Perú y Chile firmaron el lunes memorandos de entendimiento en los ámbitos de la energía, la lucha contra la delincuencia, la cultura y la inocuidad alimentaria.",
  ],
  [
    "pt",
    "Angola e Namíbia assinaram na segunda-feira memorandos de entendimento nas áreas da energia, do combate à criminalidade, da cultura e da segurança dos alimentos.",
  ],
  [
    "it",
    "Italia e Tunisia hanno firmato lunedì protocolli d'intesa nei settori dell'energia, della lotta alla criminalità, della cultura e della sicurezza degli alimenti.",
  ],
  [
    "de",
    "Ghana und Österreich unterzeichneten am Montag Absichtserklärungen in den Bereichen Energie, Kriminalitätsbekämpfung, Kultur und Lebensmittelsicherheit.",
  ],
  [
    "ru",
    "Армения и Иран подписали в понедельник меморандумы о взаимопонимании в сферах энергетики, борьбы с преступностью, культуры и безопасности пищевой продукции.",
  ],
  ["ar", "وقعت مصر والأردن يوم الاثنين مذكرات تفاهم في مجالات الطاقة ومكافحة الجريمة والثقافة وسلامة الغذاء."],
];

const NOT_WHOLE: readonly (readonly [string, string])[] = [
  [
    "en",
    "Benin and Ghana signed memoranda of understanding in areas such as energy, fighting crime, culture and food safety on Monday.",
  ],
  [
    "en",
    "Benin and Ghana signed memoranda of understanding aimed at deepening ties in energy, fighting crime, culture and food safety on Monday.",
  ],
  // A list left open ("among others", "fra l'altro"), even with no word of areas before it.
  ["en", "Benin and Ghana signed a series of agreements on Monday covering, among others, energy, culture and health."],
  [
    "fr",
    "Le Bénin et le Ghana ont signé lundi des accords qui portent, entre autres, sur l'énergie, la culture et la santé.",
  ],
  [
    "it",
    "Italia e Tunisia hanno firmato lunedì una serie di accordi che riguardano, fra l'altro, energia, cultura e salute.",
  ],
  ["es", "Perú y Chile firmaron el lunes acuerdos que abarcan, entre otros, energía, cultura y salud."],
  [
    "de",
    "Ghana und Österreich unterzeichneten am Montag Abkommen, die unter anderem Energie, Kultur und Gesundheit betreffen.",
  ],
];

describe("an uncounted batch naming its areas", () => {
  it.for(WHOLE)("%s: one instrument per area named", ([lang, text], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(4);
  });
  it.for(NOT_WHOLE)("%s: areas as examples or aims describe one batch (%s)", ([lang, text], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(1);
  });
});
