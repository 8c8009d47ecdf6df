/**
 * Signatures carried past their sentence: a sentence that signs several instruments lends its signing word to
 * the next one when it opens on "Among them / Tra questi / Il s'agit / Среди них…" (seed/lexicons/commitments.json,
 * `lists.carry`), and a signing sentence ending in a colon lends it to the instruments listed one per line after it.
 */
import { COMMITMENTS_DATA } from "./commitment-cues";
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { Span } from "../types";
import { followsFutureVerb } from "./date-cues";
import { namesSubject } from "./commitment-lists";
import { countOf, documentsOf, isPluralForm } from "./commitment-plural";
import { isMarkedItem } from "./commitment-list-words";
import { isDefinite } from "./commitment-context";
import { isTally } from "./commitment-tallies";
import { carryToLines, ITEM, lendCue } from "./commitment-carry-lines";
import { deniedBefore, deniedOrStill, STILL } from "./commitment-carry-still";

type ByLang = Readonly<Record<string, readonly string[]>>;
const DATA = (COMMITMENTS_DATA as unknown as { lists: Record<string, ByLang> }).lists;

let carryWords: Lexicon<boolean> | undefined;
/** The carry phrases of a report, matched once; `data` says whether it lends only after a counted batch. */
const carriedBy = new WeakMap<MatchDoc, LexiconMatch<boolean>[]>();

function carryPhrases(doc: MatchDoc): LexiconMatch<boolean>[] {
  let found = carriedBy.get(doc);
  if (!found) {
    const { $comment: _c, ...counted } = DATA.carryCounted ?? {};
    carryWords ??= new Lexicon([...entriesOf(DATA.carry ?? {}, false), ...entriesOf(counted, true)]);
    found = carryWords.match(doc);
    carriedBy.set(doc, found);
  }
  return found;
}

/** A carry phrase opens its sentence: it starts this close (characters) to the sentence's start. */
const CARRY_OPENING = 16;

/** The index of the sentence holding a span, or -1. */
const sentenceOf = (doc: MatchDoc, span: Span) =>
  doc.sentences.findIndex((s) => s.start <= span.start && span.end <= s.end);

/** Whether a carry phrase opens its sentence. */
function opening(doc: MatchDoc, phrase: LexiconMatch<boolean>): boolean {
  const here = doc.sentences.find((s) => s.start <= phrase.span.start && phrase.span.end <= s.end);
  return !!here && phrase.span.start - here.start <= CARRY_OPENING;
}

/**
 * Forms without those a carry phrase opening its sentence holds ("Among the agreements, …", "Entre los acuerdos
 * firmados…", "Среди соглашений…"): the phrase points back to the batch signed before, its form word names no
 * instrument of its own, nor the kind of the first one it lists.
 */
export function withoutCarryForms<F extends { span: Span }>(doc: MatchDoc, forms: readonly F[]): F[] {
  const held = carryPhrases(doc).filter((p) => opening(doc, p));
  return forms.filter((f) => !held.some((p) => f.span.start >= p.span.start && f.span.end <= p.span.end));
}

/** Whether the sentence holding `at` opens on a carry phrase ("Among them are also…", "هذا فضلاً عن…"). */
export function opensOnCarry(doc: MatchDoc, at: number): boolean {
  const here = doc.sentences.find((s) => s.start <= at && at < s.end);
  return (
    !!here && carryPhrases(doc).some((p) => p.span.start >= here.start && p.span.end <= here.end && opening(doc, p))
  );
}

/** A listing pronoun's instrument stands this many words after it at most (an article, an adjective). */
const PRONOUN_GAP = 2;
const formFollows = (phrase: LexiconMatch<boolean>, f: LexiconMatch<unknown>) =>
  f.tokenStart >= phrase.tokenEnd && f.tokenStart - phrase.tokenEnd <= PRONOUN_GAP;

/** How many sentences back the signing of a carried list may stand. */
const CARRY_BACK = 2;

