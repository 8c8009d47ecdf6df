/**
 * The role words around a date (seed/lexicons/dates.json `roles`): a signing's, an entry into force's or the event's
 * own ("signed on 3 May", "entered into force on 1 June", "held on Monday"), and the role a date takes from the nearest
 * of them in its sentence.
 */
import datesData from "../../../seed/lexicons/dates.json";
import { entryProcedures } from "./commitment-entry-procedures";
import { entriesOf, Lexicon } from "../match/lexicon";
import { CLAUSE_BREAK, type MatchDoc, norm, sentenceAt } from "../match/normalize";
import type { DateHit } from "../types";
import type { Found } from "./calendar";
import { modalityOf } from "./commitment-modality";
import { DATED_SIGNING, dayFollows } from "./commitment-senses";
import { datelineOfDoc } from "./dateline";
import { partiesFollow } from "./party-links";

type ByLang = Readonly<Record<string, readonly string[]>>;
type Role = DateHit["role"];
/** A role word's span in the text. */
export type RoleSpan = { start: number; end: number; data: Exclude<Role, "other"> };
// The JSON is ours (seed/lexicons).
const DATA = datesData as unknown as { roles: Readonly<Record<"entry-into-force" | "signing" | "event", ByLang>> };

/** A role word after its date counts this many characters farther than one before it. */
const AFTER_PENALTY = 20;

/** How far a role word stands from a date (characters), one after the date counting `AFTER_PENALTY` farther. */
export function roleDistance(word: { start: number; end: number }, date: { start: number; end: number }): number {
  if (word.end <= date.start) return date.start - word.end;
  return word.start >= date.end ? word.start - date.end + AFTER_PENALTY : 0;
}

/** How far (characters) a role word may be from its date. */
const ROLE_REACH = 120;
/** A date in the first characters of a text is a dateline: the date of the happening. */
export const DATELINE_CHARS = 80;

let roleLex: Lexicon<Exclude<Role, "other">> | undefined;
function roles() {
  roleLex ??= new Lexicon(
    (["entry-into-force", "signing", "event"] as const).flatMap((role) => entriesOf(DATA.roles[role], role)),
  );
  return roleLex;
}

/** How far (characters) before an entry into force a negation denies it ("has not entered", "لم تدخل حيز"). */
const DENIED_REACH = 24;

/**
 * Words that may stand between a negation and the entry into force it denies: auxiliaries, "yet", "still", the verb
 * of entering ("has not yet entered", "n'est toujours pas entré", "non è ancora entrato", "لم تدخل بعد حيز"). Any other
 * word is another verb's ("qui ne nécessite pas de ratification et entre en vigueur", "Russia did not sign entered").
 */
const DENIAL_GAP = new Set(
  [
    "yet",
    "still",
    "has",
    "have",
    "had",
    "been",
    "is",
    "are",
    "was",
    "were",
    "be",
    "encore",
    "toujours",
    "pas",
    "point",
    "jamais",
    "est",
    "sont",
    "etait",
    "a",
    "ont",
    "ete",
    "ancora",
    "e",
    "sono",
    "stato",
    "stata",
    "stati",
    "mai",
    "aun",
    "todavia",
    "ha",
    "han",
    "habia",
    "ainda",
    "foi",
    "foram",
    "tem",
    "teve",
    "sido",
    "noch",
    "ist",
    "sind",
    "sei",
    "war",
    "waren",
    "hat",
    "haben",
    "nie",
    "nicht",
    "еще",
    "пока",
    "так",
    "и",
    "بعد",
    "تدخل",
    "يدخل",
    "دخلت",
    "دخل",
    "يبدا",
    "تبدا",
    "يسري",
    "تسري",
    "قد",
  ].map(norm),
);
const deniesNext = (gap: string) =>
  norm(gap)
    .split(" ")
    .filter(Boolean)
    .every((w) => DENIAL_GAP.has(w));

const roleCache = new WeakMap<MatchDoc, RoleSpan[]>();
/**
 * The role words of a text; an entry into force a negation denies ("has not entered into force", "n'est pas entré en
 * vigueur", "لم تدخل حيز التنفيذ") is no role: the day by it is not its effect's.
 */
