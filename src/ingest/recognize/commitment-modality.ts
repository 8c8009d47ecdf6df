/**
 * The modality words of a text (seed/lexicons/commitments.json `modality`, and the future tenses): negation, future,
 * consideration and the other words that change a status word in its clause, less those that only look like one.
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { Span } from "../types";
import { commitmentLexicons, type Modality } from "./commitment-cues";
import { futureTenses } from "./commitment-future";
import { isMonthWord } from "./date-ranges";

/**
 * Whether a negation word is a word of another language written the same: a month by a day or a year ("19. Mai",
 * "en mai 2024" are not Italian "mai"), or a capitalized noun inside a sentence (German "Mai"). A negation that is no
 * month's name is one after figures too ("الموقعة في 5 يونيو 2023 لم تدخل", "от 5 июня 2023 года не вступило").
 */
function foreignNegation(doc: MatchDoc, m: LexiconMatch<Modality>): boolean {
  if (m.data !== "negation") return false;
  const before = doc.text.slice(Math.max(0, m.span.start - 8), m.span.start);
  const byFigures = /\d\.?\s*$/.test(before) || /^\s+\d{4}\b/.test(doc.text.slice(m.span.end, m.span.end + 6));
  if (byFigures && isMonthWord(m.span.text)) return true;
  return /^\p{Lu}/u.test(m.span.text) && !/(?:^|[.!?:\n]["»”’)]*)\s*$/u.test(before);
}

/** Modality words of a text that are not part of a subject's own name ("sans visa", "without a visa"). */
export function modalityOf(doc: MatchDoc, subjects: readonly Span[]): LexiconMatch<Modality>[] {
  // Set phrases that only look like a modality word ("в целом": on the whole, not "цель", a goal).
  const idioms = [
    ...subjects,
    ...commitmentLexicons()
      .notModality.match(doc)
      .map((m) => m.span),
  ];
  return [...commitmentLexicons().modality.match(doc), ...futureTenses(doc)]
    .filter((m) => !idioms.some((s) => m.span.start < s.end && s.start < m.span.end))
    .filter((m) => !foreignNegation(doc, m) && !(m.data === "goal" && pointsBack(doc, m)));
}

/**
 * A demonstrative right before a goal word points back to an aim already told ("Zu diesem Zweck setzten … ihre
 * Unterschrift unter ein Abkommen", "to this purpose", "с этой целью", "لهذا الغرض"): what follows is its means, no
 * step still ahead.
 */
const POINTING_BACK =
  /^(?:this|that|these|those|same|ce|cet|cette|ces|meme|questo|questa|quello|quella|tale|stesso|stessa|este|esta|ese|esa|tal|dicho|dicha|mismo|misma|esse|essa|mesmo|mesma|dieser|diesem|diesen|dies|jenem|этой|этои|этим|этот|эту|тои|той|هذا|لهذا|ولهذا|ذلك|لذلك|ولذلك|نفس|لنفس|ولنفس)$/iu;
/** What a goal word pointing forward opens right after it ("this goal — the signing", "the same goal of signing", "هذا الهدف المتمثل في"). */
const FORWARD = /^\s*(?:[—–:-]|(?:of|de|d['’]|du|des|di|del|della|do|da|das|dos|der|des|в|المتمثل\p{L}*)(?!\p{L}))/iu;

/** Whether a goal word points back to an aim told before: a demonstrative before it, nothing opening it after. */
function pointsBack(doc: MatchDoc, m: LexiconMatch<Modality>): boolean {
  return POINTING_BACK.test(doc.tokens[m.tokenStart - 1]?.text ?? "") && !FORWARD.test(doc.text.slice(m.span.end));
}