/**
 * Signatures carried to the next sentence: a sentence that signs several instruments ("fifteen agreements
 * were signed") followed by one opening on a carry phrase ("Among them, …", "Tra questi", "Il s'agit de",
 * "Среди них") names some of them, so the phrase stands for the signing word there (added to `cuesBy`). A
 * sentence so lent a signing word lends it on to the next carry phrase of the batch.
 */
export function carrySignatures<C>(
  doc: MatchDoc,
  cuesBy: Map<number, LexiconMatch<C>[]>,
  formsBy: ReadonlyMap<number, readonly LexiconMatch<unknown>[]>,
  firm: (cue: C) => boolean,
): void {
  // Sentences that a carry phrase has lent a signing word to: the next one opening on a carry phrase ("وشملت
  // الاتفاقيات…", then "كما شملت الاتفاقيات…") names more of the same batch.
  const carried = new Set<number>();
  for (const phrase of carryPhrases(doc)) {
    const k = doc.sentences.findIndex((s) => s.start <= phrase.span.start && phrase.span.end <= s.end);
    const here = doc.sentences[k];
    if (!here || !opening(doc, phrase)) continue;
    // A pronoun that lists only after a counted batch ("These are", "Это") lists when an instrument follows it at once
    // ("These are an agreement on…", "Это межправительственное соглашение…"), not in any sentence it opens ("Это
    // меньше, чем два меморандума, которые готовятся…").
    if (phrase.data && !(formsBy.get(here.start) ?? []).some((f) => formFollows(phrase, f))) continue;
    // "N'y figurent pas…", "Non vi figurano…", "Nicht unter den Instrumenten…": what the batch does not hold; and
    // "Tra gli strumenti ancora allo studio…": instruments still to come.
    if (deniedOrStill(doc, phrase, here)) continue;
    // The signing sentence is the one before, or the one before that when a description of the batch stands between.
    let cue: LexiconMatch<C> | undefined;
    for (let back = 1; back <= CARRY_BACK && !cue; back++) {
      const previous = doc.sentences[k - back];
      if (!previous) break;
      // A pronoun ("وهي": and it is…) lists a batch only when it was counted ("ثلاث مذكرات تفاهم").
      // …and a batch told as the relationship's tally ("Depuis 2010, quarante accords…") lends none.
      const batch = (f: LexiconMatch<unknown>) =>
        (phrase.data ? countOf(doc, f) !== undefined : isPluralForm(doc, f)) && !isTally(doc, f, previous);
      const within = (d: LexiconMatch<unknown>) => d.span.start >= previous.start && d.span.end <= previous.end;
      const several =
        carried.has(previous.start) ||
        (formsBy.get(previous.start) ?? []).some(batch) ||
        documentsOf(doc).some((d) => within(d) && (!phrase.data || batch(d)));
      if (several) cue = (cuesBy.get(previous.start) ?? []).find((c) => firm(c.data));
    }
    if (!cue) continue;
    const list = cuesBy.get(here.start) ?? [];
    list.push({ ...phrase, data: cue.data });
    cuesBy.set(here.start, list);
    carried.add(here.start);
  }
  carryToLines(doc, cuesBy, formsBy, firm);
  carryToOpenings(doc, cuesBy, formsBy, firm);
}

/** The legal form a form word names, if any. */
export const legalFormOf = (f: LexiconMatch<unknown>) => (f.data as { legalForm?: string } | undefined)?.legalForm;
/** "Agreements" and "documents" are words for instruments of any form. */
export const anyForm = (f: LexiconMatch<unknown>) => {
  const form = legalFormOf(f);
  return form === undefined || form === "agreement";
};

/** A form opens its sentence when only a connector stands before it ("Por su parte, el memorando…"): this many characters. */
const FORM_OPENING = 24;
/** How many sentences after a counted signing may each open on one of its instruments. */
const OPENINGS_AFTER = 4;
/** …and on one marked as an item of it ("Um terceiro acordo…"), how many sentences on. */
const MARKED_AFTER = 8;
/** A marked item opens its sentence when it stands this close (characters) to its start. */
const MARKED_OPENING = 60;

