/**
 * What may stand between a future word and the status word it governs, the clause running on past it:
 * - asides set off by commas right after the verb ("procéderont, ce lundi, à 15 h, à la signature");
 * - a German reporting aside ("sollen Lawrow und Choquehuanca, wie Sacharowa ergänzte, einen Aktionsplan unterschreiben");
 * - a clause of "after" telling what must come first (below).
 *
 * A ratification told in a clause of "after" that the future of an entry into force governs is still ahead: it is
 * what the entry waits for ("El acuerdo comenzará a regir 30 días después de que los países se comuniquen que lo han
 * ratificado", "will take effect after both parties have ratified it", "entrerà in vigore dopo che entrambi l'avranno
 * ratificato"). A signing in such a clause, or any step after another future ("will meet again after they signed"),
 * is left as told. The openers are the words of an earlier step (seed/lexicons/
 * commitments.json `clauseWords.earlier`). A clause dated to a day, a month or a year tells of a step done ("will
 * meet again after the agreement signed on Monday", "…after they signed three today"), not of one awaited.
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import { AFTER_OPENER } from "./commitment-clause-words";
import { DAY_WORD, WEEKDAY } from "./commitment-weekday";
import { isMonthWord } from "./date-ranges";

/** How many words at most stand between the future verb and the step its "after" clause tells. */
const STEP_REACH = 20;
/** Punctuation that ends the future's clause (a comma may set the "after" clause apart: "…, nachdem"). */
const BREAK = /[.;:!?؛؟\n]/u;
const YEAR = /(?<!\d)(?:1[89]|20)\d{2}(?!\d)/u;

/** Words of an entry into force or taking effect, as written ("entrará en vigor", "comenzará a regir", "take effect"). */
const ENTRY =
  /(?:into force|in force|take effect|takes effect|become effective|becomes effective|en vigueur|effecti[fv]|in vigore|efficac|en vigor|a regir|em vigor|a vigorar|in kraft|wirksam|в силу|حيز)/iu;
/** Relative pronouns that open another clause inside the "after" clause. */
const RELATIVE_PRONOUN =
  /(?<!\p{L})(?:which|who|lequel|laquelle|dont|cui|il quale|la quale|cuyo|cuya|el cual|la cual|o qual|a qual|welche\p{L}*|котор\p{L}+)(?!\p{L})/iu;

/**
 * Whether a future word `m` governs a ratification `cue` through an "after" clause between them, the future being an
 * entry into force's: the step the entry waits for.
 */
export function stepAfterFuture(doc: MatchDoc, m: LexiconMatch<unknown>, cue: LexiconMatch<unknown>): boolean {
  if (cue.data !== "ratified" || m.tokenEnd > cue.tokenStart || cue.tokenStart - m.tokenEnd > STEP_REACH) return false;
  const gap = doc.text.slice(m.span.end, cue.span.start);
  if (/[.;:!?؛؟\n,]/u.test(gap)) return false;
  const opener = AFTER_OPENER.exec(gap);
  // The future is an entry into force's, right before the "after" clause ("comenzará a regir 30 días después de que").
  if (!opener || !ENTRY.test(doc.text.slice(m.span.start, m.span.end + opener.index))) return false;
  // The "after" clause, from its opener to the end of the step's clause: no day, month or year of its own, and no
  // clause of another subject inside ("after the law, which was ratified…").
  const rest = doc.text.slice(m.span.end + opener.index);
  const clause = rest.slice(0, BREAK.exec(rest)?.index ?? rest.length);
  const dated = WEEKDAY.test(clause) || YEAR.test(clause) || DAY_WORD.test(clause);
  return !dated && !RELATIVE_PRONOUN.test(gap) && !clause.split(/[\s,]+/u).some(isMonthWord);
}

/** Asides a comma opens right after a future verb, before its signing: at most this many, each this many words. */
const ASIDES = 3;
const ASIDE_WORDS = 6;
/** Words at most between the last aside and the signing noun ("à la", "a"). */
const LINK_WORDS = 3;

/**
 * Whether the words between a future verb and the signing it governs are asides set off by commas, the first right
 * after the verb ("procéderont, ce lundi, à 15 h, à la signature", "permitirá, de igual forma, a assinatura"):
 * time or manner told in passing, not another clause.
 */
export function asidesBetween(doc: MatchDoc, m: LexiconMatch<string>, cue: LexiconMatch<unknown>): boolean {
  if (m.tokenEnd > cue.tokenStart) return false;
  const gap = doc.text.slice(m.span.end, cue.span.start);
  if (!/^\s*,/u.test(gap) || /[.;:!?\n()]/u.test(gap)) return false;
  const [, ...parts] = gap.split(",");
  const link = parts.pop() ?? "";
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
  return (
    parts.length >= 1 &&
    parts.length <= ASIDES &&
    parts.every((a) => words(a) <= ASIDE_WORDS) &&
    words(link) <= LINK_WORDS
  );
}

/**
 * A German clause less the reporting aside its commas set off ("sollen Lawrow und Choquehuanca, wie Sacharowa
 * ergänzte, einen Aktionsplan unterschreiben", ", so der Minister,"): the clause runs on past it, unless a conjunction
 * after it opens another ("…, wie vereinbart, und die Abkommen wurden unterzeichnet"), nor when a relative clause of
 * the aside's own noun follows it ("…, wie es in der Erklärung heißt, die die Minister unterzeichneten").
 */
export function withoutGermanAside(gap: string): string {
  const aside = GERMAN_ASIDE.exec(gap);
  if (!aside) return gap;
  const after = gap.slice(aside.index + aside[0].length);
  // "…, wie es in der Erklärung heißt, die die Minister … unterzeichneten": a relative clause of the aside's noun.
  if (GERMAN_AND.test(after) || GERMAN_RELATIVE.test(after)) return gap;
  return `${gap.slice(0, aside.index)} ${after}`;
}
const GERMAN_ASIDE = /,\s*(?:wie|so\s+(?:der|die|das|ein|eine))\s[^,;:.!?\n]{1,60},/u;
const GERMAN_RELATIVE = /^\s*(?:die|der|das|den|dem|deren|dessen|denen|welche\p{L}*|wo|was)(?!\p{L})/iu;
const GERMAN_AND =
  /(?<!\p{L})(?:und|oder|aber|sowie|denn|doch|sondern|während|weil|als|da|obwohl|nachdem|bevor|wenn|sobald|dass)(?!\p{L})/iu;
