/**
 * Leads on more than a pair of states. Lists of three or more countries ("the heads of state of Mongolia, Laos and Fiji"), which say a report is on a
 * gathering of several states when its opening names them together. A list of places visited ("the minister's
 * visit to Georgia, Azerbaijan and Armenia") is a tour's, each host met on its own, not a gathering. A state
 * joined with an organisation ("Mongolia and the African Union signed…"), or one country's leader meeting an
 * organisation's head ("received the Secretary-General of the SCO"), tells of that relation.
 */
import data from "../../../seed/lexicons/pair-cues.json";
import { entriesOf, Lexicon } from "../match/lexicon";
import { type MatchDoc, norm, sentenceAt } from "../match/normalize";
import type { CountryMention } from "./countries";
import { organisationsIn } from "./commitment-organisations";
import { continuesList, joins } from "./pair-joins";
import { VISIT_INTO } from "./place-host";

/** How many distinct countries in a row make a list of several states. */
const LIST_MIN = 3;

/**
 * The countries of the first list of LIST_MIN or more distinct ones before `end` that is not a visit's, if any (the
 * caller tells a gathering of those states from a list of examples that names neither side of a pair).
 */
export function listsSeveral(doc: MatchDoc, mentions: readonly CountryMention[], end: number): Set<string> | undefined {
  let run = new Set<string>();
  let first: CountryMention | undefined;
  let last: CountryMention | undefined;
  for (const [i, m] of mentions.entries()) {
    if (m.span.start >= end) break;
    const continues = last !== undefined && continuesList(doc.text.slice(last.span.end, m.span.start), m);
    if (!continues) first = m;
    run = continues ? run.add(m.code) : new Set([m.code]);
    last = m;
    if (run.size >= LIST_MIN && first && !visited(doc, first)) {
      // The whole list: the countries that go on continuing it.
      for (let j = i + 1, prev = m; j < mentions.length; j++) {
        const next = mentions[j];
        if (!next || !continuesList(doc.text.slice(prev.span.end, next.span.start), next)) break;
        run.add(next.code);
        prev = next;
      }
      return run;
    }
  }
  return undefined;
}

function visited(doc: MatchDoc, first: CountryMention): boolean {
  const from = sentenceAt(doc, first.span.start)?.start ?? 0;
  return VISIT_INTO.test(doc.text.slice(from, first.span.start));
}

/** Whether a country and an organisation are joined before `end` ("X and the EU", "l'UA et l'Iran"). */
export function joinedWithOrganisation(doc: MatchDoc, mentions: readonly CountryMention[], end: number): boolean {
  return organisationsIn(doc).some((o) => {
    if (o.span.start >= end) return false;
    const before = mentions.findLast((m) => m.span.end <= o.span.start);
    const after = mentions.find((m) => m.span.start >= o.span.end);
    return (
      (before !== undefined && joins(doc.text.slice(before.span.end, o.span.start), o)) ||
      (after !== undefined && after.span.start < end && joins(doc.text.slice(o.span.end, after.span.start), after))
    );
  });
}

type ByLang = Readonly<Record<string, readonly string[]>>;
const CUES = data as unknown as { organisationHeads: ByLang; determiners: ByLang };
let heads: Lexicon<true> | undefined;
const headLexicon = () => (heads ??= new Lexicon(entriesOf(CUES.organisationHeads, true as const)));
/** Words between an office and its organisation: "of", articles ("the Secretary-General of the SCO"). */
const OF = new Set(
  [...Object.values(CUES.determiners).flat(), "of", "de", "di", "da", "d", "von", "dell", "della", "del"].map((w) =>
    norm(w),
  ),
);
/** How many words may stand between an office and its organisation. */
const OF_REACH = 2;

/**
 * Whether a sentence before `end` names an organisation's head ("the Secretary-General of the SCO", "генерального
 * секретаря ШОС", "الأمين العام لمنظمة…") and at most one country: a meeting with an organisation, not a pair.
 */
export function meetsOrganisationHead(doc: MatchDoc, mentions: readonly CountryMention[], end: number): boolean {
  const found = headLexicon()
    .match(doc)
    .filter((h) => h.span.start < end);
  if (!found.length) return false;
  return organisationsIn(doc).some((o) => {
    if (o.span.start >= end) return false;
    const head = found.find(
      (h) =>
        h.tokenEnd <= o.tokenStart &&
        o.tokenStart - h.tokenEnd <= OF_REACH &&
        doc.tokens.slice(h.tokenEnd, o.tokenStart).every((t) => OF.has(t.text)),
    );
    const sentence = head && sentenceAt(doc, head.span.start);
    if (!sentence) return false;
    const named = mentions.filter((m) => m.span.start >= sentence.start && m.span.start < sentence.end);
    return new Set(named.map((m) => m.code)).size <= 1;
  });
}
