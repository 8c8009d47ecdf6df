/**
 * The procedures a party completes for an instrument to enter into force ("completed the domestic requirements for
 * the entry into force of the agreement", "ont achevé les procédures internes nécessaires à l'entrée en vigueur",
 * "завершили процедуры, необходимые для вступления в силу", "استكملت الإجراءات اللازمة لدخول الاتفاقية حيز التنفيذ"):
 * the entry-into-force noun names their purpose, not a step taken. Done ("completed" right by them), they are the
 * parties' ratification; still to do, they tell no status. Only the noun of entry, joined to the procedures by a
 * word of purpose ("for the", "nécessaires à", "für das", "необходимые для", "اللازمة ل"), is read so: "the
 * agreement on customs procedures entered into force" and "after the procedures, the agreement entered into force"
 * tell an entry. The words are ours (commitments.json `entryProcedures`).
 */
import commitmentsData from "../../../seed/lexicons/commitments.json";
import type { LexiconMatch } from "../match/lexicon";
import { docWords } from "../match/doc-words";
import type { MatchDoc } from "../match/normalize";

type ByLang = Readonly<Record<string, readonly string[]>>;
const DATA = (commitmentsData as unknown as { entryProcedures: { nouns: ByLang; completed: ByLang } }).entryProcedures;

/** The noun of entry into force (not a verb: "entered into force", "est entré en vigueur"). */
const ENTRY_NOUN =
  /^(?:entry into force|entr[ée]e en vigueur|entrata in vigore|entrada en vigor|entrada em vigor|inkrafttreten\p{L}*|вступлени\p{L}* в силу|حيز التنفيذ|حيز النفاذ)$/iu;
/** Adjectives of purpose after the procedures ("necessary", "nécessaires", "erforderlichen", "необходимые"). */
const NEEDED =
  "necessary|needed|required|requisite|n[ée]cessaires?|requis(?:es)?|indispensables?|necessari[aeio]?|richiest[aeio]|necesari[oa]s?|requerid[oa]s?|necess[aá]ri[oa]s?|exigid[oa]s?|erforderlichen?|notwendigen?|необходим\\p{L}*|требуем\\p{L}*";
/** Links of purpose before the entry noun ("for the", "à l'", "per l'", "para la", "für das", "для"). */
const FOR =
  "for the|for|to the|to|à l['’]|à la|au|aux|à|pour l['’]|pour la|pour le|pour|per l['’]|per la|per il|per|all['’]|alla|al|para la|para el|para|ao|a la|a|für das|für|zum|zur|для";
/**
 * Words of purpose between the procedures and the entry noun, an adjective of the procedures before them and nothing
 * else ("necessary for the", "internes nécessaires à l'", "interne necessarie per l'").
 */
const PURPOSE = new RegExp(`^[\\s,]*(?:\\p{L}+\\s+)?(?:(?:${NEEDED})(?:\\s+(?:${FOR}))?|(?:${FOR}))\\s*$`, "iu");
/** Arabic: a word of purpose, the noun of entering, then the instrument before the place of entry ("اللازمة لدخول اتفاقية الصيد"). */
const ARABIC_PURPOSE = /^\s*(?:\S+\s+)?(?:(?:اللازمة|الضرورية|المطلوبة)\s+)?(?:ل|و)?دخول(?:\s+\S+){0,4}\s*$/u;
/** A procedure noun stands this many words before the entry noun at most ("procedures necessary for the"). */
const NOUN_REACH = 4;
/** …this many when Arabic names the instrument between ("اللازمة لدخول اتفاقية الصيد حيز"). */
const ARABIC_REACH = 7;
/** A completion word governs the procedures this many words before them ("the completion by both countries of their respective domestic requirements")… */
const DONE_BEFORE = 8;
/** …or after the entry noun, its instrument between ("…à l'entrée en vigueur de l'accord ont été achevées"). */
const DONE_AFTER = 6;
/** Punctuation that ends a clause (a comma may stand inside the phrase: "процедуры, необходимые для"). */
const BREAK = /[.;:!?؛؟\n]/u;

const wordsOf = docWords({ nouns: DATA.nouns, completed: DATA.completed });

/** The reading of an entry-into-force word that procedures for it stand right before. */
export type EntryProcedures = { done: LexiconMatch<true> } | "ahead";

/**
 * What an entry-into-force word stands for when procedures for it stand right before it: done, with the completion
 * word that tells it, or still ahead; undefined when it is an entry into force of its own.
 */
export function entryProcedures(doc: MatchDoc, cue: LexiconMatch<unknown>): EntryProcedures | undefined {
  if (!ENTRY_NOUN.test(doc.text.slice(cue.span.start, cue.span.end).replace(/\s+/gu, " "))) return undefined;
  const { nouns, completed } = wordsOf(doc);
  const noun = nouns.find((n) => {
    if (n.tokenEnd > cue.tokenStart) return false;
    const gap = doc.text.slice(n.span.end, cue.span.start);
    if (BREAK.test(gap)) return false;
    if (ARABIC_PURPOSE.test(gap)) return cue.tokenStart - n.tokenEnd <= ARABIC_REACH;
    return cue.tokenStart - n.tokenEnd <= NOUN_REACH && PURPOSE.test(gap);
  });
  if (!noun) return undefined;
  const done = completed.find(
    (c) =>
      (c.tokenEnd <= noun.tokenStart &&
        noun.tokenStart - c.tokenEnd <= DONE_BEFORE &&
        !BREAK.test(doc.text.slice(c.span.end, noun.span.start))) ||
      (c.tokenStart >= cue.tokenEnd &&
        c.tokenStart - cue.tokenEnd <= DONE_AFTER &&
        !BREAK.test(doc.text.slice(cue.span.end, c.span.start))),
  );
  return done ? { done } : "ahead";
}

/**
 * The status an entry-into-force word stands for when procedures for it stand right before it: the parties'
 * ratification when done and no negation or future governs their completion (`denies`), null when still ahead or
 * denied; undefined when it is an entry into force of its own.
 */
export function proceduresStatus(
  doc: MatchDoc,
  cue: LexiconMatch<unknown>,
  denies: (done: LexiconMatch<true>) => boolean,
): "ratified" | null | undefined {
  const procedures = entryProcedures(doc, cue);
  if (!procedures) return undefined;
  return procedures !== "ahead" && !denies(procedures.done) ? "ratified" : null;
}
