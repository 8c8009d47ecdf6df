/**
 * A sentence that opens on instruments already signed and describes them ("The agreements cover energy and
 * health", "Les accords portent sur…", "The documents included an agreement on…"; seed/lexicons/commitments.json,
 * `describe`) names what the sentence before it signed: it takes that sentence's signing word, so the instruments
 * get their fields and the earlier count gives way to them, with no twins.
 */
import data from "../../../seed/lexicons/commitments.json";
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import { countOf, documentsOf, isPluralForm } from "./commitment-plural";
import { isMarkedItem, subjectFollows } from "./commitment-list-words";
import { languageOf } from "./commitment-word-lists";
import { sectorWords } from "./sectors";

type ByLang = Readonly<Record<string, readonly string[]>>;

/** Words at most before the instruments that open the sentence (an article and a count: "The two memoranda"). */
const OPENING_WORDS = 3;
/** Words at most between the instruments and the describing verb. */
const VERB_GAP = 1;
/** How many sentences back the signing of the described instruments may stand. */
const SIGNING_BACK = 2;
/** …and of a batch whose rest they describe ("the other two agreements"), the items told between. */
const REST_BACK = 4;

let describe: Lexicon<true> | undefined;

/** What the reading needs of the report: its form words by sentence, and which status words sign. */
export interface Described<C> {
  formsBy: ReadonlyMap<number, readonly LexiconMatch<unknown>[]>;
  firm: (cue: C) => boolean;
}

/** A sentence opening on instruments and a describing verb: what it says of them starts at `after`. */
export interface Description {
  /** The sentence's index in the report. */
  sentence: number;
  after: number;
}

/**
 * Adds the earlier signing word to each sentence that describes the instruments it signed (in `cuesBy`), and
 * returns the sentences that open on instruments and a describing verb.
 */
