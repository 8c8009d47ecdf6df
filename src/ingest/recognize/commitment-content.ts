/**
 * A form an instrument is for: right after a verb of setting up or carrying out that follows another form through a
 * word of purpose ("an agreement to set up a cultural exchange programme", "un accord pour mettre en œuvre un
 * programme", "un acuerdo para ejecutar un programa", "ein Abkommen, um ein Programm umzusetzen" is left out: the verb
 * comes last), the programme is the agreement's content, not a second instrument signed. Only the verb's first object:
 * "an agreement to set up a commission, and a memorandum on health" still signs the memorandum.
 */
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import { COMMITMENTS_DATA, cueMatches, withoutComment } from "./commitment-cues";
import { conjunctionsOf } from "./commitment-coordination-words";

/**
 * Words of purpose right before the verb (matching form; "afin de" ends in "de"; Arabic attaches its "ل" to the verb).
 * Not "a", "in" or "de" alone: "a development programme", "in Ottawa and a…" are no purpose.
 */
const PURPOSE = new Set(["to", "pour", "para", "per", "zu", "для", "чтобы"]);
/** Definite articles before the second form: the instrument is one already known ("to implement the agreement"). */
const DEFINITE = new Set([
  "the",
  "le",
  "la",
  "l",
  "les",
  "el",
  "los",
  "las",
  "il",
  "lo",
  "gli",
  "o",
  "os",
  "as",
  "der",
  "die",
  "das",
  "den",
  "dem",
  "des",
]);
/** Words at most between the first form's end and the verb ("an agreement on culture to …": its complement). */
const FORM_TO_VERB = 4;
/** Words after the second form within which a year dates it as an earlier instrument ("اتفاقية عام 2012"). */
const YEAR_AFTER = 3;
/** Words that open a period ("from 2022 to 2025", "de 2022 a 2025", "с 2022 по 2025", "من 2022"). */
const PERIOD_FROM = new Set(["from", "de", "du", "dal", "da", "desde", "von", "с", "من", "between", "entre"]);
/** Words at most between the verb and the form it governs (an article and two adjectives). */
const VERB_TO_FORM = 3;

let verbs: Lexicon<true> | undefined;
const contentVerbs = () =>
  (verbs ??= new Lexicon(
    entriesOf(
      withoutComment((COMMITMENTS_DATA as unknown as { contentVerbs: Record<string, string[]> }).contentVerbs),
      true as const,
    ),
  ));

/** The forms of a report less those an instrument told right before is for. */
export function withoutContentForms<T>(doc: MatchDoc, forms: LexiconMatch<T>[]): LexiconMatch<T>[] {
  const cues = cueMatches(doc);
  const verbMatches = [...cues.filter((c) => c.data === "action"), ...contentVerbs().match(doc)];
  if (verbMatches.length === 0) return forms;
  const clean = (from: number, to: number) => !/[,;:.!?()–—،؛]/u.test(doc.text.slice(from, to));
  // A first form also read as a status word ("un accord pour": agreed to) is left as it was; so is a form joined to
  // the verb's first object ("a memorandum to promote tourism and a programme": the programme is signed too).
  const statuses = cues.filter((c) => c.data !== "action");
  const alsoStatus = (o: LexiconMatch<T>) =>
    statuses.some((c) => c.span.start < o.span.end && c.span.end > o.span.start);
  const joined = (from: number, to: number) =>
    conjunctionsOf(doc).some((j) => j.span.start >= from && j.span.end <= to);
  const content = (f: LexiconMatch<T>) =>
    verbMatches.some((v) => {
      // The verb governs this form: it ends a few words before it, nothing but words between, and no year or
      // definite article that makes it an instrument already known ("to implement the 2021 agreement").
      if (v.tokenEnd > f.tokenStart || f.tokenStart - v.tokenEnd > VERB_TO_FORM) return false;
      const between = doc.tokens.slice(v.tokenEnd, f.tokenStart);
      const after = doc.tokens.slice(f.tokenEnd, f.tokenEnd + YEAR_AFTER);
      // …a year after it, but for the start of the period it runs ("a programme from 2022 to 2025").
      const dated = after.some((t, i) => /^\d{4}$/u.test(t.text) && !PERIOD_FROM.has(after[i - 1]?.text ?? ""));
      if (dated || between.some((t) => DEFINITE.has(t.text) || /^\d{4}$/u.test(t.text))) return false;
      if (/^و/u.test(doc.tokens[f.tokenStart]?.text ?? "")) return false;
      if (forms.some((o) => o !== f && o.tokenStart >= v.tokenEnd && o.tokenEnd <= f.tokenStart)) return false;
      // …and follows another form through a word of purpose ("agreement to", "accord pour", "اتفاقية لتنفيذ").
      const before = forms.find(
        (o) =>
          o.tokenEnd <= v.tokenStart &&
          v.tokenStart - o.tokenEnd <= FORM_TO_VERB &&
          clean(o.span.end, f.span.start) &&
          !joined(o.span.end, f.span.start) &&
          !alsoStatus(o),
      );
      if (!before) return false;
      // The word of purpose stands right before the verb ("agreement to set up", "accord afin de créer").
      const purpose =
        PURPOSE.has(doc.tokens[v.tokenStart - 1]?.text ?? "") ||
        (/^(?:de|d)$/u.test(doc.tokens[v.tokenStart - 1]?.text ?? "") && doc.tokens[v.tokenStart - 2]?.text === "afin");
      return purpose || (v.tokenStart === before.tokenEnd && /^ل/u.test(doc.tokens[v.tokenStart]?.text ?? ""));
    });
  return forms.filter((f) => !content(f));
}