/**
 * A sentence that signs a batch ("suscribieron tres memorandos") followed by sentences that each open on one
 * instrument of it with no status word of their own ("El memorando sobre pesca prevé…", "En tanto que el
 * memorando sobre turismo…"): each such instrument is one of the batch, so the batch's signing word stands there.
 */
function carryToOpenings<C>(
  doc: MatchDoc,
  cuesBy: Map<number, LexiconMatch<C>[]>,
  formsBy: ReadonlyMap<number, readonly LexiconMatch<unknown>[]>,
  firm: (cue: C) => boolean,
): void {
  for (const [k, s] of doc.sentences.entries()) {
    // The batch is the plural form the sentence's last status word before it signs ("firmaron tres memorandos"),
    // not one still to come after another signing ("firmato l'accordo, cui seguirà lo scambio di quindici intese").
    const cues = cuesBy.get(s.start) ?? [];
    const forms = formsBy.get(s.start) ?? [];
    // A counted batch of documents of no one form ("nove instrumentos de cooperação") has items of any form.
    const batch =
      forms.find((f) => isPluralForm(doc, f)) ??
      documentsOf(doc).find((d) => d.span.start >= s.start && d.span.end <= s.end && countOf(doc, d) !== undefined);
    const before = batch ? cues.filter((c) => c.span.end <= batch.span.start) : [];
    // One signing word governs it: a second one ("firmato l'accordo, cui seguirà lo scambio di quindici intese")
    // tells of a batch apart from the signing, maybe still to come.
    const passive = !!batch && !before.length;
    const cue = before.length === 1 ? before[0] : passive && batch ? passiveAfter(doc, cues, batch) : undefined;
    if (!cue || !firm(cue.data) || !batch || followsFutureVerb(doc, cue.span.start)) continue;
    // A tally of the relationship ("has signed readmission agreements with 30 states") lists none of the day's.
    if (isTally(doc, batch, s)) continue;
    // A batch told again, with its article and no count ("Before the signing of the agreements, …"), opens no list.
    if (isDefinite(doc, batch) && countOf(doc, batch) === undefined) continue;
    // …the first form after that word: "firmato l'accordo, … altre quindici intese" signs the agreement only.
    if (forms.some((f) => f !== batch && f.span.start >= cue.span.end && f.span.end <= batch.span.start)) continue;
    // A count caps the items lent ("three agreements": three at most).
    let left = countOf(doc, batch) ?? MARKED_AFTER;
    // The items are told one after another: an unmarked one stands a few sentences after the item before it.
    let last = k;
    for (
      let j = k + 1;
      j < doc.sentences.length && j <= Math.max(k + MARKED_AFTER, last + OPENINGS_AFTER) && left > 0;
      j++
    ) {
      const line = doc.sentences[j];
      if (!line) continue;
      if (cuesBy.has(line.start)) {
        if ((formsBy.get(line.start) ?? []).length) last = j;
        continue;
      }
      // Another batch ends this one's items.
      if ((formsBy.get(line.start) ?? []).some((f) => isPluralForm(doc, f) && !isMarkedItem(doc, f))) break;
      // An item marked as one of the batch ("O segundo acordo", "Também no campo da saúde, um terceiro acordo…")
      // may stand further on, and after a longer opening clause, than an unmarked one.
      const opening = (formsBy.get(line.start) ?? []).find((f) => {
        const marked = isMarkedItem(doc, f);
        if (!marked && j - last > OPENINGS_AFTER) return false;
        const reach = marked ? MARKED_OPENING : FORM_OPENING;
        return f.span.start - line.start <= reach && !/[.;:!?]/.test(doc.text.slice(line.start, f.span.start));
      });
      if (!opening || isPluralForm(doc, opening)) continue;
      // A batch told in the passive lends its word to the items it numbers only ("Le 1er accord…"): an instrument
      // named after it on its own ("El acuerdo de pesca de 2019 vence en julio") may be another.
      if (passive && !isMarkedItem(doc, opening)) continue;
      // An item told as still to come is none of the batch ("un accord sur l'extradition est encore en préparation").
      if (STILL.test(doc.text.slice(line.start, line.end))) continue;
      // …and so is one the line denies ("N'y figurent ni l'accord sur la pêche…", "Non vi figurano l'accordo…").
      if (deniedBefore(doc, line.start, opening.span.start)) continue;
      // A batch of one form ("two memoranda") has items of that form: "the programme continues" is none of them.
      // …unless the item is marked as one of the batch ("le 6e protocole", "the third memorandum").
      if (!anyForm(batch) && legalFormOf(opening) !== legalFormOf(batch) && !isMarkedItem(doc, opening)) continue;
      lendCue(doc, cuesBy, line.start, cue, Math.max(s.end, opening.span.start - 1), opening.span.start);
      left--;
      last = j;
    }
  }
}

