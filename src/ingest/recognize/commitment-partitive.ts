/**
 * A count told as the whole an instrument belongs to ("the second of two agreements", "one of two agreements planned",
 * "il secondo di due accordi", "le second de deux accords", "uno de los dos acuerdos", "um dos dois acordos", "eines
 * der beiden Abkommen", "одно из двух соглашений", "إحدى الاتفاقيتين"): an apposition to the instrument named beside
 * it, not a batch of its own.
 */
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm } from "../match/normalize";

/** An ordinal or "one", then "of" (and maybe an article), right before the count (matching form). */
const PARTITIVE = new RegExp(
  `(?:^| )(?:one|first|second|third|fourth|last|l un|l une|le premier|la premiere|le second|la seconde|le deuxieme|la deuxieme|le troisieme|uno|una|el primero|el segundo|el tercero|la primera|la segunda|um|uma|o primeiro|o segundo|o terceiro|a primeira|a segunda|l uno|il primo|il secondo|il terzo|la prima|la seconda|eines|einer|eins|das erste|das zweite|одно|одна|один|первое|второе|третье|первый|второй|${[
    "إحدى",
    "أحد",
    "ثاني",
    "ثالث",
  ]
    .map((w) => norm(w))
    .join(
      "|",
    )}) (?:of|des|de|di|dei|degli|delle|der|из|من)(?: (?:the|les|los|las|os|as|i|gli|le|beiden|die))? \\S+(?: \\S+)?\\s*$`,
  "u",
);

/** Whether a counted form is the whole an instrument named beside it is one of ("the second of two agreements"). */
export function partOfCount(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const before = norm(doc.text.slice(Math.max(0, m.span.start - 48), m.span.start));
  return PARTITIVE.test(` ${before}`);
}
