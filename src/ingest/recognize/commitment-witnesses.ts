/**
 * Witnesses of a signing: a company or business people named after "in the presence of" ("In the presence of
 * businessmen…", "en présence d'hommes d'affaires", "بحضور رجال الأعمال") watch two states sign; they are not the
 * signers, so their words make no deal between firms.
 */
import { type MatchDoc, norm } from "../match/normalize";
import type { Span } from "../types";

/** Phrases that put who follows them among a signing's witnesses, in the eight languages. */
const PRESENCE = [
  "in the presence of",
  "witnessed by",
  "en presence de",
  "en presence d",
  "alla presenza di",
  "alla presenza dei",
  "alla presenza degli",
  "in presenza di",
  "en presencia de",
  "ante",
  "na presenca de",
  "na presenca dos",
  "perante",
  "im beisein von",
  "im beisein der",
  "in anwesenheit von",
  "in anwesenheit der",
  "в присутствии",
  "بحضور",
  "وبحضور",
  "في حضور",
];
/** Characters before a company word in which a presence phrase may stand (an article or a word between). */
const PRESENCE_REACH = 40;
let phrases: RegExp | undefined;

/** Whether a company word stands right after a presence phrase, a word or two at most between. */
export function witnesses(doc: MatchDoc, company: Span): boolean {
  phrases ??= new RegExp(`(?:^| )(?:${PRESENCE.map((p) => norm(p)).join("|")})(?: \\S+){0,2} ?$`, "u");
  const before = norm(doc.text.slice(Math.max(0, company.start - PRESENCE_REACH), company.start));
  return phrases.test(before);
}
