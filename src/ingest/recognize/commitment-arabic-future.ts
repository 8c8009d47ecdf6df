/**
 * The Arabic future told by a verb's prefix (سـ, after an optional conjunction) rather than by a word of the
 * lexicon: "سيترأس الرئيسان مراسم التوقيع على اتفاقيات", "وستشهد الزيارة توقيع مذكرات تفاهم". Such a verb puts the
 * signing noun it governs ahead, as does a present tense after "على أن" ("على أن يترأس الزعيمان مراسم التوقيع"). It
 * is read before a signing noun only (a finite "وقع" has its own tense), for a
 * word of the same shape may be a noun or a name ("سيادة الرئيس", "سيرغي لافروف") rather than a verb.
 */
import { CLAUSE_BREAK, type MatchDoc } from "../match/normalize";

/** A word with the future prefix on a present tense: سيـ/ستـ and at least three letters after (in matching form). */
const FUTURE_VERB = /^[وف]?س[يت]\p{L}{3,}$/u;
/**
 * Nouns and names of that shape (in matching form): sovereignty and the honorific "سيادة", policy, cars, tourism,
 * control, liquidity, scenario, Sierra Leone, Seychelles, Siberia, cinema, Sidi, and the first names and
 * surnames transliterated with Se-/Si-/St- that stand before an office's signing (Sergei, Cyril, Silva, Simon,
 * Sebastian, Stephen, Starmer, Stalin, Stoltenberg, Stockholm, Strasbourg, stadium, studio, Stanley).
 */
const NOT_A_VERB =
  /^[وف]?(?:سياد|سياس|سيار|سياح|سيطر|سيول|سينار|سيرال|سيشل|سيبير|سينم|سيدي|سيده|سيدا|سيرغ|سيرج|سيري|سيلف|سيمو|سيمون|سيبا|ستيف|ستار|ستال|ستول|ستوك|ستراس|ستاد|ستود|ستان)/u;
/** A present tense after "على أن" (so that, on condition that): "على أن يترأس الزعيمان مراسم التوقيع", a plan. */
const PRESENT_VERB = /^[يت]\p{L}{2,}$/u;
/** The Arabic nouns of a signing or an entry into force a future verb governs (in matching form): توقيع، إبرام، دخول. */
const STEP_NOUN = /^[وفب]?(?:ال)?(?:توقيع|ابرام|دخول)/u;
/** "After", "since", "following" right before the noun: a signing before the verb's time ("ستتعزز العلاقات بعد توقيع"). */
const BEFORE_ITS_TIME = new Set(["بعد", "وبعد", "منذ", "اثر", "عقب", "وعقب", "لدي"]);
/** How many words a future verb stands before its signing noun at most, its subject, day and place between ("سيترأس رئيسا البلدين يوم الثلاثاء في الرباط مراسم التوقيع"). */
const REACH = 12;

/** Whether a future-prefixed Arabic verb governs the signing noun at token `start`, in its clause. */
export function arabicFutureBefore(doc: MatchDoc, start: number, spanStart: number): boolean {
  if (!STEP_NOUN.test(doc.tokens[start]?.text ?? "")) return false;
  if (BEFORE_ITS_TIME.has(doc.tokens[start - 1]?.text ?? "")) return false;
  for (let i = start - 1; i >= Math.max(0, start - REACH); i--) {
    const t = doc.tokens[i];
    if (!t) return false;
    const end = (doc.map[t.end - 1] ?? 0) + 1;
    if (CLAUSE_BREAK.test(doc.text.slice(end, spanStart))) return false;
    if (FUTURE_VERB.test(t.text) && !NOT_A_VERB.test(t.text)) return true;
    if (PRESENT_VERB.test(t.text) && doc.tokens[i - 1]?.text === "ان" && doc.tokens[i - 2]?.text === "علي") return true;
  }
  return false;
}

/** The future-prefixed Arabic verbs of a text, as spans of its original ("وسيترأس", "ستشهد"). */
export function arabicFutureVerbs(doc: MatchDoc): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const t of doc.tokens) {
    if (!FUTURE_VERB.test(t.text) || NOT_A_VERB.test(t.text)) continue;
    out.push({ start: doc.map[t.start] ?? 0, end: (doc.map[t.end - 1] ?? 0) + 1 });
  }
  return out;
}
