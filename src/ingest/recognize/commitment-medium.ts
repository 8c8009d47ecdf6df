/**
 * A statement that reports news is no instrument: "a indiqué le ministère dans une déclaration", "teilte das
 * Ministerium in einer auf Telegram veröffentlichten Erklärung mit", "говорится в заявлении". A declaration form right
 * after such a phrase (seed/lexicons/commitments.json `medium.before`, up to three words between in its clause) is
 * the news's medium and leaves the forms, unless a `medium.joint` word makes it a joint one ("dans une déclaration
 * commune") or a signing participle follows it ("dans une déclaration signée lundi").
 */
import data from "../../../seed/lexicons/commitments.json";
import type { LexiconMatch } from "../match/lexicon";
import { CLAUSE_BREAK, type MatchDoc, norm } from "../match/normalize";
import { cueMatches, type Form } from "./commitment-cues";
import { SIGNED } from "./commitment-restated";

type ByLang = Readonly<Record<string, readonly string[]>>;
const MEDIUM = (data as unknown as { medium: { before: ByLang; joint: ByLang } }).medium;
/** Words a medium phrase may stand before its declaration ("in einer auf Telegram veröffentlichten Erklärung"). */
const GAP = 3;
/** The status words of a text, to tell a declaration signed after a place from one a bare preposition reports in. */
type Cues = readonly LexiconMatch<unknown>[];

let words: { before: readonly (readonly string[])[]; joint: ReadonlySet<string> } | undefined;
function mediumWords() {
  words ??= {
    before: Object.values(MEDIUM.before)
      .flat()
      .map((p) => norm(p).split(" ")),
    joint: new Set(Object.values(MEDIUM.joint).flat().map(norm)),
  };
  return words;
}

/**
 * Whether a medium phrase ends `gap` words or fewer before token `at`, with no clause break between. A bare preposition
 * ("в", "في", "em") is a medium's only with no status word between it and the declaration, nor right before it: "в
 * Москве подписали декларацию", "assinaram em Luanda uma declaração" sign one ("в распространённой вчера
 * декларации" reports in one).
 */
function mediumBefore(doc: MatchDoc, at: number, cues: Cues): boolean {
  const { before } = mediumWords();
  for (let gap = 0; gap <= GAP; gap++) {
    for (const phrase of before) {
      const start = at - gap - phrase.length;
      if (phrase.length === 1 && cues.some((c) => c.tokenEnd >= start && c.tokenStart < at)) continue;
      if (start < 0 || !phrase.every((w, k) => doc.tokens[start + k]?.text === w)) continue;
      const from = doc.map[doc.tokens[start + phrase.length - 1]?.end ?? 0] ?? 0;
      const to = doc.map[doc.tokens[at]?.start ?? 0] ?? 0;
      if (!CLAUSE_BREAK.test(doc.text.slice(from, to))) return true;
    }
  }
  return false;
}

/** Words of a statement or declaration, in the eight languages (a joint one too). */
const STATEMENT = /(?:declara|déclaration|dichiarazion|erklärung|statement|заявлени|بيان|إعلان)/iu;
/** "To the press" right after a statement's words, in its clause (an adjective or two between). */
const TO_THE_PRESS =
  /^[^.;:!?\n]{0,25}?(?:to the press|to reporters|ante la prensa|a la prensa|ante los periodistas|à la presse|devant la presse|aux journalistes|à imprensa|aos jornalistas|perante a imprensa|alla stampa|ai giornalisti|vor der presse|vor journalisten|перед прессой|перед журналистами|للصحفيين|للصحافة)/iu;

/**
 * A statement made to the press ("ofrecieron una declaración conjunta ante la prensa", "a joint statement to
 * reporters", "une déclaration commune devant la presse"): words spoken, no instrument, joint or not.
 */
export function toThePress(doc: MatchDoc, span: { start: number; end: number; text: string }): boolean {
  return STATEMENT.test(span.text) && TO_THE_PRESS.test(doc.text.slice(span.end, span.end + 60));
}

/** The forms less the declarations that are the medium of the news, and statements made to the press. */
export function withoutMedium(doc: MatchDoc, forms: LexiconMatch<Form>[]): LexiconMatch<Form>[] {
  const { joint } = mediumWords();
  const cues = cueMatches(doc);
  return forms.filter((f) => {
    if (toThePress(doc, f.span)) return false;
    if (f.data.legalForm !== "declaration") return true;
    const near = doc.tokens.slice(Math.max(0, f.tokenStart - GAP), f.tokenEnd + 1);
    if (near.some((t) => joint.has(t.text))) return true;
    if (SIGNED.test(doc.tokens[f.tokenEnd]?.text ?? "")) return true;
    return !mediumBefore(doc, f.tokenStart, cues);
  });
}
