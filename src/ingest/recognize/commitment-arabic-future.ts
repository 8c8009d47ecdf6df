/**
 * The Arabic future told by a verb's prefix (سـ, after an optional conjunction) rather than by a word of the
 * lexicon: "سيترأس الرئيسان مراسم التوقيع على اتفاقيات", "وستشهد الزيارة توقيع مذكرات تفاهم". Such a verb puts the
 * signing noun it governs ahead, as does a present tense after "على أن" ("على أن يترأس الزعيمان مراسم التوقيع"). It
 * is read before a signing noun only (a finite "وقع" has its own tense), and only where a verb may stand: opening
 * its clause, after a conjunction or after a definite subject ("الزيارة ستشهد"), for a word of the same shape
 * after a preposition or an indefinite noun is a noun or a name ("في سيدني", "مدينة ستافروبول").
 */
import { CLAUSE_BREAK, type MatchDoc } from "../match/normalize";

/** A word with the future prefix on a present tense: سيـ/ستـ and at least three letters after (in matching form). */
const FUTURE_VERB = /^[وف]?س[يت]\p{L}{3,}$/u;
/**
 * Nouns and names of that shape (in matching form): sovereignty and the honorific "سيادة", policy, cars, tourism,
 * control, liquidity, scenario, senator, cyber, Sierra Leone, Seychelles, Siberia, Sinai, Seoul, Sydney, cinema,
 * Sidi, and the first names and surnames transliterated with Se-/Si-/St- that stand before an office's signing
 * (Sergei, Cyril, Silva, Simon, Sebastian, Stephen, Stepan, Starmer, Stalin, Stoltenberg, Stockholm, Strasbourg,
 * Stavropol, stadium, studio, Stanley); a word ending as a noun does (ة, اء, ئة: "ستمائة").
 */
const NOT_A_VERB =
  /^[وف]?(?:سياد|سياس|سيار|سياح|سيطر|سيول|سييول|سيئول|سينار|سيناتور|سيبران|سيرال|سيشل|سيشيل|سيبير|سينا|سيدن|سينم|سيدي|سيده|سيدا|سيرغ|سيرج|سيري|سيلف|سيلي|سيمو|سيمون|سيبا|ستيف|ستيب|ستار|ستال|ستول|ستوك|ستراس|ستاف|ستاد|ستود|ستان|ستما)|(?:ة|اء|ئة|يه)$/u;
/** A present tense after "على أن" (so that, on condition that): "على أن يترأس الزعيمان مراسم التوقيع", a plan. */
const PRESENT_VERB = /^[يت]\p{L}{2,}$/u;
/** The Arabic nouns of a signing or an entry into force a future verb governs (in matching form): توقيع، إبرام، دخول. */
const STEP_NOUN = /^[وفب]?(?:ال)?(?:توقيع|ابرام|دخول)/u;
/**
 * Words between the verb and the noun that set the signing apart from the verb's time or content: after, since,
 * thanks to ("ستتعزز العلاقات بعد توقيع", "بفضل توقيع"), and a relative clause ("ستسهم الاتفاقية التي جرى توقيعها"),
 * which tells a signing of its own.
 */
const APART = new Set([
  "بعد",
  "وبعد",
  "منذ",
  "اثر",
  "عقب",
  "وعقب",
  "لدي",
  "بفضل",
  "بعدما",
  "الذي",
  "التي",
  "اللذين",
  "اللتين",
  "الذين",
  "اللذان",
  "اللتان",
]);
/** Words a future verb may follow: conjunctions and complementizers ("كما ستشهد", "أن الرئيسين سيترأسان"). */
const BEFORE_VERB = new Set([
  "و",
  "ف",
  "ثم",
  "كما",
  "حيث",
  "ان",
  "انه",
  "انها",
  "بان",
  "لكن",
  "اذ",
  "حين",
  "عندما",
  "فيما",
  "بينما",
  "قد",
  "ولكن",
]);
/** How many words a future verb stands before its signing noun at most, its subject, day and place between ("سيترأس رئيسا البلدين يوم الثلاثاء في الرباط مراسم التوقيع"). */
const REACH = 12;

/** The end (original offset) of token `i`. */
const endOf = (doc: MatchDoc, i: number) => (doc.map[(doc.tokens[i]?.end ?? 1) - 1] ?? 0) + 1;

/** Whether token `i` stands where a verb may: opening its clause, after a conjunction or a definite subject. */
function verbPlace(doc: MatchDoc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  if (!prev) return true;
  const start = doc.map[doc.tokens[i]?.start ?? 0] ?? 0;
  if (CLAUSE_BREAK.test(doc.text.slice(endOf(doc, i - 1), start))) return true;
  return BEFORE_VERB.has(prev.text) || /^[وف]?ال/u.test(prev.text);
}

/** Whether a future-prefixed Arabic verb governs the signing noun at token `start`, in its clause. */
export function arabicFutureBefore(doc: MatchDoc, start: number, spanStart: number): boolean {
  if (!STEP_NOUN.test(doc.tokens[start]?.text ?? "")) return false;
  for (let i = start - 1; i >= Math.max(0, start - REACH); i--) {
    const t = doc.tokens[i];
    if (!t || APART.has(t.text)) return false;
    if (CLAUSE_BREAK.test(doc.text.slice(endOf(doc, i), spanStart))) return false;
    if (FUTURE_VERB.test(t.text) && !NOT_A_VERB.test(t.text) && verbPlace(doc, i)) return true;
    if (PRESENT_VERB.test(t.text) && doc.tokens[i - 1]?.text === "ان" && doc.tokens[i - 2]?.text === "علي") return true;
  }
  return false;
}