/** Adjectives a batch may carry before its participle ("treize accords bilatéraux ont été conclus"). */
const BATCH_ADJECTIVE =
  /^(?:bilat\p{L}*|intergouvern\p{L}*|intergubern\p{L}*|intergovern\p{L}*|juridi\p{L}*|giuridic\p{L}*|nouveaux|nouvelles|new|nuevos|nuevas|novos|novas|nuovi|nuove|neue|межправительствен\p{L}*|двусторон\p{L}*)$/u;
/** Passive auxiliaries between a batch and its participle ("ont été signés", "were signed", "foram assinados"). */
const PASSIVE_AUXILIARY =
  /^(?:ont|a|ete|sont|were|was|have|has|been|had|fueron|fue|han|sido|foram|foi|sao|sono|stati|state|furono|wurden|wurde|worden|sind|были|был|была|было|تم|ayer|hier|ieri|gestern|вчера|today|aujourd|hui|hoy|hoje|oggi|heute|сегодня)$/u;

/**
 * The signing word a batch's own passive or a German perfect gives it, right after it ("cinq accords ont été
 * signés", "three instruments were signed", "eine Reihe bilateraler Abkommen unterzeichnet"): only auxiliaries and
 * the batch's adjectives stand between. A later signing word tells of something else ("Cinq accords sont en cours de
 * négociation…, qui a signé mardi…") or of a signing that never came ("devaient être signés").
 */
function passiveAfter<C>(
  doc: MatchDoc,
  cues: readonly LexiconMatch<C>[],
  batch: { tokenEnd: number; span: Span },
): LexiconMatch<C> | undefined {
  const cue = cues.find((c) => c.span.start >= batch.span.end);
  if (!cue) return undefined;
  const between = doc.tokens.slice(batch.tokenEnd, cue.tokenStart);
  return between.every((t) => PASSIVE_AUXILIARY.test(t.text) || BATCH_ADJECTIVE.test(t.text)) ? cue : undefined;
}

/**
 * Whether the sentence holding `span` announces a batch that a following sentence lists, opening on a carry
 * phrase ("An agreement and two memoranda were signed. Among them, an agreement on fisheries…"): a form of it
 * with no subject of its own is one of the instruments listed there, not one more.
 */
export function listedAfter(
  doc: MatchDoc,
  span: { start: number; end: number },
  namesInstruments?: (sentenceStart: number) => boolean,
): boolean {
  const k = doc.sentences.findIndex((s) => s.start <= span.start && span.end <= s.end);
  if (k < 0) return false;
  const phrases = carryPhrases(doc);
  // A sentence that opens on a carry phrase itself lists ("Among them is a memorandum on…"): it announces nothing a
  // following list ("Among them is also…") would name again.
  if (phrases.some((p) => opening(doc, p) && sentenceOf(doc, p.span) === k)) return false;
  return phrases.some((phrase) => {
    const j = doc.sentences.findIndex((s) => s.start <= phrase.span.start && phrase.span.end <= s.end);
    const opening = doc.sentences[j];
    return (
      j > k &&
      j - k <= CARRY_BACK &&
      !!opening &&
      phrase.span.start - opening.start <= CARRY_OPENING &&
      // "Il s'agit du premier voyage du ministre": a sentence that names no instrument lists none.
      (!namesInstruments || namesInstruments(opening.start))
    );
  });
}

