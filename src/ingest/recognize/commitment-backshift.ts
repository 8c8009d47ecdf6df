/**
 * A pluperfect told after a verb of telling is the reported news, not an older step: "A statement said two memoranda
 * had been signed", "Le ministère a indiqué que deux mémorandums avaient été signés", "informó que se habían
 * firmado", "ha riferito che erano stati firmati" put the present perfect of the news in the past of the telling
 * (the sequence of tenses). An "already" in the pluperfect ("said they had already signed three") still tells an
 * older step. The verbs of telling are seed/lexicons/dates.json `tellingVerbs`.
 */
import datesData from "../../../seed/lexicons/dates.json";
import { norm } from "../match/normalize";

type ByLang = Readonly<Record<string, readonly string[]>>;
const TELLING = (datesData as unknown as { tellingVerbs: ByLang }).tellingVerbs;

let telling: ReadonlySet<string> | undefined;
/** Words of "already" (normalized) that keep a pluperfect an older step. */
const ALREADY = /(?:^| )(?:already|deja|gia|ya|ja|bereits|schon|уже|سبق)(?= |$)/u;

/** Whether the pluperfect `phrase` (normalized) is told after a verb of telling in `before` (its sentence up to the form). */
export function backshifted(before: string, phrase: string): boolean {
  telling ??= new Set(
    Object.entries(TELLING)
      .filter(([k]) => !k.startsWith("$"))
      .flatMap(([, words]) => words.map((w) => norm(w))),
  );
  if (ALREADY.test(phrase)) return false;
  return norm(before)
    .split(" ")
    .some((w) => telling?.has(w));
}
