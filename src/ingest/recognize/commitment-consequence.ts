/**
 * An entry into force told as the consequence of a step still ahead: "Heute werden die Minister das Protokoll
 * unterschreiben; damit tritt der Vertrag in Kraft", "The ministers will sign the protocol, whereupon the treaty
 * enters into force". Its present tense is the future's consequence, so the entry into force is still planned; the
 * same consequence of a step done ("Heute wurde das Protokoll unterzeichnet; damit tritt der Vertrag in Kraft")
 * stays in force.
 */
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm, sentenceAt } from "../match/normalize";

/** Words that make what follows the consequence of what came before in the sentence, as normalized tokens. */
const CONSEQUENCE: readonly string[][] = [
  "thereby",
  "whereupon",
  "with which",
  "with this",
  "with that",
  "ainsi",
  "de ce fait",
  "così",
  "in tal modo",
  "con ciò",
  "así",
  "con lo cual",
  "con ello",
  "assim",
  "com isso",
  "com o que",
  "damit",
  "dadurch",
  "womit",
  "тем самым",
  "после чего",
  "وبذلك",
  "وبهذا",
].map((p) => norm(p).split(" "));
/**
 * Words opening a sentence on a condition still to be met ("Sobald das Protokoll unterschrieben ist, ist das
 * Verfahren zum Inkrafttreten beendet", "Once it is ratified, the agreement enters into force"): what the main
 * clause tells after it is ahead too.
 */
const ONCE: readonly string[][] = [
  "once",
  "as soon as",
  "sobald",
  "des que",
  "une fois que",
  "non appena",
  "una volta che",
  "tan pronto como",
  "una vez que",
  "assim que",
  "logo que",
  "как только",
  "بمجرد",
  "فور",
].map((p) => norm(p).split(" "));
/** …or follows the entry into force within this many words ("enters into force, once it is ratified"). */
const ONCE_AFTER = 2;
/** An entry into force told in a past tense, which no condition after it puts ahead ("entered into force once…"). */
const TOLD_DONE =
  /(?:^|\s)(?:entered|came|took|went|entrée?s?|entrat[oaie]|entró|entrou|trat|getreten|вступил[аио]?|دخلت?)(?=[\s,.;:]|$)/iu;
/** Characters after an entry into force where a German participle tells it done ("in Kraft getreten"). */
const PARTICIPLE_CHARS = 12;
/** The condition word opens the sentence within this many words. */
const ONCE_AT = 2;
/** The consequence word stands this many words before the entry into force at most. */
const CONSEQUENCE_REACH = 20;

/**
 * Whether an entry into force follows a consequence word, a future word standing before that in its sentence, or
 * its sentence opens on a condition still to be met.
 */
export function consequenceOfFuture(
  doc: MatchDoc,
  cue: LexiconMatch<unknown>,
  modality: readonly LexiconMatch<string>[],
): boolean {
  const sentence = sentenceAt(doc, cue.span.start);
  if (!sentence) return false;
  const word = (i: number) => doc.tokens[i]?.text ?? "";
  const inSentence = (i: number) => (doc.map[doc.tokens[i]?.start ?? -1] ?? -1) >= sentence.start;
  const once = (i: number) => ONCE.some((p) => p.every((w, k) => word(i + k) === w));
  // A condition told with an entry into force done stays in force ("Once ratified, it entered into force in May";
  // German tells it done by the participle after: "ist in Kraft getreten, sobald…").
  if (!TOLD_DONE.test(doc.text.slice(cue.span.start, cue.span.end + PARTICIPLE_CHARS))) {
    // "…tritt in Kraft, sobald es unterzeichnet ist", "enters into force once ratified": the condition right after it.
    for (let i = cue.tokenEnd; i <= cue.tokenEnd + ONCE_AFTER; i++) if (once(i)) return true;
    // "Sobald das Protokoll unterschrieben ist, …", "Once ratified, …": the sentence opens on it.
    const first = doc.tokens.findIndex((_t, i) => i < cue.tokenStart && inSentence(i));
    if (first >= 0)
      for (let i = first; i < Math.min(first + ONCE_AT + 1, cue.tokenStart); i++) if (once(i)) return true;
  }
  for (let i = cue.tokenStart - 1; i >= Math.max(0, cue.tokenStart - CONSEQUENCE_REACH) && inSentence(i); i--) {
    if (!CONSEQUENCE.some((p) => p.every((w, k) => word(i + k) === w))) continue;
    return modality.some((f) => f.data === "future" && f.span.start >= sentence.start && f.tokenEnd <= i);
  }
  return false;
}