export function describeSigned<C>(
  doc: MatchDoc,
  cuesBy: Map<number, LexiconMatch<C>[]>,
  report: Described<C>,
): Description[] {
  const { formsBy, firm } = report;
  const { $comment: _c, ...byLang } = (data as unknown as { describe: ByLang }).describe;
  describe ??= new Lexicon(entriesOf(byLang, true as const));
  const verbs = describe.match(doc);
  const documents = documentsOf(doc);
  const several = (start: number, end: number) =>
    (formsBy.get(start) ?? []).some((f) => isPluralForm(doc, f)) ||
    documents.some((d) => d.span.start >= start && d.span.end <= end);
  // A count the description does not match field for field ("six agreements" then terrorism, sport and mobility)
  // leaves the description one batch, the count's own: nothing to add.
  const sectors = sectorWords(doc, languageOf(doc));
  const fieldsIn = (start: number, end: number) =>
    new Set(sectors.filter((m) => m.span.start >= start && m.span.end <= end).map((m) => m.data)).size;
  const countIn = (start: number, end: number) =>
    [...(formsBy.get(start) ?? []), ...documents.filter((d) => d.span.start >= start && d.span.end <= end)]
      .map((m) => countOf(doc, m))
      .find((n) => n !== undefined);
  const firstToken = (start: number) => doc.tokens.findIndex((t) => (doc.map[t.start] ?? 0) >= start);
  const openings: { k: number; opening: LexiconMatch<unknown> }[] = [];
  const descriptions: Description[] = [];
  for (const verb of verbs) {
    const k = doc.sentences.findIndex((s) => s.start <= verb.span.start && verb.span.end <= s.end);
    const here = doc.sentences[k];
    if (!here) continue;
    const first = firstToken(here.start);
    // The instruments open the sentence, with the describing verb right after them, or right before them where the
    // verb comes first ("وتشمل الاتفاقيات…").
    const opening = [...(formsBy.get(here.start) ?? []), ...documents].find(
      (m) =>
        m.tokenStart >= first &&
        m.tokenStart - first <= OPENING_WORDS + (verb.tokenEnd <= m.tokenStart ? VERB_GAP + 1 : 0) &&
        ((verb.tokenStart >= m.tokenEnd && verb.tokenStart - m.tokenEnd <= VERB_GAP) ||
          (verb.tokenEnd <= m.tokenStart && m.tokenStart - verb.tokenEnd <= VERB_GAP)),
    );
    if (!opening) continue;
    const after = Math.max(verb.span.end, opening.span.end);
    openings.push({ k, opening });
    descriptions.push({ sentence: k, after });
  }
  // With no verb, the counted rest of a batch opening its sentence on its subject ("Los otros dos acuerdos, sobre
  // turismo y salud"); uncounted ("D'autres accords concernant…"), it may restate the batch.
  for (const [k, s] of doc.sentences.entries()) {
    const opening = (formsBy.get(s.start) ?? []).find(
      (f) =>
        f.tokenStart - firstToken(s.start) <= OPENING_WORDS &&
        subjectFollows(doc, f) &&
        isMarkedItem(doc, f) &&
        countOf(doc, f) !== undefined,
    );
    if (opening && !openings.some((o) => o.opening === opening)) openings.push({ k, opening });
  }
  for (const { k, opening } of openings) {
    const here = doc.sentences[k];
    if (!here || (cuesBy.get(here.start) ?? []).some((c) => firm(c.data))) continue;
    // "The other two agreements concern A and B" names the rest of a batch told some sentences before, items between.
    // Its description names fields only: another form there ("…du sport et des programmes de formation") is a word
    // of a field, not an instrument the rest could be told apart by.
    const rest =
      isMarkedItem(doc, opening) &&
      isPluralForm(doc, opening) &&
      !(formsBy.get(here.start) ?? []).some((f) => f.span.start > opening.span.end);
    // …and the rest with a status word of its own ("the other two will be signed in May") is told apart from the batch.
    if (rest && (cuesBy.get(here.start) ?? []).length) continue;
    let cue: LexiconMatch<C> | undefined;
    for (let back = 1; back <= (rest ? REST_BACK : SIGNING_BACK) && !cue; back++) {
      const previous = doc.sentences[k - back];
      if (!previous) break;
      if (!several(previous.start, previous.end) || !restates(doc, opening, previous, formsBy, documents)) continue;
      cue = (cuesBy.get(previous.start) ?? []).find((c) => firm(c.data));
      // …as many fields as the rest counts at most, one instrument each.
      if (rest && cue) {
        const batch = countIn(previous.start, previous.end);
        const most = countOf(doc, opening) ?? (batch === undefined ? 0 : batch - 1);
        const fields = fieldsIn(here.start, here.end);
        if (fields < 1 || fields > most) cue = undefined;
        break;
      }
      const count = cue ? countIn(previous.start, previous.end) : undefined;
      if (count !== undefined && count !== fieldsIn(here.start, here.end)) cue = undefined;
      if (count !== undefined) break;
    }
    if (!cue) continue;
    // The signing word stands right before the instruments, as if the sentence said "The (signed) agreements…".
    // …or right after them when they are the sentence's first word ("والاتفاقيتان الأخريان حول…"): no room before.
    const first = opening.span.start <= here.start;
    const at = first ? opening.span.end + 1 : opening.span.start - 1;
    const token = first ? opening.tokenEnd : opening.tokenStart;
    const list = cuesBy.get(here.start) ?? [];
    list.push({ ...cue, span: { start: at, end: at, text: "" }, tokenStart: token, tokenEnd: token });
    cuesBy.set(here.start, list);
  }
  return descriptions;
}

/** The last word of a match, normalized ("abkommen" of "zwei Abkommen"). */
const head = (doc: MatchDoc, m: LexiconMatch<unknown>) => doc.tokens[m.tokenEnd - 1]?.text ?? "";

/**
 * Whether the opening instruments restate several signed in `previous`: documents, a plural form, or the word of
 * a plural form there ("zwei Abkommen … Die Abkommen", a word German writes the same in both numbers).
 */
function restates(
  doc: MatchDoc,
  opening: LexiconMatch<unknown>,
  previous: { start: number; end: number },
  formsBy: ReadonlyMap<number, readonly LexiconMatch<unknown>[]>,
  documents: readonly LexiconMatch<true>[],
): boolean {
  if (documents.includes(opening as LexiconMatch<true>) || isPluralForm(doc, opening)) return true;
  return (formsBy.get(previous.start) ?? []).some((f) => isPluralForm(doc, f) && head(doc, f) === head(doc, opening));
}
