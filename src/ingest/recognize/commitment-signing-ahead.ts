/**
 * A signing named as the subject of what it will bring: "The signing of the accord will open…", "La firma del
 * convenio permitirá…", "С подписанием соглашения … станет…", "وسيسهم توقيع الاتفاقية في…". The report tells a
 * consequence still ahead, so the signing it names is still ahead too, as it is with a predicate of likelihood ("La
 * signature de l'accord est probable"); the same noun with a past predicate ("The signing took place on Monday") is
 * a signing done.
 */
import type { LexiconMatch } from "../match/lexicon";
import { CLAUSE_BREAK, type MatchDoc, sentenceAt } from "../match/normalize";
import { FRENCH_FUTURE_SINGULAR, futureAt, futureTenses, written } from "./commitment-future";
import { DAY_WORD, WEEKDAY } from "./commitment-weekday";
import { SIGNING_NOUN } from "./commitment-signing-noun";

/**
 * Prepositions opening a sentence on a signing ("With the signing of…, …", "Besides the signing of…, he will…",
 * "Outre la signature de…, il visitera…"): the comma after their phrase ends no clause, and the main clause's
 * verb, right after it, tells whether the signing is done or ahead.
 */
const WITH = new Set([
  "with",
  "avec",
  "con",
  "com",
  "mit",
  "с",
  "со",
  "besides",
  "outre",
  "oltre",
  "ademas",
  "alem",
  "neben",
  "помимо",
  "кроме",
]);
/** Words opening a clause of "that", in matching form ("that", "que", "che", "dass", "что"). */
const THAT = new Set(["that", "que", "qu", "che", "dass", "что"]);
/** Words that make "that" a conjunction of another kind ("ainsi que", "now that", "so that", "bien que", "per che"). */
const NOT_THAT =
  /^(?:ainsi|alors|bien|meme|tandis|des|lors|pendant|depuis|avant|apres|pour|sans|afin|parce|now|so|such|given|except|cosi|dopo|prima|perche|affinche|senza|per|purche|asi|mientras|ya|aunque|antes|despues|para|sin|siempre|assim|enquanto|ja|embora|depois|sem|ohne|damit|sodass|so|als|bis|тем|так|после|до|для|потому|хотя|несмотря|того)$/u;
/** Words at most before a signing noun that opens its sentence ("The", "With the", "Avec la", "Und die"). */
const LEAD_WORDS = 3;
/** A future word stands this many words after such a signing at most ("the signing of the fisheries agreement is expected"). */
const SUBJECT_REACH = 12;
/** An Arabic verb in the future (its prefix سـ after an optional conjunction) right before the signing: "وسيسهم توقيع". */
const ARABIC_FUTURE_VERB = /^[وف]?س[يتن]\p{L}{3,}$/u;
/** The Arabic "would" phrase right before the signing: "ومن شأن توقيع … أن…". */
const ARABIC_WOULD = /^(?:و?من)\s(?:شان|شأن)$/u;

/** A word of waiting stands this many words before the signing noun it awaits at most ("à espera da sua assinatura"). */
const AWAIT_REACH = 3;
/** Words that may stand between a word of waiting and the signing it awaits: articles, "of", possessives. */
const AWAIT_LINKS = new Set(
  "of the its their for a de la le l sa son leur du des di della del dell su sus da do dos das sua seu suas seus auf die der dem ihre ihrer seine seiner их его ее её".split(
    " ",
  ),
);

/** Words that may stand between a signing noun and a word of waiting after it ("the signing is still pending"). */
const AWAIT_AFTER_LINKS = new Set(
  "is still remains remain esta sigue ainda est reste toujours e resta ancora ist noch".split(" "),
);

/**
 * Whether a word of waiting (`awaiting` of the modality lexicon) stands right before a signing noun, only
 * AWAIT_LINKS between ("20 acordos à espera de assinatura", "pending signature", "в ожидании подписания"), or right
 * after it as its predicate ("the signing is still pending", "die auf ihre Unterzeichnung warten"). A word of time
 * does not count: "before the signing ceremony, the leaders met" tells a signing done that day.
 */
