/**
 * The inflection endings a lexicon word may take in each language: plural -s, the German case and plural endings,
 * the Russian case endings (in matching form, й folded to и) and none for Arabic, whose clitics are stripped instead.
 */
const PLAIN = new Set(["", "s"]);
/** Italian forms its plurals by changing the vowel, never by adding -s: "mai" (never) is no "mais". */
const NONE = new Set([""]);
const GERMAN = new Set(["", "s", "es", "n", "en", "e", "er", "em", "ern"]);
export const ARABIC = new Set([""]);
// In matching form, as the text is: й is folded to и (its breve is a combining mark).
export const RUSSIAN = new Set(
  [
    "",
    "а",
    "я",
    "у",
    "ю",
    "е",
    "и",
    "ы",
    "ой",
    "ей",
    "ом",
    "ем",
    "ам",
    "ям",
    "ах",
    "ях",
    "ами",
    "ями",
    "ов",
    "ев",
    "ию",
    "ии",
    "ий",
    "ый",
    "ая",
    "ое",
    "ые",
    "ие",
    "ого",
    "его",
    "ому",
    "ему",
    "ым",
    "им",
    "ых",
    "их",
    "ую",
    "юю",
    "ыми",
    "ими",
  ].map((e) => e.replace(/й/g, "и")),
);

/** A noun in -ь keeps it in the nominative (Брюссель) and replaces it in the other cases (Брюсселе). */
export const RUSSIAN_SOFT = new Set([...RUSSIAN, "ь"]);
/** A neuter noun in -ство keeps its -о in the nominative (Королевство) and replaces it in the other cases. */
const RUSSIAN_NEUTER = new Set([...RUSSIAN, "о"]);

/** The endings a word of a language may take beyond its pattern (plural -s, German and Russian cases). */
export function endingsFor(lang: string): ReadonlySet<string> {
  if (lang === "de") return GERMAN;
  if (lang === "ru") return RUSSIAN;
  if (lang === "ar") return ARABIC;
  if (lang === "it") return NONE;
  return PLAIN;
}

/** A pattern word in matching form: the stem the text must start with, and the endings it may add. */
export interface WordForm {
  stem: string;
  endings: ReadonlySet<string>;
}

// Russian adjective endings in every case, gender and number (matching form: й folded to и).
const RU_ADJECTIVE_NOMINATIVE = /(ая|яя|ыи|ии|ои|ое|ее|ые|ие)$/;
const RU_ADJECTIVE = new Set(
  ["ая", "яя", "ый", "ий", "ой", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем"]
    .concat(["ую", "юю", "ых", "их", "ыми", "ими", "ей"])
    .map((e) => e.replace(/й/g, "и")),
);
// German strong adjective endings on a name's attribute (Vereinigtes, Heiliger) and the stems they follow.
const DE_ADJECTIVE_STRONG = /(es|er|em)$/;
const DE_ADJECTIVE_STEM = /(isch|ig|t|lich)$/;

/** A Russian noun: -а/-я/-ы/-ий/-ь and the neuter -ство decline by their last letter (Россия → России, Нидерланды →
 * Нидерландах, Королевство → Королевства); a foreign name in a bare -и (Мали, Тбилиси) does not decline. */
function russianNoun(word: string): WordForm {
  if (word.length > 3 && /([аяы]|[аеиоуыэюя]и|ь|ство)$/.test(word)) {
    const endings = word.endsWith("ь") ? RUSSIAN_SOFT : word.endsWith("о") ? RUSSIAN_NEUTER : RUSSIAN;
    return { stem: word.slice(0, -1), endings };
  }
  return { stem: word, endings: RUSSIAN };
}

/** The endings of `form` re-based on a shorter stem `base` (a prefix of its stem). */
function rebase(form: WordForm, base: string): Set<string> {
  const cut = form.stem.slice(base.length);
  return new Set([...form.endings].map((e) => cut + e));
}

/**
 * How one word of a pattern inflects. `attribute`: the word stands before the last word of a multi-word name, where
 * Russian and German decline adjectives (Новая Зеландия → Новой Зеландии, Vereinigtes Königreich → Vereinigten
 * Königreich); such a word keeps the forms it had as a noun as well.
 */
export function wordForm(word: string, lang: string, attribute: boolean): WordForm {
  if (lang === "ru") {
    const noun = russianNoun(word);
    if (!attribute || word.length < 5 || !RU_ADJECTIVE_NOMINATIVE.test(word)) return noun;
    const base = word.slice(0, -2);
    return { stem: base, endings: new Set([...RU_ADJECTIVE, ...rebase(noun, base)]) };
  }
  const endings = endingsFor(lang);
  if (lang === "de" && attribute && DE_ADJECTIVE_STRONG.test(word)) {
    const base = word.slice(0, -2);
    if (base.length >= 4 && DE_ADJECTIVE_STEM.test(base)) {
      return { stem: base, endings: new Set([...GERMAN, ...rebase({ stem: word, endings }, base)]) };
    }
  }
  return { stem: word, endings };
}