export function roleSpans(doc: MatchDoc): RoleSpan[] {
  let spans = roleCache.get(doc);
  if (!spans) {
    const negations = modalityOf(doc, []).filter((m) => m.data === "negation");
    // A participle that signs only when a day follows it ("المبرمة في 17 جوان 2003") names no signing's day otherwise.
    const dated = roles()
      .match(doc)
      .filter((m) => !DATED_SIGNING.has(m.pattern) || dayFollows(doc, m))
      // "completed the procedures for the entry into force": the day by it is no entry into force's.
      .filter((m) => m.data !== "entry-into-force" || !entryProcedures(doc, m))
      .map((m) => ({ start: m.span.start, end: m.span.end, data: m.data }));
    spans = dated.filter(
      (r) =>
        r.data !== "entry-into-force" ||
        !negations.some(
          (n) =>
            n.span.end <= r.start &&
            r.start - n.span.end <= DENIED_REACH &&
            !CLAUSE_BREAK.test(doc.text.slice(n.span.end, r.start)) &&
            deniesNext(doc.text.slice(n.span.end, r.start)),
        ),
    );
    roleCache.set(doc, spans);
  }
  return spans;
}

/** An entry into force told verb last (German): the day before it is its own ("am 1. Februar in Kraft getreten"). */
const VERB_LAST = /^in\s+kraft/iu;

/** Whether a signing word is followed by its parties ("signed between", "firmado entre"): a participle describing. */
function attributive(doc: MatchDoc, c: RoleSpan): boolean {
  return partiesFollow(doc.text, c.end);
}

/** Words of a place's name besides capitalized ones ("Santiago de Chile", "Ciudad de Panamá"). */
const PLACE_PARTICLES = /^(?:de|del|da|do|di|of|la|el|al|le|les|des)$/u;
/** A dateline's place stands in this many words at most before its day. */
const PLACE_WORDS = 4;

/** Whether only a place's name stands before a dateline's day ("Montevideo, 16 feb"), not a sentence's words. */
function placeBefore(doc: MatchDoc, from: number, to: number): boolean {
  const words = doc.text
    .slice(from, to)
    .split(/[\s,.;:()]+/u)
    .filter(Boolean);
  return (
    words.length <= PLACE_WORDS &&
    words.every((w) => /^\p{Lu}/u.test(w) || PLACE_PARTICLES.test(w) || /^[\u0600-\u06ff]/u.test(w))
  );
}

/**
 * The role of a date from the nearest role word of its sentence. A dateline's day ("Montevideo, 16 feb (AGENCY).- El
 * acuerdo que firmaron el 3 de octubre…") is the report's, whatever the words of the sentence it opens.
 */
export function roleOf(doc: MatchDoc, roleSpans: readonly RoleSpan[], f: Found): Role {
  const dateline = datelineOfDoc(doc);
  if (dateline && f.start >= dateline.start && f.end <= dateline.end && placeBefore(doc, dateline.start, f.start))
    return "event";
  const sentence = sentenceAt(doc, f.start) ?? { start: 0, end: doc.text.length };
  let best: { distance: number; role: Role; span: RoleSpan } | undefined;
  for (const c of roleSpans) {
    if (c.start < sentence.start || c.end > sentence.end) continue;
    // "The following day, they signed": only the words of the clause it opens, a signing's first.
    if (f.opensClause) {
      if (c.start < f.end || c.start - f.end > ROLE_REACH) continue;
      if (c.data === "signing") return "signing";
    }
    const distance = roleDistance(c, f);
    if (distance > ROLE_REACH) continue;
    if (!best || distance < best.distance) best = { distance, role: c.data, span: c };
  }
  // "On Monday the agreement signed between Paraguay and Panama entered into force": a signing participle naming its
  // parties describes the instrument; the day is its sentence's entry into force, unless it follows the participle.
  if (best?.role === "signing" && attributive(doc, best.span) && f.end <= best.span.start) {
    const inSentence = (c: RoleSpan) => c.start >= sentence.start && c.end <= sentence.end;
    if (roleSpans.some((c) => c.data === "entry-into-force" && inSentence(c))) return "entry-into-force";
  }
  // "signed by Paraguay and Panama on 3 May 2025 entered into force on…": a day closing a signing's phrase, the entry's
  // verb right after it, is the signing's (German puts its verb last: "am 1. Februar in Kraft getreten" is the entry's).
  if (
    best?.role === "entry-into-force" &&
    best.span.start >= f.end &&
    /^[\s,]*$/u.test(doc.text.slice(f.end, best.span.start))
  ) {
    const entry = doc.text.slice(best.span.start, best.span.end);
    const signing = roleSpans.find(
      (c) =>
        c.data === "signing" &&
        c.start >= sentence.start &&
        c.end <= f.start &&
        f.start - c.end <= ROLE_REACH &&
        !CLAUSE_BREAK.test(doc.text.slice(c.end, f.start)),
    );
    if (signing && !VERB_LAST.test(entry)) return "signing";
  }
  if (best) return best.role;
  // A dateline, or a bare weekday ("on Friday"), is the news itself.
  return f.start < DATELINE_CHARS || f.evidence === "weekday" ? "event" : "other";
}
