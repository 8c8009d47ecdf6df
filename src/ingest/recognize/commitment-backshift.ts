/**
 * A pluperfect told right after a verb of telling is the reported news, not an older step: "A statement said two
 * memoranda had been signed", "Le ministère a indiqué que deux mémorandums avaient été signés", "informó que se habían
 * firmado", "ha riferito che erano stati firmati" put the present perfect of the news in the past of the telling (the
 * sequence of tenses). The verb of telling governs the clause: only its complement ("that", "que"…) and the subject
 * stand between ("said in the statement, which … had signed" is another clause's). The clause tells an older step
 * still when it says "already" anywhere ("ya habían firmado", "já tinham assinado", "already had signed") or names an
 * earlier time: a month, a former government, "before" ("had signed in February", "sous le précédent gouvernement",
 * "vor dem Krieg"). Arabic does not shift its tenses ("قال … كانا قد وقعا" is older). The verbs of telling are
 * seed/lexicons/dates.json `tellingVerbs`.
 */
import datesData from "../../../seed/lexicons/dates.json";
import { norm } from "../match/normalize";
import { isMonthWord } from "./date-ranges";

type ByLang = Readonly<Record<string, readonly string[]>>;
const TELLING = (datesData as unknown as { tellingVerbs: ByLang }).tellingVerbs;

let telling: ReadonlySet<string> | undefined;
/** Words at most between the verb of telling and the form (its complementizer, the subject, the auxiliary). */
const TELLING_REACH = 8;
/** Words (normalized) of "already" or of an earlier time that keep a pluperfect an older step. */
const EARLIER =
  /(?:^| )(?:already|deja|gia|ya|ja|bereits|schon|уже|previous|former|earlier|before|precedent\p{L}*|ancien\p{L}*|avant|precedente|prima|anterior\p{L}*|antes|vorherig\p{L}*|fruher\p{L}*|vor|предыдущ\p{L}*|прежн\p{L}*|до|last|dernier|derniere|passe|passee|scorso|pasado|passado|vergangen\p{L}*|letzt\p{L}*|hace|ago|during|pendant|durante|wahrend|прошл\p{L}*|назад)(?= |$)/u;
const ARABIC = /\p{Script=Arabic}/u;
/** What may stand between the verb of telling and its clause: no other clause. */
const BREAK =
  /[;:()"“”«»]|(?:^| )(?:which|who|where|lequel|laquelle|dont|cui|donde|onde|welche\p{L}*|который\p{L}*|которая|которые)(?= |$)/u;

/**
 * Whether the pluperfect of `told` (the form's clause, normalized) is told right after a verb of telling in `before`
 * (its sentence up to the form).
 */
export function backshifted(before: string, told: string): boolean {
  if (ARABIC.test(told) || EARLIER.test(told)) return false;
  if (told.split(" ").some((w) => w.length > 2 && isMonthWord(w))) return false;
  telling ??= new Set(
    Object.entries(TELLING)
      .filter(([k]) => !k.startsWith("$"))
      .flatMap(([, words]) => words.map((w) => norm(w))),
  );
  const words = norm(before).split(" ").filter(Boolean);
  const at = words.findLastIndex((w) => telling?.has(w));
  if (at < 0 || words.length - 1 - at > TELLING_REACH) return false;
  return !BREAK.test(words.slice(at + 1).join(" "));
}
