/**
 * A demonstrative and a count before a form ("Estes dois memorandos foram assinados após…", "Ces deux mémorandums ont
 * été signés…", "These two memoranda were signed…") name again the instruments the sentences before it signed, when
 * together they signed as many: outlets call one batch by two words ("assinaram dois acordos … Estes dois memorandos").
 */
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import type { CommitmentHit } from "../types";
import { numberIn } from "./commitment-list-words";
import { countOf } from "./commitment-plural";
import { languageOf, lists } from "./commitment-word-lists";

/**
 * The count a demonstrative (seed/lexicons/commitments.json `lists.pluralDemonstratives`) and a number right before a
 * form give ("these two memoranda": 2), if they stand so.
 */
function demonstrativeCount(doc: MatchDoc, m: LexiconMatch<unknown>): number | undefined {
  const count = doc.tokens[m.tokenStart - 1]?.text ?? "";
  if (!lists().pluralDemonstratives.has(doc.tokens[m.tokenStart - 2]?.text ?? "")) return undefined;
  return numberIn(count, languageOf(doc));
}

/**
 * The commitments a mention restates by a demonstrative and a count (`earlier` gives the firm commitments read before
 * it that are still kept, with their mentions; asked only when the mention has both): every one signed in the
 * sentences before its own, when they number exactly that count, and none in its own sentence before it ("signed two
 * memoranda, and these two memoranda…" are its own sentence's; "signed four agreements … These two memoranda" are two
 * of the four). Else none.
 */
export function restatedByCount(
  doc: MatchDoc,
  m: LexiconMatch<unknown>,
  earlier: () => readonly { hit: CommitmentHit; mention: LexiconMatch<unknown> }[],
): CommitmentHit[] | undefined {
  const n = demonstrativeCount(doc, m);
  if (n === undefined || n < 2) return undefined;
  const before = earlier();
  const at = sentenceAt(doc, m.span.start)?.start ?? -1;
  const sentenceOf = (o: { mention: LexiconMatch<unknown> }) => sentenceAt(doc, o.mention.span.start)?.start ?? -1;
  if (before.some((o) => sentenceOf(o) === at && o.mention.span.start < m.span.start)) return undefined;
  const told = before.filter((o) => sentenceOf(o) >= 0 && sentenceOf(o) < at);
  // A count told before and already lessened by these instruments ("quatre accords … Ces deux mémorandums": a batch
  // of two left besides them) is no batch they restate: every earlier mention must hold as many as its count says.
  const byMention = new Map<LexiconMatch<unknown>, number>();
  for (const o of told) byMention.set(o.mention, (byMention.get(o.mention) ?? 0) + (o.hit.instruments ?? 1));
  for (const [mention, held] of byMention) {
    const stated = countOf(doc, mention);
    if (stated !== undefined && stated !== held) return undefined;
  }
  const total = [...byMention.values()].reduce((k, held) => k + held, 0);
  return total === n ? told.map((o) => o.hit) : undefined;
}

/**
 * The restated instruments take the restating word's form when theirs was only "agreement", the word for any
 * instrument ("dois acordos de cooperação … Estes dois memorandos": two memoranda).
 */
export function takeForm(restated: readonly CommitmentHit[], by: CommitmentHit): void {
  if (!by.legalForm || by.legalForm === "agreement") return;
  const formTitle = by.title.split(": ")[0] ?? by.title;
  for (const h of restated) {
    if (h.legalForm !== "agreement") continue;
    const [, ...subject] = h.title.split(": ");
    h.legalForm = by.legalForm;
    h.kind = by.kind;
    h.title = [formTitle, ...subject].join(": ");
  }
}
