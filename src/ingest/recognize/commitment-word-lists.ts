/**
 * The words of seed/lexicons/commitments.json `lists` (and named companies), loaded once, and the report's language
 * that picks its own function words among them.
 */
import { pluralWords, wordSet } from "./commitment-plurals";
import { COMMITMENTS_DATA, withoutComment } from "./commitment-cues";
import COMPANIES from "../../../seed/lexicons/companies.json";
import { Lexicon, entriesOf, type LexiconEntry } from "../match/lexicon";
import { arabicVariants, type MatchDoc } from "../match/normalize";

type ByLang = Readonly<Record<string, readonly string[]>>;
interface ListsData {
  plural: ByLang;
  quantity: ByLang;
  vague: ByLang;
  vagueLinks: ByLang;
  agent: ByLang;
  anaphora: ByLang;
  articles: ByLang;
  singular: ByLang;
  draft: ByLang;
  company: ByLang;
  fields: ByLang;
  documents: ByLang;
  about: ByLang;
  generalSubjects: ByLang;
  generalHeads: ByLang;
  parties: ByLang;
  sides: ByLang;
  numbering: ByLang;
  numbers: Readonly<Record<string, ByLang>>;
  including: ByLang;
  members: ByLang;
  memberLinks: ByLang;
  pluralAuxiliaries: ByLang;
  invariablePlurals: ByLang;
  between: ByLang;
  agentGenitive: ByLang;
  institutions: ByLang;
  countedDocuments: ByLang;
  pluralDemonstratives: ByLang;
  singularDemonstratives: ByLang;
}
const DATA = (COMMITMENTS_DATA as unknown as { lists: ListsData }).lists;

/** Named companies (seed/lexicons/companies.json), matched with their capitals: "Eni ha firmato…" is a firm's deal. */
function companyNames(): LexiconEntry<true>[] {
  const { $comment: _c, latin, ...scripts } = COMPANIES;
  const byLang: ByLang = { en: latin, ...scripts };
  return entriesOf(byLang, true as const).map((e) => ({ ...e, casing: "capital" as const }));
}

function numberWords(): Map<string, number> {
  const out = new Map<string, number>();
  for (const [n, byLang] of Object.entries(DATA.numbers)) for (const w of wordSet(byLang)) out.set(w, Number(n));
  return out;
}

/** Each language's own number words: "dos" counts two in Spanish, and is "of the" in Portuguese. */
let numbersByLanguage: Map<string, Map<string, number>> | undefined;
export function numberWordsOf(language: string): Map<string, number> | undefined {
  if (!numbersByLanguage) {
    numbersByLanguage = new Map();
    for (const [n, byLang] of Object.entries(DATA.numbers))
      for (const [lang, words] of Object.entries(byLang)) {
        const own = numbersByLanguage.get(lang) ?? new Map<string, number>();
        for (const w of wordSet({ [lang]: words })) own.set(w, Number(n));
        numbersByLanguage.set(lang, own);
      }
  }
  return numbersByLanguage.get(language);
}

/** The language of a report's text, as analyze.ts detected it (none for a bare text prepared elsewhere). */
const languages = new WeakMap<MatchDoc, string>();
export function setLanguage(doc: MatchDoc, language: string): void {
  languages.set(doc, language);
}
export function languageOf(doc: MatchDoc): string | undefined {
  return languages.get(doc);
}

let sets:
  | {
      plural: Set<string>;
      ambiguous: Set<string>;
      quantity: Set<string>;
      vague: Set<string>;
      vagueLinks: Set<string>;
      anaphora: Set<string>;
      articles: Set<string>;
      singular: Set<string>;
      draft: Set<string>;
      about: Set<string>;
      generalSubjects: Set<string>;
      generalHeads: Set<string>;
      parties: Set<string>;
      sides: Set<string>;
      numbering: Set<string>;
      numbers: Map<string, number>;
      including: Set<string>;
      members: Set<string>;
      memberLinks: Set<string>;
      pluralAuxiliaries: Set<string>;
      invariable: Set<string>;
      determiners: Set<string>;
      between: Set<string>;
      agentGenitive: Set<string>;
      institutions: string[];
      agent: Lexicon<true>;
      company: Lexicon<true>;
      fields: Lexicon<true>;
      documents: Lexicon<true>;
      countedDocuments: Lexicon<true>;
      pluralDemonstratives: Set<string>;
      singularDemonstratives: Set<string>;
    }
  | undefined;

