/**
 * The field words an instrument's reading sees in its sentence. A report's sector words say what it touches; an
 * instrument is about fewer of them: a word that only qualifies an administration ("the tax administration", "the
 * Ministry of Health", "налоговая служба", "الإدارة الضريبية") describes a party, so it gives way to any other field
 * word of its sentence; and a field a domain noun announces before the instrument ("In the field of health, … an
 * agreement that…", "im Bereich der Gesundheit", "في مجال الصحة") is its field ahead of a nearer bare word; an
 * instrument whose name joins a second field to its first ("Tratado de Paz e Amizade") is of neither alone.
 * seed/lexicons/commitments.json `lists.administrations` and `lists.domains`.
 */
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import type { Span } from "../types";
import { COMMITMENTS_DATA } from "./commitment-cues";
import { anyIn } from "./commitment-word-lists";
import { arabicVariants } from "../match/normalize";
import { wordSet } from "./commitment-plurals";

/** Words that may join an administration to the field word qualifying it ("Ministry of the Interior", "ministère de la Santé"). */
const LINK =
  /^(?:of|the|for|de|d|du|des|la|le|les|l|del|della|dello|dei|degli|delle|di|da|do|dos|das|der|die|für|fur|el|los)$/u;
/** How many linking words may stand between an administration and its field word. */
const LINK_REACH = 2;
/** A domain noun announces a field word at most this many words after it ("dans le domaine de la santé"). */
const DOMAIN_REACH = 3;
/** Punctuation between two words: they are not one phrase. */
const BREAK = /[,;:.!?؛،()\n]/u;

/** A stem this long also heads a compound ("Gesundheitsministerium"). */
const COMPOUND_STEM = 6;

type ByLang = Record<string, readonly string[]>;
const LISTS = (COMMITMENTS_DATA as unknown as { lists: { domains: ByLang; administrations: ByLang } }).lists;
let words: { domains: Set<string>; administrations: string[] } | undefined;
/** The domain nouns and administration stems of every language (`lists.domains`, `lists.administrations`). */
function lists() {
  if (words) return words;
  const { $comment: _d, ...domains } = LISTS.domains;
  const { $comment: _a, ...administrations } = LISTS.administrations;
  words = { domains: wordSet(domains), administrations: [...wordSet(administrations)] };
  return words;
}

/** Whether a word is a domain noun ("domaine", "field", "Bereich", "области", "مجال"): a field follows it. */
export function isDomainWord(text: string): boolean {
  return arabicVariants(text).some((f) => lists().domains.has(f));
}

/** Whether a word names an administration (a stem at its start; a long one may end a compound). */
function isAdministration(text: string, compound = false): boolean {
  return arabicVariants(text).some((f) =>
    lists().administrations.some((p) => (compound ? p.length >= COMPOUND_STEM && f.indexOf(p) > 0 : f.startsWith(p))),
  );
}

/** Whether tokens i and j (i < j) are joined with no punctuation between. */
function joined(doc: MatchDoc, i: number, j: number): boolean {
  const a = doc.tokens[i];
  const b = doc.tokens[j];
  if (!a || !b) return false;
  return !BREAK.test(doc.text.slice(doc.map[a.end] ?? 0, doc.map[b.start] ?? 0));
}

/** Whether a field word qualifies an administration next to it: the party's description, not a field of its own. */
export function describesParty(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const own = doc.tokens[m.tokenStart];
  // A German compound headed by one ("Gesundheitsministerium", "Steuerverwaltung").
  if (m.tokenEnd - m.tokenStart === 1 && own && isAdministration(own.text, true)) return true;
  const after = doc.tokens[m.tokenEnd];
  if (after && isAdministration(after.text) && joined(doc, m.tokenEnd - 1, m.tokenEnd)) return true;
  for (let i = m.tokenStart - 1, links = 0; i >= 0 && links <= LINK_REACH; i--) {
    const t = doc.tokens[i];
    if (!t || !joined(doc, i, i + 1)) return false;
    if (isAdministration(t.text)) return true;
    if (!LINK.test(t.text)) return false;
    links++;
  }
  return false;
}

