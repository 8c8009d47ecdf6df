/**
 * Instruments of a gathering of many states: what a summit adopted and its members signed ("la firma de los
 * documentos aprobados en la Cumbre … la Declaración, un Programa de Acción"), or what one state signed with an
 * organisation's members ("Russland und die Länder der IGAD … ein Memorandum"), or with its officer ("the minister and
 * the executive secretary of the community signed a memorandum"). None is a pair's commitment.
 */
import parties from "../../../seed/lexicons/commitment-parties.json";
import pairCues from "../../../seed/lexicons/pair-cues.json";
import { COMMITMENTS_DATA } from "./commitment-cues";
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm, type Sentence, sentenceAt } from "../match/normalize";
import { countryLexicon } from "./gazetteer";
import { organisationEntries } from "./commitment-organisations";
import { FIRM_STATUSES } from "../plan/ranks";

type ByLang = Readonly<Record<string, readonly string[]>>;
/** Words of a gathering of many states (a summit, member states: seed/lexicons/pair-cues.json) and of an organisation. */
const GATHERING = pairCues.multilateral as ByLang;
const ORGANISATION = (COMMITMENTS_DATA as unknown as { context: { organisation: ByLang } }).context.organisation;
/**
 * An organisation's officers and organs ("the executive secretary of the community", "the European Commission"):
 * seed/lexicons/commitment-parties.json; the regional communities' names are those of seed/lexicons/organisations.json
 * (a global body named in a sentence is a venue as often as a party: "on the sidelines of the UN General Assembly").
 */
const ORGANS = (parties as unknown as { organs: ByLang }).organs;
/** "The two countries", "bilateral": the sentence is about a pair, whatever gathering it names. */
const TWO_SIDES = pairCues.twoSides as ByLang;

type Word = "gathering" | "organisation" | "two-sides";
let lexicon: Lexicon<Word> | undefined;
const words = () =>
  (lexicon ??= new Lexicon<Word>([
    // An organisation named also among the gathering words ("ASEAN") is an organisation in any report.
    ...entriesOf<Word>(ORGANISATION, "organisation"),
    ...entriesOf<Word>(ORGANS, "organisation"),
    ...organisationEntries<Word>("organisation", "regional"),
    ...entriesOf<Word>(GATHERING, "gathering"),
    ...entriesOf<Word>(TWO_SIDES, "two-sides"),
  ]));

interface Found {
  words: LexiconMatch<Word>[];
  /** The countries named by name or demonym, and whether the report tells a pair's own meeting (read when needed). */
  states?: { countries: LexiconMatch<{ code: string }>[]; own: boolean };
}
/** A report's gathering words, found once per report; its countries only once an instrument's sentence needs them. */
const found = new WeakMap<MatchDoc, Found>();

/** The countries of a report, and whether it tells a pair's own meeting: a sentence naming two states, or a gathering word with "the two countries". */
function states(doc: MatchDoc, all: readonly LexiconMatch<Word>[]): NonNullable<Found["states"]> {
  const countries = countryLexicon()
    .match(doc)
    .filter((m) => m.data.kind === "name" || m.data.kind === "demonym");
  const sentenceOf = (m: LexiconMatch<unknown>) => sentenceAt(doc, m.span.start)?.start ?? -1;
  const paired = new Set(all.filter((w) => w.data === "two-sides").map(sentenceOf));
  const named = new Map<number, Set<string>>();
  for (const c of countries) named.set(sentenceOf(c), (named.get(sentenceOf(c)) ?? new Set()).add(c.data.code));
  const own =
    [...named.values()].some((codes) => codes.size >= 2) ||
    all.some((w) => w.data === "gathering" && paired.has(sentenceOf(w)));
  return { countries, own };
}

/** The generic words for an organisation of several states (not the named organisations), normalized. */
const GENERIC = new Set(
  Object.values(ORGANISATION)
    .flat()
    .map((w) => norm(w)),
);
/** How far (characters) after the word a country may close the body's name. */
const NAME_REACH = 90;

/**
 * Whether a generic organisation word heads a country's own body: a country's name closes its name, in its clause,
 * after a capitalized run ("Organização Central de Controle de Padrões de Medicamentos da Índia", "Organisation
 * nationale … du Sénégal").
 */
function nationalBody(
  doc: MatchDoc,
  w: LexiconMatch<Word>,
  countries: readonly LexiconMatch<{ code: string }>[],
): boolean {
  if (w.data !== "organisation" || !GENERIC.has(norm(w.pattern)) || !/^\p{Lu}/u.test(w.span.text)) return false;
  return countries.some(
    (c) =>
      c.span.start > w.span.end &&
      c.span.start - w.span.end <= NAME_REACH &&
      !/[,;:.!?()\n]/u.test(doc.text.slice(w.span.end, c.span.start)),
  );
}

/**
 * Whether `sentence` names a gathering of many states and fewer than two states by name, and not the pair ("the two
 * countries"). A summit is a pair's own in a report that tells a pair's meeting ("il primo vertice intergovernativo
 * tra i due Paesi", "Italia e Albania hanno firmato"); the members of an organisation are a gathering in any report.
 */
export function ofGathering(doc: MatchDoc, sentence: Sentence): boolean {
  let known = found.get(doc);
  if (!known) {
    known = { words: words().match(doc) };
    found.set(doc, known);
  }
  const inside = (m: LexiconMatch<unknown>) => m.span.start >= sentence.start && m.span.end <= sentence.end;
  let here = known.words.filter(inside);
  if (!here.some((w) => w.data !== "two-sides") || here.some((w) => w.data === "two-sides")) return false;
  known.states ??= states(doc, known.words);
  const { countries, own } = known.states;
  // A country's own body named with the word ("la Organização Central de Controle de Medicamentos da Índia") is no
  // organisation of several states.
  here = here.filter((w) => !nationalBody(doc, w, countries));
  const gathering = here.some((w) => w.data === "organisation" || (w.data === "gathering" && !own));
  return gathering && new Set(countries.filter(inside).map((m) => m.data.code)).size < 2;
}

/**
 * The report's commitments less a gathering's or an organisation's instruments read another way than its sentence
 * (a report's first line), and less the mentions elsewhere in the report of an instrument a gathering or an
 * organisation signed ("Подписанный меморандум…", a headline "X and the states of the region signed a memorandum"):
 * of a legal form in `gathered`, with no track of its own, in a sentence naming fewer than two states and not the
 * pair ("the two countries"), they are that instrument.
 */
export function withoutGathered<
  T extends { status: string; legalForm?: string; track?: string; quote: { start: number } },
>(doc: MatchDoc, hits: T[], gathered: ReadonlySet<string>): T[] {
  const sentenceOf = (h: T) => sentenceAt(doc, h.quote.start);
  const own = hits.filter((h) => {
    const sentence = sentenceOf(h);
    return !FIRM_STATUSES.has(h.status) || !sentence || !ofGathering(doc, sentence);
  });
  const known = found.get(doc);
  if (!gathered.size || !known) return own;
  known.states ??= states(doc, known.words);
  const { countries } = known.states;
  return own.filter((h) => {
    if (h.track || !h.legalForm || !gathered.has(h.legalForm)) return true;
    const sentence = sentenceOf(h);
    if (!sentence) return true;
    const inside = (m: LexiconMatch<unknown>) => m.span.start >= sentence.start && m.span.end <= sentence.end;
    if (known.words.some((w) => w.data === "two-sides" && inside(w))) return true;
    return new Set(countries.filter(inside).map((m) => m.data.code)).size >= 2;
  });
}
