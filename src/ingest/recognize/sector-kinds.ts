/**
 * Sectors that what the meeting is gives, wherever the report says it. A state visit or political consultations are
 * political dialogue; a business forum, the volume of trade, or a trade figure ("trade reached 2.4 billion dollars",
 * "товарооборот вырос на 20 %") is the economy. One mention counts, in the last paragraph as in the lead. The words
 * are in seed/lexicons/sector-cues.json (`alone`, per sector; `figures`, words of trade beside an amount).
 */
import cuesData from "../../../seed/lexicons/sector-cues.json";
import { entriesOf, Lexicon } from "../match/lexicon";
import type { MatchDoc } from "../match/normalize";
import type { Span } from "../types";
import { wordsOf } from "./sector-salience";

type ByLang = Readonly<Record<string, readonly string[]>>;
const DATA = cuesData as unknown as { alone: Readonly<Record<string, ByLang>>; figures: ByLang };
const ECONOMY = "economy-trade-investment";

/** A sector that a mention gives on its own, with the mention. */
export interface KindHit {
  sector: string;
  span: Span;
}

const aloneLexicons = new Map<string, Lexicon<string>>();
/** The `alone` words of one language (every language's when it is unknown), data: the sector. */
function aloneLexicon(language: string | undefined): Lexicon<string> {
  const known = language !== undefined && Object.values(DATA.alone).some((byLang) => byLang[language]);
  const key = known ? language : "*";
  let lex = aloneLexicons.get(key);
  if (!lex) {
    const entries = Object.entries(DATA.alone).flatMap(([sector, byLang]) =>
      entriesOf(key === "*" ? byLang : { [key]: byLang[key] ?? [] }, sector),
    );
    // German nouns keep their capital (Handel is trade, handelt a verb), as in the sector lexicon.
    lex = new Lexicon(
      entries.map((e) => (e.lang === "de" && /^\p{Lu}/u.test(e.pattern) ? { ...e, casing: "capital" as const } : e)),
      { compounds: true },
    );
    aloneLexicons.set(key, lex);
  }
  return lex;
}

const DIGIT = "[0-9\u0660-\u0669]";
/** Words of scale and currency that follow a figure of money (with `mil` before the Iberian millions). */
const SCALE =
  "(?:mil\\s+)?(?:billions?|millions?|trillions?|bn|mn|mln|milliards?|mds?|miliard[oi]|milion[ei]|mil\\s+millones|millones|millón|bilh(?:ões|ão)|bili(?:ões|ão)|milh(?:ões|ão)|млрд|млн|трлн|миллиард\\p{L}*|миллион\\p{L}*|Milliarden?|Millionen?|Mrd|Mio|مليار|مليارات|مليون|ملايين)";
const CURRENCY =
  "(?:dollars?|dólares|dólar|dollari|euros?|USD|EUR|francs?|FCFA|yuans?|rubles?|roubles?|rublos?|tenge|dirhams?|riyals?|долл\\p{L}*|евро|руб\\p{L}*|тенге|Dollar|Euro|دولار|يورو|درهم|ريال)";
const SHARE =
  "(?:%|per\\s?cent|pour\\s+cent|por\\s+ciento|por\\s+cento|per\\s+cento|процент\\p{L}*|Prozent|بالمئة|بالمائة|في\\s+المائة)";
/** An amount of money or a share: a figure with its scale, currency or percent, or a currency sign before it. */
const AMOUNT = new RegExp(
  `(?:[$€£]|US\\$)\\s?${DIGIT}|${DIGIT}(?:[\\d\u0660-\u0669.,\u00a0\u202f ]*${DIGIT})?\\s*(?:${SCALE}(?:\\s+(?:de\\s+|d'|di\\s+)?${CURRENCY})?|${CURRENCY}|${SHARE})(?![\\p{L}])`,
  "iu",
);

/** The sectors that mentions of what the meeting is give, and the economy that a trade figure gives. */
export function meetingKinds(doc: MatchDoc, language: string | undefined): KindHit[] {
  const hits: KindHit[] = aloneLexicon(language)
    .match(doc)
    .map((m) => ({ sector: m.data, span: m.span }));
  const words = wordsOf(DATA.figures, language)
    .match(doc)
    .sort((a, b) => a.span.start - b.span.start);
  if (words.length === 0) return hits;
  // Sentences are in text order and so are the words: one pass over both.
  let i = 0;
  for (const s of doc.sentences) {
    while (i < words.length && (words[i]?.span.start ?? 0) < s.start) i++;
    const first = words[i];
    if (!first || first.span.start >= s.end) continue;
    if (AMOUNT.test(doc.text.slice(s.start, s.end))) {
      hits.push({ sector: ECONOMY, span: first.span });
      return hits;
    }
  }
  return hits;
}
