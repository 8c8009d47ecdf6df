/**
 * Instruments told with many partners, a count of countries after "with": one country's tally, no pair's (read by
 * commitment-tallies.ts for a plural form's clause, and by commitments.ts right after a form of either number).
 */
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm } from "../match/normalize";
import { numberIn } from "./commitment-list-words";

/**
 * Instruments with many partners ("hat bereits mit 30 Staaten Rückübernahmeabkommen abgeschlossen", "заключила с 25
 * странами соглашения", "وقعت مع 25 دولة اتفاقيات", "agreements with more than 40 countries"): "with", at most two
 * words ("more than"), a number of three or more, maybe one qualifier, and a word for countries. The number counts
 * the partners of one country, not the pair's instruments, and no reader could cite one of them.
 */
const WITH = "(?:with|avec|con|com|mit|с|со|مع)";
const PARTNER_WORDS =
  "(?:countries|states|nations|partners|pays|etats|partenaires|paesi|stati|nazioni|partner|paises|estados|naciones|socios|nacoes|parceiros|lander|landern|staaten|nationen|partnern|partnerlandern|стран\\S*|государств\\S*|партнер\\S*|دولة|دول|دولا|بلدا|بلدان)";
const MANY_PARTNERS = new RegExp(`(?:^| )${WITH}(?: \\S+){0,2}? (\\S+)(?: \\S+)? ${PARTNER_WORDS}(?= |$)`, "gu");
/**
 * "With" right after a form, then maybe "more than" and an article, the count, maybe one qualifier, and a word for
 * countries ("Abkommen mit mehr als 40 Staaten", "an agreement with 14 other countries", "accords avec 30 pays").
 */
const WITH_MANY_AFTER = new RegExp(
  `^ ${WITH}(?: (?:more|than|over|plus|de|mas|mais|do|que|di|piu|als|mehr|uber|более|чем|свыше|${norm("أكثر")}|${norm("من")}))*(?: (?:the|les|los|las|i|gli|le|os|as|den|die))? (\\S+)(?: \\S+)? ${PARTNER_WORDS}(?= |$)`,
  "u",
);
/** The fewest partners that make a tally: "the two countries" are the pair, "three states" already many. */
const MANY = 3;

/** Whether a stretch of text sets instruments with three or more partners. */
export function withManyPartners(text: string): boolean {
  return [...` ${norm(text)} `.matchAll(MANY_PARTNERS)].some((m) => (numberIn(m[1] ?? "") ?? 0) >= MANY);
}

/**
 * Whether a form is set with three or more partners right after it, whatever its number ("Rückübernahmeabkommen mit
 * 52 Ländern": a German form word may be singular and plural alike): one country's instruments, no pair's.
 */
export function withManyPartnersAt(doc: MatchDoc, match: LexiconMatch<unknown>): boolean {
  const m = WITH_MANY_AFTER.exec(` ${norm(doc.text.slice(match.span.end, match.span.end + 80))}`);
  return !!m && (numberIn(m[1] ?? "") ?? 0) >= MANY;
}