/**
 * The function-word lists a report's own language reads: Spanish "a" is a preposition, not the English article;
 * Portuguese "do" is "of the"; English "a" is no article ("a memorandum long discussed" is no restatement). Content
 * words (plurals, drafts, members…) stay every language's.
 */
const OWN_LANGUAGE = [
  "about",
  "articles",
  "parties",
  "sides",
  "numbering",
  "including",
  "quantity",
  "vague",
  "anaphora",
  "singular",
] as const;
type Lists = NonNullable<typeof sets>;
const byLanguage = new Map<string, Lists>();

/** The word lists, with the function words of `doc`'s language alone when it is known (else every language's). */
export function lists(doc?: MatchDoc): Lists {
  const all = allLists();
  const language = doc ? languageOf(doc) : undefined;
  if (!language) return all;
  let own = byLanguage.get(language);
  if (!own) {
    own = { ...all };
    for (const key of OWN_LANGUAGE) {
      const words = withoutComment(DATA[key])[language];
      if (words?.length) own[key] = wordSet({ [language]: words });
    }
    byLanguage.set(language, own);
  }
  return own;
}

function allLists(): Lists {
  if (sets) return sets;
  const { plural, ambiguous } = pluralWords(DATA.plural);
  sets = {
    ambiguous,
    about: wordSet(DATA.about),
    generalSubjects: wordSet(withoutComment(DATA.generalSubjects)),
    generalHeads: wordSet(withoutComment(DATA.generalHeads)),
    parties: wordSet(DATA.parties),
    sides: wordSet(withoutComment(DATA.sides)),
    numbering: wordSet(withoutComment(DATA.numbering)),
    numbers: numberWords(),
    including: wordSet(DATA.including),
    members: wordSet(withoutComment(DATA.members)),
    memberLinks: wordSet(withoutComment(DATA.memberLinks)),
    pluralAuxiliaries: wordSet(withoutComment(DATA.pluralAuxiliaries)),
    invariable: wordSet({ de: DATA.invariablePlurals.de ?? [] }),
    determiners: wordSet({ de: DATA.invariablePlurals.determiners ?? [] }),
    between: wordSet(withoutComment(DATA.between)),
    agentGenitive: wordSet(withoutComment(DATA.agentGenitive)),
    institutions: [...wordSet(withoutComment(DATA.institutions))],
    fields: new Lexicon(entriesOf(DATA.fields, true as const)),
    documents: new Lexicon(entriesOf(DATA.documents, true as const)),
    countedDocuments: new Lexicon(entriesOf(withoutComment(DATA.countedDocuments), true as const)),
    pluralDemonstratives: wordSet(withoutComment(DATA.pluralDemonstratives)),
    singularDemonstratives: wordSet(withoutComment(DATA.singularDemonstratives)),
    plural,
    quantity: wordSet(DATA.quantity),
    vague: wordSet(withoutComment(DATA.vague)),
    vagueLinks: wordSet(withoutComment(DATA.vagueLinks)),
    anaphora: wordSet(DATA.anaphora),
    articles: wordSet(DATA.articles),
    singular: wordSet(DATA.singular),
    draft: wordSet(DATA.draft),
    agent: new Lexicon(entriesOf(DATA.agent, true as const)),
    company: new Lexicon([...entriesOf(DATA.company, true as const), ...companyNames()]),
  };
  return sets;
}

/**
 * Whether a word is a singular article of the report's own language ("un", "una" in Spanish; not the English "a",
 * which is a Spanish preposition); of every language when the report's is unknown or lists none. A language whose
 * list is empty (Arabic has no indefinite article) has none.
 */
export function singularOfLanguage(doc: MatchDoc, text: string): boolean {
  const language = languageOf(doc);
  if (language && DATA.singular[language]?.length === 0) return false;
  return anyIn(lists(doc).singular, text);
}

/** A token's text and, for Arabic, the word without its clitics. */
export function forms(text: string): string[] {
  return arabicVariants(text);
}

/** Whether a word, or its form without clitics, is in a set. */
export function anyIn(set: Set<string>, text: string): boolean {
  return forms(text).some((f) => set.has(f));
}
