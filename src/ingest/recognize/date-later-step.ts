/**
 * A signing's day told of an instrument that a later step acts on in the same sentence: "the Chamber approved the
 * treaty between the two countries, signed in New York on 19 September 2022", "Napolitano ratifica l'accordo …,
 * sottoscritto il 31 marzo 2009", "подписал закон, которым ратифицирован договор …, подписанный 13 марта 2025 года".
 * The ratification or approval is the news; the signing's day is the instrument's background, never the report's
 * happening. The later step must govern the instrument itself (no clause break between them): "After the cabinet's
 * approval, the agreement was signed on 3 May" tells the signing as the news. The words are ours (dates.json
 * `laterSteps`).
 */
import datesData from "../../../seed/lexicons/dates.json";
import { entriesOf, Lexicon } from "../match/lexicon";
import { CLAUSE_BREAK, type MatchDoc, sentenceAt } from "../match/normalize";
import type { Span } from "../types";
import { commitmentLexicons } from "./commitment-cues";
import type { RoleSpan } from "./date-roles";

type ByLang = Readonly<Record<string, readonly string[]>>;
const { $comment: _c, ...LATER } = (datesData as unknown as { laterSteps: ByLang & { $comment?: unknown } }).laterSteps;

/** A later step governs a form this many characters after it at most ("ratifica l'accordo di cooperazione"). */
const GOVERN_REACH = 60;

let lex: Lexicon<true> | undefined;
const cache = new WeakMap<MatchDoc, { steps: Span[]; forms: Span[] }>();

function wordsOf(doc: MatchDoc): { steps: Span[]; forms: Span[] } {
  let words = cache.get(doc);
  if (!words) {
    lex ??= new Lexicon(entriesOf(LATER as ByLang, true as const));
    words = {
      steps: lex.match(doc).map((m) => m.span),
      forms: commitmentLexicons()
        .forms.match(doc)
        .map((m) => m.span),
    };
    cache.set(doc, words);
  }
  return words;
}

/** The later-step words of a text ("approved", "ratifica", "одобрил"): a day by one is that step's, the news. */
export function laterStepSpans(doc: MatchDoc): readonly Span[] {
  return wordsOf(doc).steps;
}

/**
 * Whether the signing's day at `span` dates an instrument a later step of its sentence acts on: a ratification or
 * approval word, then the form it governs in its clause, then the signing word nearest before the day.
 */
export function afterLaterStep(doc: MatchDoc, roles: readonly RoleSpan[], span: Span): boolean {
  const sentence = sentenceAt(doc, span.start);
  if (!sentence) return false;
  const signing = roles.filter((r) => r.data === "signing" && r.start >= sentence.start && r.end <= span.start).at(-1);
  if (!signing) return false;
  const { steps, forms } = wordsOf(doc);
  return steps.some(
    (s) =>
      s.start >= sentence.start &&
      forms.some(
        (f) =>
          f.start >= s.end &&
          f.end <= signing.start &&
          f.start - s.end <= GOVERN_REACH &&
          !CLAUSE_BREAK.test(doc.text.slice(s.end, f.start)),
      ),
  );
}
