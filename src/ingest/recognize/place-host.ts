/**
 * A seat of government named by its kind, not its name: "received … at the presidential palace", "au palais
 * présidentiel", "en Casa Presidencial", "im Präsidentenpalast", "в президентском дворце", "بالقصر الرئاسي", or
 * "in the capital" with no name. It is the host country's seat of government (seed/lexicons/gazetteer/seats.json:
 * its capital unless listed), the host being the country whose leader receives or the one the visit went to. A
 * seat with its city beside it ("State House Mombasa", "the Presidential Villa, Abuja") leaves that city to the
 * gazetteer. Whether the seat is where the happening was is decided like any place's (place.ts).
 */
import seats from "../../../seed/lexicons/gazetteer/seats.json";
import { type MatchDoc, type Sentence, sentenceAt } from "../match/normalize";
import { capitalPlace } from "./capital-names";
import type { CountryMention, PlaceHit } from "./countries";
import { placeKey } from "./gazetteer-data";

type Seats = { kinds: Record<string, string[]>; capital: Record<string, string[]>; seats: Record<string, string> };
// The JSON is ours (seed/lexicons/gazetteer); its "$comment" key is not read.
const DATA = seats as unknown as Seats;

/** One phrase of the data as a pattern: flexible spaces, "*" for any ending, Arabic prepositions written on. */
function phrase(p: string): string {
  const body = p
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === "*" ? "\\p{L}*" : `\\${c}`)).replace(/['’]/g, "['’]"))
    .join("\\s+");
  if (/^ال/.test(p)) return `(?:و?بال|و?لل|ال)${body.slice(2)}`;
  return /^[\u0621-\u064A]/.test(p) ? `(?:و?ب)?${body}` : body;
}
/** Every phrase of a table as one pattern, longest first, standing as whole words. */
function pattern(table: Record<string, string[]>, tail = ""): RegExp {
  const all = Object.values(table)
    .flat()
    .sort((a, b) => b.length - a.length)
    .map(phrase);
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${all.join("|")})(?![\\p{L}\\p{M}])${tail}`, "giu");
}
/** A seat named by its kind. */
const KIND = pattern(DATA.kinds);
/**
 * The word for capital with no name after it: a comma, a stop, or a lower-case word ("in the capital on Monday");
 * in Arabic any word, as a name or adjective after it is a mention or a place, which rule the phrase out below.
 */
const CAPITAL = pattern(
  DATA.capital,
  "(?=\\s*[,.;:()،]|\\s+(?!(?:city|of|de|du|des|di|del|della|do|da|von)\\s)[\\p{Ll}\\d\\u0621-\\u064A]|\\s*$)",
);
/**
 * A visit into a country or city, the phrase ending where the place starts: "visit to Algeria", "visite officielle
 * en Mauritanie", "Besuch in Berlin", "زيارة رسمية إلى الرباط"; Arabic may put the visitor between ("زيارة الدولة
 * التي يقوم بها الرئيس … إلى هانوي").
 */
export const VISIT_INTO =
  /(?:(?:visit\p{L}*|visite|visita|Besuch\p{L}*|Staatsbesuch\p{L}*|визит\p{L}*|déplacement|voyage|viaje|viagem|Reise)(?:\s+[^\s.,;:]+){0,4}\s+(?:to|en|au|aux|à|in|a|em|na|no|ao|aos|às|nach|в|во)|زيار\p{L}*(?:\s+[^\s.,;:،]+){0,9}?\s+(?:إلى|الى))\s+(?:the\s+|l['’]\s*|la\s+)?$/iu;
/** Received by someone: the country named right after is the host ("accueilli par son homologue mauritanien"). */
const RECEIVED_BY =
  /(?:(?:received|welcomed|greeted|hosted)(?:\s+[^\s.,;:]+){0,4}?\s+by|(?:reçue?s?|accueillie?s?)(?:\s+[^\s.,;:]+){0,4}?\s+par|(?:ricevut[oaie]|accolt[oaie])(?:\s+[^\s.,;:]+){0,4}?\s+d(?:a|al|alla|allo|ai|agli)|(?:recibid[oa]s?|acogid[oa]s?)(?:\s+[^\s.,;:]+){0,4}?\s+por|(?:recebid[oa]s?|acolhid[oa]s?)(?:\s+[^\s.,;:]+){0,4}?\s+(?:por|pel[oa]))\s/iu;
/** A receiving verb in the passive with no agent after it ("was received", "a été reçu", "wurde … empfangen"). */
const PASSIVE =
  /(?:was|were|been|being|été|stato|stata|stati|fue|fueron|foi|foram|wurde|wurden|был\p{L}*)\s+(?:\p{L}+\s+){0,3}$/iu;
/** A leader receiving: the subject's country is the host, the object's the guest. */
const RECEIVES =
  /(?<![\p{L}])(?:received|receives|hosted|hosts|welcomed|welcomes|reçu|reçoit|accueilli|accueille|ricevuto|riceve|accolto|accoglie|recibió|recibe|acogió|recebeu|recebe|acolheu|empfing|empfängt|empfangen|begrüßte|begrüßt|принял|приняла|принимает|استقبل|استقبلت|يستقبل|تستقبل)(?![\p{L}])/iu;
/** How far after a seat a named city may stand and still be the seat's own ("State House, Mombasa"). */
const BESIDE = /^(?:\s*,?\s*(?:in|at|of|à|de|d['’]|di|del|do|da|em|en|von|in der|в|во|في|ب)?\s*)$/iu;
const BESIDE_REACH = 12;

/** How far before a country its visit word may stand. */
const VISIT_REACH = 90;
/** How many opening sentences may tell the host, besides the seat's own. */
const HOST_SENTENCES = 4;
/** The hits made here: a seat of government is a place of the visit wherever the report names it. */
const SEATS = new WeakSet<PlaceHit>();

/** Whether a place hit is a host's seat named by its kind ("au palais présidentiel"). */
export function isHostSeat(p: PlaceHit): boolean {
  return SEATS.has(p);
}

/** The mentions of the pair's countries inside a sentence. */
function pairMentionsIn(s: Sentence, mentions: readonly CountryMention[], pair: readonly string[]): CountryMention[] {
  return mentions.filter((m) => m.span.start >= s.start && m.span.end <= s.end && pair.includes(m.code));
}

/** The host country among the pair, told by one sentence: a visit into it, or who receives whom. */
function hostIn(doc: MatchDoc, s: Sentence, mentions: readonly CountryMention[], pair: readonly string[]) {
  const ms = pairMentionsIn(s, mentions, pair);
  const text = doc.text.slice(s.start, s.end);
  const visited = visitedIn(doc, s, ms);
  if (visited) return visited;
  const by = RECEIVED_BY.exec(text);
  if (by) return ms.find((m) => m.span.start >= s.start + by.index && m.span.start - s.start - by.index < 90)?.code;
  const verb = RECEIVES.exec(text);
  if (!verb || PASSIVE.test(text.slice(Math.max(0, verb.index - 40), verb.index))) return undefined;
  // German puts its participle last: the auxiliary stands where the verb does ("hat … den Gast empfangen").
  const aux = /^(?:empfangen|begrüßt)$/i.test(verb[0])
    ? /(?<!\p{L})(?:hat|haben|hatte|hatten)(?!\p{L})/iu.exec(text)
    : null;
  const at = s.start + (aux && aux.index < verb.index ? aux.index : verb.index);
  const before = new Set(ms.filter((m) => m.span.end <= at).map((m) => m.code));
  const after = ms.filter((m) => m.span.start >= at);
  // Arabic puts the verb first: its subject, then its object ("استقبل الرئيس الجزائري … الرئيس الصومالي").
  if (/[\u0600-\u06FF]/.test(verb[0])) return new Set(after.map((m) => m.code)).size === 2 ? after[0]?.code : undefined;
  if (before.size === 1) return [...before][0];
  const guests = new Set(after.map((m) => m.code));
  const guest = before.size === 0 && guests.size === 1 ? [...guests][0] : undefined;
  return guest ? pair.find((c) => c !== guest) : undefined;
}

/** The country a sentence tells a visit into ("a state visit to Kenya"), among the pair's mentions `ms` in it. */
function visitedIn(doc: MatchDoc, s: Sentence, ms: readonly CountryMention[]): string | undefined {
  // Arabic may put the visitor between the word and the country ("زيارة الرئيس … إلى إثيوبيا"): a wider window.
  return ms.find((m) => VISIT_INTO.test(doc.text.slice(Math.max(s.start, m.span.start - VISIT_REACH), m.span.start)))
    ?.code;
}

/** The host's seat of government as a place. */
function seatOf(code: string): { key: string; name: string } | undefined {
  const listed = DATA.seats[code];
  return listed ? { key: placeKey(listed), name: listed } : capitalPlace(code);
}

/**
 * The seats of government named by their kind in the text, as place hits of the host's seat; `pair` is the
 * report's one pair, `places` the places the gazetteer found (a city named beside the seat is the seat's own).
 */
export function hostSeats(
  doc: MatchDoc,
  mentions: readonly CountryMention[],
  places: readonly PlaceHit[],
  pair: readonly string[],
): PlaceHit[] {
  const out: PlaceHit[] = [];
  const lead = doc.sentences.slice(0, HOST_SENTENCES);
  for (const m of [...doc.text.matchAll(KIND), ...doc.text.matchAll(CAPITAL)]) {
    const start = m.index;
    const end = start + m[0].length;
    if (mentions.some((x) => x.span.start >= end && x.span.start - end <= 3)) continue;
    const beside = places.some(
      (p) =>
        p.span.start >= end && p.span.start - end <= BESIDE_REACH && BESIDE.test(doc.text.slice(end, p.span.start)),
    );
    if (beside) continue;
    const own = sentenceAt(doc, start);
    const host = [...(own ? [own] : []), ...lead.filter((s) => s !== own)]
      .map((s) => hostIn(doc, s, mentions, pair))
      .find((c) => c !== undefined);
    const seat = host ? seatOf(host) : undefined;
    if (!host || !seat) continue;
    const hit = { ...seat, country: host, span: { start, end, text: m[0] } };
    SEATS.add(hit);
    out.push(hit);
  }
  return out;
}

/**
 * The country the visit the lead tells went into ("a state visit to Kenya"), if any: only the lead's, as a later
 * sentence may tell a return visit still to come ("la prochaine visite … au Sénégal") or an earlier one. Who
 * receives whom is left out: a receiving leader named by office alone ("استقبل السلطان … ولي عهد الأردن") hides the host.
 */
export function hostOf(
  doc: MatchDoc,
  mentions: readonly CountryMention[],
  pair: readonly string[],
  lead: { datelineEnd: number; leadEnd: number },
): string | undefined {
  if (pair.length !== 2) return undefined;
  return doc.sentences
    .filter((s) => s.end > lead.datelineEnd && s.start < lead.leadEnd)
    .map((s) => visitedIn(doc, s, pairMentionsIn(s, mentions, pair)))
    .find((c) => c !== undefined);
}

/**
 * The places of a visit into the host's country, without those of the guest's: the city a visitor flew from or came
 * home to ("back in Accra after a state visit to Kenya"), or the outlet's own dateline, is not where it happened.
 */
export function withoutGuestCities<P extends { country: string }>(
  places: readonly P[],
  host: string | undefined,
  pair: readonly string[],
): P[] {
  const guest = host ? pair.find((c) => c !== host) : undefined;
  return guest ? places.filter((p) => p.country !== guest) : [...places];
}
