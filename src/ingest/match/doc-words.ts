/**
 * Word lists read once per text: each list's lexicon is built on first use, and its matches in a text are kept for
 * that text (a WeakMap on the prepared doc), however many rules ask.
 */
import { entriesOf, Lexicon, type LexiconMatch } from "./lexicon";
import type { MatchDoc } from "./normalize";

type ByLang = Readonly<Record<string, readonly string[]>>;

/** A reader of the matches of `lists` (one word list per key, by language) in a text. */
export function docWords<K extends string>(
  lists: Readonly<Record<K, ByLang>>,
): (doc: MatchDoc) => Readonly<Record<K, LexiconMatch<true>[]>> {
  let lexicons: [K, Lexicon<true>][] | undefined;
  const cache = new WeakMap<MatchDoc, Record<K, LexiconMatch<true>[]>>();
  return (doc) => {
    let words = cache.get(doc);
    if (!words) {
      lexicons ??= (Object.keys(lists) as K[]).map((k) => [k, new Lexicon(entriesOf(lists[k], true as const))]);
      words = Object.fromEntries(lexicons.map(([k, lex]) => [k, lex.match(doc)])) as Record<K, LexiconMatch<true>[]>;
      cache.set(doc, words);
    }
    return words;
  };
}

/** A reading of a text kept for that text (a WeakMap on the prepared doc): computed once, however many rules ask. */
export function perDoc<T>(read: (doc: MatchDoc) => T): (doc: MatchDoc) => T {
  const cache = new WeakMap<MatchDoc, T>();
  return (doc) => {
    if (cache.has(doc)) return cache.get(doc) as T;
    const value = read(doc);
    cache.set(doc, value);
    return value;
  };
}
