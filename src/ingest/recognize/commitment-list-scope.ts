/**
 * Whether the areas an uncounted batch names are its whole content, one instrument each, or only examples of what it
 * covers, one batch.
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { Span } from "../types";
import { isPluralForm } from "./commitment-plural";
import { distributiveOf } from "./commitment-coordination-words";
import { wordsBefore } from "./commitment-list-words";
import { anyIn, lists } from "./commitment-word-lists";

/**
 * Words that give a list as examples, not whole ("such as", "including", "notamment", "como", "wie", "такие как"), or
 * as what a batch aims at ("aimed at deepening economic and cultural ties", "visant à", "направленные на", "بهدف").
 */
const NOT_WHOLE =
  /(?:^|[^\p{L}])(?:such as|including|like|among them|in particular|aimed at|aiming at|intended to|designed to|notamment|tels? que|telles? que|comme|dont|visant|destinée?s? à|afin de|como|incluyendo|incluidos?|entre ellos|destinad[oa]s a|encaminad[oa]s a|orientad[oa]s a|dirigid[oa]s a|em especial|incluindo|inclusive|visando|com vista|tra cui|come|quali|volt[ie] a|finalizzat[ie] a|mirat[ie] a|wie|darunter|etwa|insbesondere|mit dem ziel|zielen|такие как|таких как|в том числе|включая|направленн\p{L}*|нацеленн\p{L}*|منها|مثل|بينها|تهدف|الرامية|بهدف)(?=$|[^\p{L}])/iu;

/**
 * Words that leave a list open ("among others", "entre autres", "fra l'altro", "unter anderem", "среди прочего",
 * "من بين أمور أخرى"): the areas an uncounted batch covers, among more, so one batch, not an instrument per area.
 */
const AMONG_OTHERS =
  /(?:^|[^\p{L}])(?:among others|among other things|inter alia|entre autres|fra l['’]altro|tra l['’]altro|fra gli altri|tra gli altri|entre otros|entre otras|entre outros|entre outras|unter anderem|среди прочего|помимо прочего|من بين أمور أخرى|وغيرها)(?=$|[^\p{L}])/iu;

/** Whether an uncounted list leaves its areas open ("agreements covering, among others, trade, health and culture"). */
export function amongOthers(doc: MatchDoc, list: Span): boolean {
  return AMONG_OTHERS.test(doc.text.slice(list.start, list.end));
}

/** A word telling a batch without its number stands this many words before its form at most ("a series of new"). */
const VAGUE_REACH = 3;

/** Distributive words that may be a bare indefinite article too ("um", "una"): they name no item by themselves. */
const BARE_ONE = new Set(["one", "um", "uma", "uno", "una"]);

/**
 * Whether a batch is told as one of unknown size ("several agreements", "a series of memoranda", "diversos
 * convenios", "ряд соглашений", "عدة اتفاقيات"): the areas after it describe the batch, however whole the list,
 * unless its list names items one by one ("vários memorandos, entre os quais um sobre…, outro na área…").
 */
export function vagueBatch(doc: MatchDoc, form: LexiconMatch<unknown>, list: Span): boolean {
  const { vague, vagueLinks } = lists(doc);
  // The word right before the form, or joined to it by "of" or a qualifier ("a series of new agreements"); not one
  // of another noun ("Several ministers signed agreements…").
  let told = false;
  for (const w of wordsBefore(doc, form, VAGUE_REACH)) {
    if (anyIn(vague, w)) told = true;
    if (told || !anyIn(vagueLinks, w)) break;
  }
  if (!told) return false;
  return !distributiveOf(doc).some(
    (d) => d.span.start >= list.start && d.span.end <= list.end && !BARE_ONE.has(d.pattern.toLowerCase()),
  );
}

/**
 * Whether a plural form is one of an uncounted batch, told so itself (`vagueBatch`) or joined to a form told so right
 * before it: "a number of agreements and memorandums of understanding in trade, culture and security" is one batch of
 * each form, not one memorandum per area. Only a conjunction may stand between the two forms.
 */
export function vagueJoined(
  doc: MatchDoc,
  form: LexiconMatch<unknown>,
  previous: LexiconMatch<unknown> | undefined,
  list: Span,
): boolean {
  if (vagueBatch(doc, form, list)) return true;
  if (!previous || !JOINED.test(doc.text.slice(previous.span.end, form.span.start))) return false;
  return isPluralForm(doc, previous) && vagueBatch(doc, previous, list);
}

/**
 * Nothing but a conjunction between two forms ("agreements and memoranda", "اتفاقيات ومذكرات"): a complement of the
 * first ("several agreements on trade and memoranda on…") or a verb ("… exist and memoranda were signed") tells a
 * list or a clause of its own.
 */
const JOINED = /^\s*(?:and|as well as|et|ainsi que|e|ed|y|e também|und|sowie|и|а также)?\s*$/iu;

/**
 * Whether an uncounted batch names its areas whole, one by one ("signed memoranda in the areas of energy, fighting
 * crime, culture and food safety"): each area is an instrument of it, as the areas of a counted batch are, unless
 * the list gives them as examples ("in areas such as trade and health") or as what they aim at, or the batch is told
 * as one of unknown size (`vagueBatch`).
 */
export function areasNamed(doc: MatchDoc, list: Span): boolean {
  return !NOT_WHOLE.test(doc.text.slice(list.start, list.end));
}
