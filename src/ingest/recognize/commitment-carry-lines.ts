/**
 * Signatures carried to the lines of a list after a colon: a signing sentence ending in a colon ("the following
 * documents were signed:", "подписаны следующие документы:"), or a colon sentence that tells no status of its own right
 * after one that signs a batch ("Se intercambiaron diversos documentos. En particular, se aprobaron los siguientes:"),
 * signs the instruments listed one per line after it.
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import { documentsOf, isPluralForm } from "./commitment-plural";

/**
 * A line that is an item of a list: a dash, bullet or number first ("1.Memorandum" too, and a number set off by a
 * dash: "1 – Agreement", "2 ـ مذكرة"), or an instrument's name.
 */
export const ITEM = /^(?:[-–—•*·▪]|[0-9٠-٩]{1,2}[.)](?:\s|(?=\p{Lu}))|[0-9٠-٩]{1,2}\s?[-–—ـ]+\s|[a-z][.)]\s)/u;

/** A list item's number alone ("2."), cut off the item it numbers. */
const NUMBER_ONLY = /^\d{1,2}[.)]$/;
/**
 * Only opening quotation marks, spaces and an indefinite article before an instrument's name that opens a line ("Un
 * mémorandum sur…", "A memorandum on…"); a definite one opens a sentence about those listed ("The agreements mark…").
 */