function awaitsSigning(doc: MatchDoc, cue: LexiconMatch<unknown>, modality: readonly LexiconMatch<string>[]): boolean {
  return modality.some((m) => {
    if (m.data !== "awaiting") return false;
    const after = m.tokenStart >= cue.tokenEnd;
    const [from, to, links] = after
      ? [cue.tokenEnd, m.tokenStart, AWAIT_AFTER_LINKS]
      : [m.tokenEnd, cue.tokenStart, AWAIT_LINKS];
    if (to < from || to - from > (after ? AWAIT_REACH - 1 : AWAIT_REACH)) return false;
    const [start, end] = after ? [cue.span.end, m.span.start] : [m.span.end, cue.span.start];
    if (CLAUSE_BREAK.test(doc.text.slice(start, end))) return false;
    return doc.tokens.slice(from, to).every((t) => links.has(t.text));
  });
}

/** The words of a sentence before a token, as their indices. */
function leadOf(doc: MatchDoc, tokenStart: number, from: number): number[] {
  const lead: number[] = [];
  for (let i = tokenStart - 1; i >= 0; i--) {
    const t = doc.tokens[i];
    if (!t || (doc.map[t.start] ?? 0) < from) break;
    lead.unshift(i);
  }
  return lead;
}

/** French words that open a sentence on "signature" ("La signature…", "Avec cette signature…"). */
const FRENCH_LEAD = new Set(["la", "cette", "avec", "et", "mais", "outre"]);

/** The French simple futures (singular) in the words after a French signing noun ("La signature de l'accord…"). */
function frenchFutures(
  doc: MatchDoc,
  cue: LexiconMatch<unknown>,
  lead: readonly number[],
  from: number,
): LexiconMatch<string>[] {
  const french =
    doc.tokens[cue.tokenStart]?.text === "signature" && lead.some((i) => FRENCH_LEAD.has(doc.tokens[i]?.text ?? ""));
  if (!french || from < 0) return [];
  const out: LexiconMatch<string>[] = [];
  for (let i = cue.tokenEnd; i < Math.min(doc.tokens.length, from + SUBJECT_REACH + 1); i++)
    if (FRENCH_FUTURE_SINGULAR.test(doc.tokens[i]?.text ?? "")) out.push(futureAt(doc, i));
  return out;
}

/**
 * Whether a signing word is a signing noun that opens its sentence as the subject of a future predicate: a future
 * word (`future` of the modality lexicon, or a simple-future verb) after it in its clause, or, in Arabic, a verb in
 * the future or "من شأن" right before it; or a signing noun a word of waiting governs ("awaiting signature").
 */
