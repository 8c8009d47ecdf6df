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
import type { Form } from "./commitment-cues";
import { SIGNED } from "./commitment-restated";

type ByLang = Readonly<Record<string, readonly string[]>>;
const MEDIUM = (data as unknown as { medium: { before: ByLang; joint: ByLang } }).medium;
/** Words a medium phrase may stand before its declaration ("in einer auf Telegram veröffentlichten Erklärung"). */
const GAP = 3;

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

/** Whether a medium phrase ends `gap` words or fewer before token `at`, with no clause break between. */
function mediumBefore(doc: MatchDoc, at: number): boolean {
  const { before } = mediumWords();
  for (let gap = 0; gap <= GAP; gap++) {
    for (const phrase of before) {
      const start = at - gap - phrase.length;
      if (start < 0 || !phrase.every((w, k) => doc.tokens[start + k]?.text === w)) continue;
      const from = doc.map[doc.tokens[start + phrase.length - 1]?.end ?? 0] ?? 0;
      const to = doc.map[doc.tokens[at]?.start ?? 0] ?? 0;
      if (!CLAUSE_BREAK.test(doc.text.slice(from, to))) return true;
    }
  }
  return false;
}

/** The forms less the declarations that are the medium of the news. */
export function withoutMedium(doc: MatchDoc, forms: LexiconMatch<Form>[]): LexiconMatch<Form>[] {
  const { joint } = mediumWords();
  return forms.filter((f) => {
    if (f.data.legalForm !== "declaration") return true;
    const near = doc.tokens.slice(Math.max(0, f.tokenStart - GAP), f.tokenEnd + 1);
    if (near.some((t) => joint.has(t.text))) return true;
    if (SIGNED.test(doc.tokens[f.tokenEnd]?.text ?? "")) return true;
    return !mediumBefore(doc, f.tokenStart);
  });
}