const QUOTES_ONLY = /^[\s"'„“”«»‚‘’]*(?:(?:un|une|a|an|ein|eine|einen|uno|una|um|uma)\s+)?$/iu;
/** How many lines a list after a colon may hold. */
const MAX_ITEMS = 30;

/**
 * A signing sentence ending in a colon ("the following documents were signed:", "подписаны следующие
 * документы:") signs the instruments listed one per line after it: each line gets the signing word, placed on
 * the line break before it, until a line that is no list item.
 */
export function carryToLines<C>(
  doc: MatchDoc,
  cuesBy: Map<number, LexiconMatch<C>[]>,
  formsBy: ReadonlyMap<number, readonly LexiconMatch<unknown>[]>,
  firm: (cue: C) => boolean,
): void {
  for (const [k, s] of doc.sentences.entries()) {
    const text = doc.text.slice(s.start, s.end);
    // A list told inline after a colon in a sentence of no status of its own that names the batch again ("Le
    // intese sono le seguenti: accordo di riammissione; dichiarazione congiunta…"): its items are signed there.
    // A colon and a space: not a time ("15:30") nor an address.
    const colon = text.search(/:\s/u);
    if (colon > 0 && !text.endsWith(":")) {
      const cue = inlineList(doc, k, colon, cuesBy, formsBy, firm);
      if (cue) lendCue(doc, cuesBy, s.start, cue, s.start + colon, s.start + colon);
      continue;
    }
    if (!text.endsWith(":")) continue;
    const cue = (cuesBy.get(s.start) ?? []).find((c) => firm(c.data)) ?? signedBefore(doc, k, cuesBy, formsBy, firm);
    if (!cue) continue;
    let numbered = false;
    for (let j = k + 1; j < doc.sentences.length && j <= k + MAX_ITEMS; j++) {
      const line = doc.sentences[j];
      if (!line) break;
      // An item's number the sentence splitter cut off its line ("2." | "Memorandum on…") numbers the next one.
      const after = numbered;
      numbered = NUMBER_ONLY.test(doc.text.slice(line.start, line.end));
      if (numbered) continue;
      // A further sentence of the item's own line ("- Cultura: acordo de coprodução … . Prevê festivais;") goes on
      // with that item: the list runs on at the next line.
      const previous = doc.sentences[j - 1];
      if (!after && j > k + 1 && previous && !doc.text.slice(previous.end, line.start).includes("\n")) continue;
      // …or an instrument's name, quoted or not ("„Abkommen über …“ sowie …").
      const named = (formsBy.get(line.start) ?? []).some((f) =>
        QUOTES_ONLY.test(doc.text.slice(line.start, f.span.start)),
      );
      if (!after && !ITEM.test(doc.text.slice(line.start, line.end)) && !named) break;
      lendCue(doc, cuesBy, line.start, cue, Math.max(s.end, line.start - 1), line.start);
    }
  }
}

/**
 * The signing word a sentence's inline list takes from the batch signed before it: the sentence tells no status of its
 * own, names the batch again before its colon ("Le intese sono le seguenti:"), and names forms after it.
 */
function inlineList<C>(
  doc: MatchDoc,
  k: number,
  colon: number,
  cuesBy: Map<number, LexiconMatch<C>[]>,
  formsBy: ReadonlyMap<number, readonly LexiconMatch<unknown>[]>,
  firm: (cue: C) => boolean,
): LexiconMatch<C> | undefined {
  const here = doc.sentences[k];
  if (!here) return undefined;
  const at = here.start + colon;
  const forms = formsBy.get(here.start) ?? [];
  if (!forms.some((f) => f.span.start > at)) return undefined;
  return namesBatch(doc, forms, { start: here.start, end: at })
    ? signedBefore(doc, k, cuesBy, formsBy, firm)
    : undefined;
}

/** Whether a plural form or a documents word within `span` names a batch ("Les accords", "The documents are…"). */
function namesBatch(
  doc: MatchDoc,
  forms: readonly LexiconMatch<unknown>[],
  span: { start: number; end: number },
): boolean {
  const inside = (d: LexiconMatch<unknown>) => d.span.start >= span.start && d.span.end <= span.end;
  return forms.some((f) => inside(f) && isPluralForm(doc, f)) || documentsOf(doc).some(inside);
}

/**
 * The signing word of the sentence before a colon sentence that tells no status of its own ("Se intercambiaron
 * diversos documentos bilaterales. En particular, se aprobaron los siguientes:"), when that sentence signs a batch.
 */
function signedBefore<C>(
  doc: MatchDoc,
  k: number,
  cuesBy: Map<number, LexiconMatch<C>[]>,
  formsBy: ReadonlyMap<number, readonly LexiconMatch<unknown>[]>,
  firm: (cue: C) => boolean,
): LexiconMatch<C> | undefined {
  const here = doc.sentences[k];
  if (!here || (cuesBy.get(here.start) ?? []).length) return undefined;
  const batchIn = (s: { start: number; end: number }) => namesBatch(doc, formsBy.get(s.start) ?? [], s);
  const signsBatch = (j: number) => {
    const s = doc.sentences[j];
    return s && batchIn(s) ? (cuesBy.get(s.start) ?? []).find((c) => firm(c.data)) : undefined;
  };
  // The sentence right before; or, for a colon sentence that names the batch again ("El listado de acuerdos es el
  // siguiente:", "The list of the agreements is as follows:"), the nearest before it that tells a batch with a status,
  // past what was said in between ("les textes ouvrent une nouvelle étape"): one still ahead there ("firmarán otros
  // acuerdos") lends nothing.
  // …and so does a colon sentence of no batch after one that names the batch again with no status of its own
  // ("Pimenta divulgou a lista dos sete documentos. Veja a seguir:").
  const prev = doc.sentences[k - 1];
  const namedBefore = !!prev && batchIn(prev) && !(cuesBy.get(prev.start) ?? []).length;
  if (!batchIn(here) && !namedBefore) return signsBatch(k - 1);
  for (let j = k - 1; j >= 0 && j >= k - NAMED_LIST_REACH; j--) {
    const s = doc.sentences[j];
    const cues = s ? (cuesBy.get(s.start) ?? []) : [];
    if (s && cues.length && batchIn(s)) return cues.find((c) => firm(c.data));
  }
  return undefined;
}

/** How many sentences back a colon sentence naming a batch again may find the sentence that signed it. */
const NAMED_LIST_REACH = 6;

/**
 * Lends a signing word to the sentence starting at `sentence`: an empty copy of it placed at `at` (before the
 * instruments it signs there), on the first token from `from` on.
 */
export function lendCue<C>(
  doc: MatchDoc,
  cuesBy: Map<number, LexiconMatch<C>[]>,
  sentence: number,
  cue: LexiconMatch<C>,
  at: number,
  from: number,
): void {
  const token = Math.max(
    0,
    doc.tokens.findIndex((t) => (doc.map[t.start] ?? 0) >= from),
  );
  const list = cuesBy.get(sentence) ?? [];
  list.push({ ...cue, span: { start: at, end: at, text: "" }, tokenStart: token, tokenEnd: token });
  cuesBy.set(sentence, list);
}
