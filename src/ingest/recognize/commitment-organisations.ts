/**
 * An instrument of an organisation is no commitment of a pair of countries: signed with one ("a fisheries agreement
 * with the European Union", "con l'UNESCO un accordo", "с Евразийским банком развития", "مع البنك الدولي"), between
 * a country and one ("between Norway and the World Food Programme"), or by a country together with one ("Cabo
 * Verde e a CEDEAO assinaram"). Organisations are the names of seed/lexicons/organisations.json; an abbreviation
 * counts only in capitals (UN, not "un"; WHO, not "who"), a name only with its capitals.
 */
import data from "../../../seed/lexicons/organisations.json";
import parties from "../../../seed/lexicons/commitment-parties.json";
import pairCues from "../../../seed/lexicons/pair-cues.json";
import { entriesOf, Lexicon, type LexiconEntry, type LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm, type Sentence, textBetween } from "../match/normalize";

type ByLang = Readonly<Record<string, readonly string[]>>;

/** Words before an organisation that make it a party: with, between, and (a co-signer). */
const LINKS = new Set(
  [
    ...Object.values((parties as unknown as { with: ByLang }).with).flat(),
    ...Object.values((pairCues as unknown as { between: ByLang }).between).flat(),
    ...Object.values((pairCues as unknown as { joiners: ByLang }).joiners).flat(),
  ].map((w) => norm(w)),
);
/** Articles and determiners that may stand between the link word and the organisation (l', la, the, dem…). */
const FILLERS = new Set(
  Object.values((pairCues as unknown as { determiners: ByLang }).determiners)
    .flat()
    .map((w) => norm(w)),
);
/** Tokens around the instrument (or its signing word) within which an organisation party belongs to it. */
const REACH = 8;

/** Which organisations: the regional communities and unions whose members sign together, or every one. */
export type OrganisationScope = "regional" | "all";

/**
 * The names of seed/lexicons/organisations.json (`scope`) as lexicon entries standing for `value`: an abbreviation
 * (two or more capitals, no lower case) only in capitals, a name with its capitals.
 */
export function organisationEntries<T>(value: T, scope: OrganisationScope = "all"): LexiconEntry<T>[] {
  const lists = data as unknown as { regional: ByLang; global: ByLang };
  const groups = scope === "regional" ? [lists.regional] : [lists.regional, lists.global];
  return groups.flatMap((byLang) =>
    entriesOf(byLang, value).map((e) => ({
      ...e,
      casing: /^[\p{Lu}\d]+$/u.test(e.pattern) ? ("upper" as const) : ("capital" as const),
    })),
  );
}

let lexicon: Lexicon<true> | undefined;
const organisations = (): Lexicon<true> => (lexicon ??= new Lexicon(organisationEntries(true as const)));

const cache = new WeakMap<MatchDoc, LexiconMatch<true>[]>();
/** The organisations a text names, matched once per text. */
export function organisationsIn(doc: MatchDoc): LexiconMatch<true>[] {
  let found = cache.get(doc);
  if (!found) {
    found = organisations().match(doc);
    cache.set(doc, found);
  }
  return found;
}

/**
 * Whether an organisation is a party of the instrument `form` (its signing word `cue`) in `sentence`: linked to it
 * by a with, between or and word (articles between), within reach of the instrument or its signing word.
 */
export function ofOrganisation(
  doc: MatchDoc,
  sentence: Sentence,
  form: LexiconMatch<unknown>,
  cue: LexiconMatch<unknown> | undefined,
): boolean {
  const found = organisationsIn(doc).filter((o) => o.span.start >= sentence.start && o.span.end <= sentence.end);
  if (!found.length) return false;
  const anchors = cue ? [form, cue] : [form];
  return found.some(
    (o) =>
      anchors.some(
        (a) => Math.abs(o.tokenStart - a.tokenEnd) <= REACH || Math.abs(a.tokenStart - o.tokenEnd) <= REACH,
      ) &&
      linked(doc, o) &&
      !/[.;:!?؛؟\n]/.test(textBetween(doc, o.span, form.span)),
  );
}

/** Whether a link word stands before the organisation, only articles between. */
function linked(doc: MatchDoc, o: LexiconMatch<true>): boolean {
  // An Arabic conjunction or preposition carried by the name itself ("والاتحاد", "وللبنك").
  if (/^و(ال|ل)/u.test(doc.tokens[o.tokenStart]?.text ?? "")) return true;
  for (let i = o.tokenStart - 1; i >= Math.max(0, o.tokenStart - 3); i--) {
    const w = doc.tokens[i]?.text ?? "";
    if (LINKS.has(w)) return true;
    if (!FILLERS.has(w)) return false;
  }
  return false;
}
