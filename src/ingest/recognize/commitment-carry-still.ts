/**
 * What keeps a carry phrase from lending a batch's signing word: the phrase denied ("N'y figurent pas…", "Non vi
 * figurano…", "Nicht unter den Instrumenten…"), or the instruments it names still to come ("Tra gli strumenti ancora
 * allo studio…", "still being prepared").
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";

/** Words that tell an instrument still to come, in the eight languages. */
export const STILL =
  /(?:^|[^\p{L}])(?:still being|still under|under study|not yet|yet to be|en préparation|en cours de|à l'étude|pas encore|encore en|aún se|aún en|en estudio|aún no|todavía|en preparación|ainda está|ainda em|em estudo|ainda não|em preparação|ancora in|allo studio|non ancora|in preparazione|noch in|in prüfung|noch nicht|пока|ещё не|еще не|в стадии подготовки|на рассмотрении|لا يزال|لا تزال|قيد)(?=$|[^\p{L}])/iu;

/** A negation word (matching form) right before a carry phrase or right after it ("n'y figurent pas", "nicht unter"); not "no", which is Portuguese "in the". */
const NOT = /^(?:n|ne|non|not|nor|ni|nicht|kein\p{L}*|nem|nao|не|ни|لا|ليس|لم)$/u;
/** Characters after a carry phrase in which a negation denies it. */
const NEGATION_AFTER = 16;
/** Words of instruments older than the batch or missing from it, in its sentence. */
const OLDER_OR_MISSING =
  /(?<![\p{L}])(?:already|déjà|già|ya|já|schon|bereits|уже|سبق|manque|manquent|manca|mancano|falta|faltan|fehlt|fehlen|missing|absent\p{L}*|отсутств\p{L}*)(?![\p{L}])/iu;
/** Words at most after a carry phrase in which a word of waiting makes its instruments still to come. */
const STILL_REACH = 40;

/** Whether a carry phrase is denied, or the instruments it names are still to come ("ancora allo studio"). */
export function deniedOrStill(doc: MatchDoc, phrase: LexiconMatch<boolean>, sentence: { start: number; end: number }) {
  const before = doc.tokens[phrase.tokenStart - 1];
  const after = doc.tokens[phrase.tokenEnd];
  const inSentence = (t: { start: number } | undefined) => !!t && (doc.map[t.start] ?? -1) >= sentence.start;
  if ((inSentence(before) && NOT.test(before?.text ?? "")) || (inSentence(after) && NOT.test(after?.text ?? "")))
    return true;
  if (/^(?:n['’]|ne\s)/iu.test(doc.text.slice(sentence.start, phrase.span.start + 3).trimStart())) return true;
  // Older instruments ("qui liaient déjà…", "che già legano…", "die … schon länger verbinden") or ones missing ("manca",
  // "fehlt") are none of the batch.
  if (OLDER_OR_MISSING.test(doc.text.slice(sentence.start, sentence.end))) return true;
  // A negation a word or two on ("on ne trouve pas…") denies it too.
  if (deniedBefore(doc, phrase.span.end, Math.min(sentence.end, phrase.span.end + NEGATION_AFTER))) return true;
  return STILL.test(doc.text.slice(phrase.span.end, Math.min(sentence.end, phrase.span.end + STILL_REACH)));
}

/** Whether a negation word stands in the words of a line before its item ("N'y figurent ni l'accord…"). */
export function deniedBefore(doc: MatchDoc, from: number, to: number): boolean {
  // The tokens are in the order of the text: the first at or after `from` is found by halving, then read up to `to`.
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = doc.tokens[mid];
    if (t && (doc.map[t.start] ?? -1) < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (!t || (doc.map[t.start] ?? -1) >= to) return false;
    if (NOT.test(t.text)) return true;
  }
  return false;
}