/** The field words of a report an instrument may be about: those describing a party go where their sentence names another. */
export function instrumentFields(doc: MatchDoc, matches: readonly LexiconMatch<string>[]): LexiconMatch<string>[] {
  const party = new Set(matches.filter((m) => describesParty(doc, m)));
  if (!party.size) return [...matches];
  const sentenceOf = (m: LexiconMatch<string>) => sentenceAt(doc, m.span.start)?.start ?? -1;
  const plain = new Set(matches.filter((m) => !party.has(m)).map(sentenceOf));
  return matches.filter((m) => !party.has(m) || !plain.has(sentenceOf(m)));
}

/** Whether a domain noun announces a field word ("in the field of health"): at most DOMAIN_REACH words before it. */
export function announced(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const nouns = lists().domains;
  for (let i = m.tokenStart - 1; i >= 0 && i >= m.tokenStart - DOMAIN_REACH; i--) {
    const t = doc.tokens[i];
    if (!t || !joined(doc, i, i + 1)) return false;
    if (anyIn(nouns, t.text)) return true;
  }
  return false;
}

/** A conjunction that joins a second field to an instrument's name ("Tratado de Paz e Amizade"). */
const NAME_JOIN = /^(?:and|et|e|y|und|и)$/u;
/** A determiner after the conjunction opens another instrument ("a peace treaty and an agreement on…"). */
const DETERMINER =
  /^(?:a|an|the|un|une|uno|una|um|uma|el|la|le|les|los|las|o|os|as|il|lo|gli|der|die|das|ein|eine|einen)$/u;

/**
 * Whether a field phrase that opens with the instrument's own form word ("Treaty of Peace", "Tratado de Paz",
 * "معاهدة السلام") goes on with a second field joined to it ("… and Friendship", "… e Amizade", "…والصداقة"): the
 * instrument's name joins several fields, a treaty of the relationship at large rather than of the first one.
 */
function joinsFields(doc: MatchDoc, m: LexiconMatch<unknown>, form: Span): boolean {
  if (m.span.start !== form.start || m.span.end <= form.end) return false;
  const next = doc.tokens[m.tokenEnd];
  if (!next || !joined(doc, m.tokenEnd - 1, m.tokenEnd)) return false;
  if (next.text.length > 2 && next.text.startsWith("و")) return true;
  const after = doc.tokens[m.tokenEnd + 1];
  return NAME_JOIN.test(next.text) && after !== undefined && !DETERMINER.test(after.text);
}

/**
 * The field of a standalone instrument among its sentence's words, none past a scope break ("and with a joint
 * declaration on…"): one announced before it, else the nearest.
 */
export function nearestField<T>(
  doc: MatchDoc,
  form: Span,
  matches: readonly LexiconMatch<T>[],
  breaks: readonly { span: Span }[],
  distance: (a: Span, b: Span) => number,
  others: readonly Span[] = [],
): LexiconMatch<T> | undefined {
  const across = (s: Span) =>
    breaks.some((b) => b.span.start >= Math.min(s.end, form.end) && b.span.end <= Math.max(s.start, form.start));
  // A field told in the complement of the instrument before ("an agreement on classified information, a cooperation
  // agreement between the ministries", "اتفاقية حول … المسائل الجمركية ومذكرة تفاهم…") is that instrument's.
  const another = (s: Span) =>
    s.end <= form.start &&
    others.some(
      (o) =>
        o.end <= s.start &&
        o.start < form.start &&
        !others.some((x) => x !== o && x.start >= o.end && x.end <= s.start) &&
        !/[.;!?؛]/.test(doc.text.slice(o.end, s.start)),
    );
  const fields = matches.filter((s) => !across(s.span) && !joinsFields(doc, s, form) && !another(s.span));
  const fronted = fields.filter((s) => s.span.end <= form.start && announced(doc, s));
  const pool = fronted.length ? fronted : fields;
  return [...pool].sort((a, b) => distance(a.span, form) - distance(b.span, form))[0];
}

/** The sector of the relationship at large: talks, visits, consultations. */
export const DIALOGUE = "political-dialogue";

/**
 * The fields of one instrument's clause without those of political dialogue when one other field is named ("an
 * agreement on strategic cooperation in energy" is about energy): the relationship's words qualify it, the field
 * says what it is about. With no other field (a memorandum on political consultations), or several (a treaty of
 * strategic partnership and cooperation in trade, energy and security: a framework), they are its field.
 */
export function withoutDialogue<T extends { data: string }>(fields: readonly T[]): T[] {
  const others = new Set(fields.filter((m) => m.data !== DIALOGUE).map((m) => m.data));
  return others.size === 1 ? fields.filter((m) => m.data !== DIALOGUE) : [...fields];
}