export function signingAhead(
  doc: MatchDoc,
  cue: LexiconMatch<unknown>,
  modality: readonly LexiconMatch<string>[],
): boolean {
  const noun = doc.tokens[cue.tokenStart]?.text ?? "";
  if (!SIGNING_NOUN.test(noun)) return false;
  if (awaitsSigning(doc, cue, modality)) return true;
  const before = [doc.tokens[cue.tokenStart - 2]?.text, doc.tokens[cue.tokenStart - 1]?.text];
  if (ARABIC_FUTURE_VERB.test(before[1] ?? "") || ARABIC_WOULD.test(before.join(" "))) return true;
  const sentence = sentenceAt(doc, cue.span.start);
  if (!sentence) return false;
  // The noun may open a clause of "that" as its subject ("The government stressed that the signing of the agreement
  // will give…", "подчеркнули, что подписание соглашения придаст…"): its lead is counted from there, and only a verb in
  // the future is its predicate there, in a sentence with no day of its own.
  const whole = leadOf(doc, cue.tokenStart, sentence.start);
  const at = whole.findLastIndex((i) => THAT.has(doc.tokens[i]?.text ?? ""));
  const that = at >= 0 && !NOT_THAT.test(doc.tokens[(whole[at] ?? 0) - 1]?.text ?? "") ? at : -1;
  if (that >= 0 && dayIn(doc, sentence)) return false;
  const lead = that >= 0 ? whole.slice(that + 1) : whole;
  if (lead.length > LEAD_WORDS) return false;
  const opensWith = lead.some((i) => WITH.has(doc.tokens[i]?.text ?? ""));
  // The opening phrase runs to its comma, however long its object ("Outre la signature de différents accords de
  // coopération économique entre le Sénégal et la France, il visitera…"): the predicate is counted from there.
  const comma = opensWith ? doc.text.indexOf(",", cue.span.end) : -1;
  const from =
    comma >= 0 && comma < sentence.end
      ? doc.tokens.findIndex((t, i) => i >= cue.tokenEnd && (doc.map[t.start] ?? 0) > comma)
      : cue.tokenEnd;
  // "…will open", "…permitirá", or a predicate of likelihood ("La signature d'un accord … est probable").
  const futures =
    that >= 0
      ? futureVerbsAfter(doc, from, sentence.end)
      : [
          ...modality.filter((m) => m.data === "future" || m.data === "likely"),
          ...frenchFutures(doc, cue, lead, from),
          // Russian perfectives of consequence, read only here ("Подписание соглашения придаст импульс…").
          ...futureVerbsAfter(doc, from, sentence.end).filter((m) => RUSSIAN_FUTURE.test(m.span.text.toLowerCase())),
        ];
  return futures.some((m) => {
    if (m.tokenStart < cue.tokenEnd || from < 0 || m.tokenStart - from > SUBJECT_REACH) return false;
    if (m.span.start > sentence.end) return false;
    const between = doc.text.slice(cue.span.end, m.span.start);
    // "With the signing of the agreement, most of the region will…": the one comma closes the opening phrase.
    const rest = opensWith ? between.replace(",", " ") : between;
    return !CLAUSE_BREAK.test(rest);
  });
}

/** Russian perfective verbs whose present form is a future of consequence ("придаст импульс", "укрепит связи"). */
const RUSSIAN_FUTURE =
  /^(?:придаст|придадут|укрепит|укрепят|обеспечит|обеспечат|откроет|откроют|послужит|послужат|позволит|позволят|станет|станут|даст|дадут|создаст|создадут|расширит|расширят|поможет|помогут)$/u;
/** German future auxiliaries that close their clause after the infinitive ("… neuen Schwung geben wird."). */
const GERMAN_FUTURE_END = /^(?:wird|werden)$/u;

/**
 * The verbs in the future after a signing noun that opens a clause of "that", up to its sentence's end: a Romance
 * simple future ("permitirá", "renforcera", "darà", "dará"), English "will" before a verb, a German "wird" closing its
 * clause, a Russian perfective of consequence. Nouns of hope or will and words of expectation are none.
 */
function futureVerbsAfter(doc: MatchDoc, from: number, end: number): LexiconMatch<string>[] {
  const out: LexiconMatch<string>[] = [];
  const romance = new Set(futureTenses(doc).map((f) => f.tokenStart));
  for (let i = Math.max(from, 0); i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (!t || (doc.map[t.start] ?? Infinity) >= end) break;
    const next = doc.tokens[i + 1]?.text ?? "";
    const closes = /^\s*[,.;:!?\n]/u.test(doc.text.slice((doc.map[t.end - 1] ?? 0) + 1));
    if (
      romance.has(i) ||
      FRENCH_FUTURE_SINGULAR.test(written(doc, i).toLowerCase()) ||
      RUSSIAN_FUTURE.test(t.text) ||
      (t.text === "will" && /^\p{Ll}+$/u.test(next) && next !== "be") ||
      (GERMAN_FUTURE_END.test(t.text) && closes)
    )
      out.push(futureAt(doc, i));
  }
  return out;
}

/** Whether a sentence names a day of its own: a weekday, a date, today or yesterday (a signing dated is done). */
function dayIn(doc: MatchDoc, sentence: { start: number; end: number }): boolean {
  const text = doc.text.slice(sentence.start, sentence.end);
  return WEEKDAY.test(text) || /\d/u.test(text) || DAY_WORD.test(text);
}
