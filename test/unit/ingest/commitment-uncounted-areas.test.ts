/**
 * An uncounted batch that names its areas whole, one by one ("signed memoranda of understanding in the areas of
 * energy, fighting crime, culture and food safety"), signs at least one instrument per area, as a counted batch
 * does. Areas given as examples ("in areas such as…") or as what the batch aims at ("aimed at deepening ties in…")
 * describe one batch of unknown size, still one instrument; so do areas a list leaves open ("among others", "fra
 * l'altro"), and those of a batch told without its number ("several", "una serie di", "diversos", "ряд", "عدة"),
 * unless its list names items one by one ("…, among them one on…, another on…") (FICTIONAL sentences written for
 * this project).
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const WHOLE: readonly (readonly [string, string])[] = [
  [
    "en",
    "Benin and Ghana signed memoranda of understanding in the areas of energy, fighting crime, culture and food safety on Monday.",
  ],
  // (No French case: its bare plural "des protocoles… dans les domaines de…" is read as one batch, as it was before.)
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

// A batch told without its number: its areas describe it, however whole the list.
const VAGUE: readonly (readonly [string, string])[] = [
  [
    "en",
    "Benin and Ghana signed several agreements in the areas of energy, fighting crime, culture and food safety on Monday.",
  ],
  [
    "fr",
    "Le Bénin et le Ghana ont signé lundi une série de protocoles d'entente dans les domaines de l'énergie, de la culture et de la santé.",
  ],
  [
    "it",
    "Italia e Tunisia hanno firmato lunedì diversi accordi nei settori dell'energia, della cultura e della sanità.",
  ],
  [
    "es",
    "Perú y Chile firmaron el lunes diversos convenios en materia de energía, salud pública, construcción y cultura.",
  ],
  ["pt", "Angola e Namíbia assinaram na segunda-feira vários acordos nas áreas da energia, da cultura e da saúde."],
  [
    "de",
    "Ghana und Österreich unterzeichneten am Montag mehrere Abkommen in den Bereichen Energie, Kultur und Gesundheit.",
  ],
  ["ru", "Армения и Иран подписали в понедельник ряд соглашений в сферах энергетики, культуры и здравоохранения."],
  ["ar", "وقعت مصر والأردن يوم الاثنين عدة اتفاقيات في قطاعات الطاقة والثقافة والصحة."],
];

// …and so is a form joined to one told so ("several agreements and memoranda in…"): one batch of each form.
const VAGUE_JOINED: readonly (readonly [string, string])[] = [
  [
    "en",
    "Benin and Ghana signed several agreements and memoranda of understanding in the areas of energy, fighting crime, culture and food safety on Monday.",
  ],
  [
    "fr",
    "Le Bénin et le Ghana ont signé lundi plusieurs accords et mémorandums d'entente dans les domaines de l'énergie, de la culture et de la santé.",
  ],
  [
    "it",
    "Italia e Tunisia hanno firmato lunedì diversi accordi e memorandum d'intesa nei settori dell'energia, della cultura e della sanità.",
  ],
  [
    "es",
    "Perú y Chile firmaron el lunes diversos convenios y memorandos de entendimiento en materia de energía, salud pública, construcción y cultura.",
  ],
  [
    "pt",
    "Angola e Namíbia assinaram na segunda-feira vários acordos e memorandos de entendimento nas áreas da energia, da cultura e da saúde.",
  ],
  [
    "de",
    "Ghana und Österreich unterzeichneten am Montag mehrere Abkommen und Absichtserklärungen in den Bereichen Energie, Kultur und Gesundheit.",
  ],
  [
    "ru",
    "Армения и Иран подписали в понедельник ряд соглашений и меморандумов о взаимопонимании в сферах энергетики, культуры и здравоохранения.",
  ],
  ["ar", "وقعت مصر والأردن يوم الاثنين عدة اتفاقيات ومذكرات تفاهم في قطاعات الطاقة والثقافة والصحة."],
];

// …but only a conjunction may stand between the two: a comma may open a clause of its own, a complement of the
// first form makes a list of two, and a vague word before a single form makes no batch; the memoranda name their
// areas whole (one each).
const VAGUE_THEN_CLAUSE: readonly (readonly [string, string])[] = [
  ["en", "Kenya and Ghana signed several agreements on trade and memoranda on energy, health and tourism on Monday."],
  [
    "fr",
    "Le Kenya et le Ghana ont signé lundi plusieurs accords sur le commerce et des mémorandums sur l'énergie, la santé et le tourisme.",
  ],
  [
    "en",
    "Kenya and Ghana signed a package agreement and memoranda of understanding on energy, health and tourism on Monday.",
  ],
  [
    "en",
    "Benin and Ghana signed several agreements, and memoranda of understanding in the areas of energy, culture and health were signed by the ministers.",
  ],
];

// …unless its list names its items one by one: those are instruments of their own.
const VAGUE_NAMED: readonly (readonly [string, string])[] = [
  [
    "pt",
    "Timor-Leste e a Indonésia assinaram na segunda-feira vários memorandos, entre os quais um sobre o comércio na fronteira e outro na área do ensino superior.",
  ],
  [
    "en",
    "Benin and Ghana signed several memoranda on Monday, among them one on border trade and another on higher education.",
  ],
];

// …and not a vague word of another noun, nor one that means "together" ("firmaron en conjunto acuerdos").
const VAGUE_ELSEWHERE: readonly (readonly [string, string])[] = [
  [
    "en",
    "Several ministers signed agreements in energy, health and culture as Kenya and Rwanda deepened ties on Tuesday.",
  ],
  [
    "en",
    "After several meetings, agreements in energy, health and culture were signed by Kenya and Uganda on Tuesday.",
  ],
  [
    "es",
    "Los cancilleres de Chile y Perú firmaron en conjunto acuerdos en materia de energía, salud y cultura el martes.",
  ],
  [
    "it",
    "I ministri di Italia e Serbia hanno firmato insieme accordi nei settori dell'energia, della sanità e della cultura.",
  ],
  [
    "de",
    "Beim Treffen in Hanoi haben am Dienstag einige Minister Abkommen zwischen Deutschland und Vietnam in den Bereichen Energie, Gesundheit und Kultur unterzeichnet.",
  ],
  [
    "ru",
    "Во вторник несколько министров подписали соглашения в сферах энергетики, здравоохранения и культуры между Россией и Вьетнамом.",
  ],
  ["ar", "وقع عدد من الوزراء اتفاقيات في مجالات الطاقة والصحة والثقافة بين الأردن والعراق يوم الثلاثاء."],
];

describe("an uncounted batch naming its areas", () => {
  it.for(VAGUE_ELSEWHERE)(
    "%s: a vague word of another noun leaves one instrument per area (%s)",
    ([lang, text], { expect }) => {
      expect(firmInstruments(lang, text)).toBe(3);
    },
  );
  it.for(VAGUE)("%s: a batch told without its number is one batch (%s)", ([lang, text], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(1);
  });
  it.for(VAGUE_JOINED)("%s: a form joined to a vague batch is one batch too (%s)", ([lang, text], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(2);
  });
  it.for(VAGUE_THEN_CLAUSE)("%s: a comma ends the join (%s)", ([lang, text], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(4);
  });
  it.for(VAGUE_NAMED)("%s: items named one by one stay instruments (%s)", ([lang, text], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(2);
  });
  it.for(WHOLE)("%s: one instrument per area named", ([lang, text], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(4);
  });
  it.for(NOT_WHOLE)("%s: areas as examples or aims describe one batch (%s)", ([lang, text], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(1);
  });
});
