/**
 * Positions: a country's stance on an issue (seed/lexicons/positions.json), e.g. support for
 * Morocco's autonomy plan for the Sahara. An issue pattern counts in a sentence that has one of the
 * issue's context words, or right after one that has (or when the title has one); a stance word in
 * the sentence gives the stance. The holder is the pair's other country when the issue's owner is
 * in the pair (for a KZ–MA report on the autonomy plan: KZ), else the first other country named there.
 */
import data from "../../../seed/lexicons/positions.json";
import { entriesOf, Lexicon } from "../match/lexicon";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import type { CountryHit, PairHit, PositionHit } from "../types";

type ByLang = Readonly<Record<string, readonly string[]>>;
type Stance = PositionHit["stance"];
interface Issue {
  slug: string;
  owner: string;
  patterns: ByLang;
  context: ByLang;
}
// The JSON is ours (seed/lexicons); a unit test checks its stances.
const DATA = data as unknown as {
  issues: readonly Issue[];
  stances: Readonly<Record<Exclude<Stance, "neutral">, ByLang>>;
};
const MAX_QUOTE = 400;

let lex: { issues: Lexicon<Issue>; context: Lexicon<string>; stances: Lexicon<Stance> } | undefined;
function lexicons() {
  lex ??= {
    issues: new Lexicon(DATA.issues.flatMap((i) => entriesOf(i.patterns, i))),
    context: new Lexicon(DATA.issues.flatMap((i) => entriesOf(i.context, i.slug))),
    stances: new Lexicon(
      (Object.keys(DATA.stances) as Exclude<Stance, "neutral">[]).flatMap((s) => entriesOf<Stance>(DATA.stances[s], s)),
    ),
  };
  return lex;
}

/** The country that holds a position on an issue owned by `owner`, in one sentence of the report. */
function holderOf(
  owner: string,
  pair: PairHit | undefined,
  countries: readonly CountryHit[],
  sentence: { start: number; end: number },
) {
  const codes = pair?.key.split("-") ?? [];
  if (codes.includes(owner)) return codes.find((c) => c !== owner);
  const named = countries
    .filter((c) => c.code !== owner)
    .map((c) => ({
      code: c.code,
      at: c.mentions.find((m) => m.start >= sentence.start && m.end <= sentence.end)?.start,
    }))
    .filter((c): c is { code: string; at: number } => c.at !== undefined)
    .sort((a, b) => a.at - b.at)[0];
  return named?.code;
}

/** Positions stated in a report (one per holder and issue, the surest kept). */
export function findPositions(
  doc: MatchDoc,
  countries: readonly CountryHit[],
  pair: PairHit | undefined,
  title?: MatchDoc,
): PositionHit[] {
  const { issues, context, stances } = lexicons();
  const contextHits = context.match(doc);
  const titleContext = new Set(title ? context.match(title).map((m) => m.data) : []);
  const stanceHits = stances.match(doc);
  const out = new Map<string, PositionHit>();
  for (const m of issues.match(doc)) {
    const issue = m.data;
    const sentence = sentenceAt(doc, m.span.start);
    if (!sentence) continue;
    const idx = doc.sentences.indexOf(sentence);
    const previous = doc.sentences[idx - 1];
    const inThis = contextHits.some(
      (c) => c.data === issue.slug && c.span.start >= sentence.start && c.span.end <= sentence.end,
    );
    const inPrevious = previous
      ? contextHits.some((c) => c.data === issue.slug && c.span.start >= previous.start && c.span.end <= previous.end)
      : false;
    if (!inThis && !inPrevious && !titleContext.has(issue.slug)) continue;
    const stance = stanceHits
      .filter((s) => s.span.start >= sentence.start && s.span.end <= sentence.end)
      .sort((a, b) => Math.abs(a.span.start - m.span.start) - Math.abs(b.span.start - m.span.start))[0];
    if (!stance) continue;
    const holder = holderOf(issue.owner, pair, countries, sentence);
    if (!holder) continue;
    const holderNamed = countries.some(
      (c) => c.code === holder && c.mentions.some((s) => s.start >= sentence.start && s.end <= sentence.end),
    );
    const confidence = Math.min(0.95, 0.6 + (inThis ? 0.15 : 0.05) + (holderNamed ? 0.1 : 0) + (pair ? 0.05 : 0));
    const end = Math.min(sentence.end, sentence.start + MAX_QUOTE);
    const hit: PositionHit = {
      holder,
      issue: issue.slug,
      stance: stance.data,
      quote: { start: sentence.start, end, text: doc.text.slice(sentence.start, end) },
      confidence: Math.round(confidence * 100) / 100,
    };
    const key = `${holder}|${issue.slug}`;
    const prev = out.get(key);
    if (!prev || hit.confidence > prev.confidence) out.set(key, hit);
  }
  return [...out.values()];
}
