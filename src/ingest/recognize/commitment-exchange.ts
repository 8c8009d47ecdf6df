/**
 * An exchange of instruments concludes them as a signing does ("exchanged two memoranda", "lo scambio di sette
 * intese", "обменялись … соглашениями"; seed/lexicons/commitments.json, `exchange`). Only instruments are its
 * object: an exchange of views on an agreement, or of letters on a treaty's anniversary, signs nothing.
 */
import data from "../../../seed/lexicons/commitments.json";
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import { arabicVariants, type MatchDoc, sentenceAt } from "../match/normalize";
import { wordSet } from "./commitment-plurals";

type ByLang = Readonly<Record<string, readonly string[]>>;
interface ExchangeData {
  words: ByLang;
  between: ByLang;
  topic: ByLang;
  passive: ByLang;
}
interface ListData {
  quantity: ByLang;
  articles: ByLang;
  documents: ByLang;
  numbers: Readonly<Record<string, ByLang>>;
}
const LEX = data as unknown as { exchange: ExchangeData; lists: ListData };

/** Words at most between an exchange and the instruments it exchanges ("exchanged a series of strategic agreements"). */
const OBJECT_GAP = 6;
/** Of them, words that are no count, article, owner or genitive ("strategic", the subject of a German verb). */
const FREE_WORDS = 3;
/** Auxiliaries at most between instruments and the participle after them ("agreements have been exchanged"). */
const PASSIVE_GAP = 3;
/** Punctuation that ends the clause an exchange governs. */
const CLAUSE_BREAK = /[,;:.!?؛،\n()]/;

let lex:
  | {
      words: Lexicon<true>;
      documents: Lexicon<true>;
      between: Set<string>;
      topic: Set<string>;
      passive: Set<string>;
    }
  | undefined;

function lexicons() {
  const numbers = Object.values(LEX.lists.numbers);
  lex ??= {
    words: new Lexicon(entriesOf(LEX.exchange.words, true as const)),
    documents: new Lexicon(entriesOf(LEX.lists.documents, true as const)),
    between: new Set([
      ...wordSet(LEX.exchange.between),
      ...wordSet(LEX.lists.quantity),
      ...wordSet(LEX.lists.articles),
      ...numbers.flatMap((n) => [...wordSet(n)]),
    ]),
    topic: wordSet(LEX.exchange.topic),
    passive: wordSet(LEX.exchange.passive),
  };
  return lex;
}

const inSet = (set: Set<string>, word: string) => arabicVariants(word).some((w) => set.has(w));

/** Whether the words between an exchange and what follows it leave that its object. */
function objectOf(doc: MatchDoc, from: number, to: number): boolean {
  const { between, topic } = lexicons();
  if (to - from > OBJECT_GAP) return false;
  let free = 0;
  for (const t of doc.tokens.slice(from, to)) {
    if (inSet(topic, t.text)) return false;
    if (/^\d+$/.test(t.text) || inSet(between, t.text)) continue;
    free += 1;
  }
  return free <= FREE_WORDS;
}

/** Whether only auxiliaries stand between instruments and a participle after them. */
function passiveOf(doc: MatchDoc, from: number, to: number): boolean {
  const { passive } = lexicons();
  return to - from <= PASSIVE_GAP && doc.tokens.slice(from, to).every((t) => inSet(passive, t.text));
}

/**
 * The exchange words of a text whose object, in their clause, is an instrument (`instruments` gives the
 * legal-form words, matched only when the text holds an exchange word) or documents.
 */
export function exchangesOf(doc: MatchDoc, instruments: () => readonly LexiconMatch<unknown>[]): LexiconMatch<true>[] {
  const { words, documents } = lexicons();
  const exchanges = words.match(doc);
  if (!exchanges.length) return [];
  const objects = [...instruments(), ...documents.match(doc)];
  return exchanges.filter((x) => {
    const sentence = sentenceAt(doc, x.span.start);
    return objects.some((o) => {
      if (!sentence || o.span.start < sentence.start || o.span.end > sentence.end) return false;
      const after = o.tokenStart >= x.tokenEnd;
      const gap = after ? doc.text.slice(x.span.end, o.span.start) : doc.text.slice(o.span.end, x.span.start);
      if (CLAUSE_BREAK.test(gap)) return false;
      return after
        ? objectOf(doc, x.tokenEnd, o.tokenStart)
        : o.tokenEnd <= x.tokenStart && passiveOf(doc, o.tokenEnd, x.tokenStart);
    });
  });
}