/** How far (characters) after a form its own complement may name its field ("accord de coopération dans la pêche"). */
const OWN_FIELD_REACH = 80;
/** What ends a form's own complement: punctuation, or a conjunction that opens the next item. */
const COMPLEMENT_END = /[,;:.!?؛،()]|\s(?:and|et|e|y|und|и|or|ou|o|as well as|ainsi que|sowie)\s|\sو/iu;

/**
 * Whether a form is one of the instruments a following sentence lists ("Un accord de coopération et deux
 * mémorandums ont été signés. Il s'agit d'un accord … dans la pêche, …"): its sentence announces a batch listed
 * after it, and its own complement names no field ("de coopération"), so it counts nothing the list does not.
 */
export function oneOfListed(
  doc: MatchDoc,
  subject: { span: Span; match: LexiconMatch<unknown>; generic?: boolean },
  sectors: readonly { span: Span }[],
  namesInstruments?: (sentenceStart: number) => boolean,
): boolean {
  if (subject.generic || !listedAfter(doc, subject.span, namesInstruments)) return false;
  if (!namesSubject(doc, subject.match)) return true;
  const from = subject.match.span.end;
  const tail = doc.text.slice(from, from + OWN_FIELD_REACH);
  const stop = tail.search(COMPLEMENT_END);
  const end = from + (stop < 0 ? tail.length : stop);
  return !sectors.some((s) => s.span.start >= from && s.span.end <= end);
}

/** How far (characters) into its line a list item's instrument may stand: its marker and an article. */
const ITEM_OPENING = 12;

/**
 * Whether a form opens a line that is a list item ("- acordo sobre…", "2 – A memorandum on…"): each such line is an
 * instrument of its own, however like its neighbours' form and field (two agreements on justice are two).
 */
export function opensItemLine(doc: MatchDoc, line: { start: number; end: number }, form: Span): boolean {
  const before = doc.text.slice(line.start, form.start);
  return before.length <= ITEM_OPENING && ITEM.test(doc.text.slice(line.start, line.end)) && !/[.;:!?]\s/.test(before);
}

/** Whether a form opens, as a list item, the line of the text it stands on (opensItemLine). */
export function opensItsLine(doc: MatchDoc, form: Span): boolean {
  const end = doc.text.indexOf("\n", form.start);
  return opensItemLine(
    doc,
    { start: doc.text.lastIndexOf("\n", form.start) + 1, end: end < 0 ? doc.text.length : end },
    form,
  );
}

/**
 * Whether a status word is a carry phrase standing for a signing ("Dazu gehören …", "Among them …"): it opens a
 * list of the batch's instruments, so it governs every instrument its sentence names after it, however long.
 */
export function carriedOver(doc: MatchDoc, cue: LexiconMatch<unknown>, form: LexiconMatch<unknown>): boolean {
  return (
    cue.span.end <= form.span.start &&
    carryPhrases(doc).some((p) => p.span.start === cue.span.start && p.span.end === cue.span.end)
  );
}

/** A colon closes the signing clause this close (characters) after its signing word ("were signed at the talks:"). */
const COLON_REACH = 60;

/**
 * Whether a signing word governs an instrument of the list its clause opens with a colon ("Five documents were
 * signed: A, B, … and E", "подписано пять документов: …"), however long the list: the colon follows the word
 * within its clause and comes before the instrument. (The caller asks that the instrument be joined to the one
 * before it, so that the list still runs.)
 */
export function listedAfterColon(doc: MatchDoc, cue: LexiconMatch<unknown>, form: LexiconMatch<unknown>): boolean {
  if (cue.span.end > form.span.start) return false;
  const between = doc.text.slice(cue.span.end, form.span.start);
  const colon = between.indexOf(":");
  return colon >= 0 && colon <= COLON_REACH && !/[;؛]/.test(between.slice(0, colon));
}
