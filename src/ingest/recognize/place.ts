/**
 * Where a report's happening was: the dateline's place, else the lead's place written as where something happens
 * ("talks in Rabat", "à l'Élysée", "в Рабате", "بالرباط"), never a city merely named later. Places come from the
 * gazetteer (countries.ts); the English name is returned ('Rabat'), the same for every language.
 */
import type { PlaceHit } from "./countries";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import { followsFutureVerb } from "./dates";
import { type Lead, leadOf } from "./event-date";
import { arrivalVerbIn, arrivedAt } from "./place-arrival";
import { earlierPlace, laterPlace, remoteLead, sourcePlace } from "./place-background";
import { arabicLocative } from "./place-clitic";
import { isHostSeat, VISIT_INTO } from "./place-host";
import { venueBefore } from "./place-venue";

/**
 * A preposition of place before the name, maybe with an article and the word for palace ("in Rabat", "à
 * l'Élysée", "im Kanzleramt", "en la Moncloa", "en el Palacio de la Moncloa", "au palais de Carthage").
 */
const LOCATIVE =
  /(?:^|[\s(])(?:in|at|à|a|ad|au|al|alla|allo|en|em|nella|nel|nello|na|no|dans|im|am|beim|в|во|في)\s+(?:(?:the|el|la|le|il|lo|o|a|der|dem)\s+)?(?:\d{1,3}\s+)?(?:(?:palace|palais|palacio|palazzo|palácio|palast)\s+(?:(?:of|de|du|di|del|do|da)\s+)?(?:(?:the|la|el)\s+)?)?(?:l['’]\s*)?$/i;
/** A preposition of place merged with a name's article: "all'Aia", "nell'Avana", "aux Comores", "ao Cairo". */
const MERGED_LOCATIVE = /(?:^|[\s(])(?:(?:all|nell|sull)['’]\s*|(?:aux|ao|agli|negli|nei|ai)\s+)$/iu;
/** Welcomed to a place: "welcomed the Kenyan president to the White House", "welcomes … to Downing Street". */
const WELCOMED_TO = /(?<!\p{L})(?:welcomed|welcomes|welcoming)\s+(?:[^\s.,;:]+\s+){0,6}?to\s+(?:the\s+)?$/iu;
/** A place that hosts the happening: "Sevilla acoge…", "Rabat accueille…", "Москва принимает…" (not "will host"). */
const HOSTS_AFTER =
  /^\s+(?:hosts|hosted|is hosting|acoge|acogió|accueille|a accueilli|ospita|ha ospitato|recebe|recebeu|acolhe|acolheu|empfängt|empfing|принимает|принял|приняла|تستضيف|استضافت)(?=[\s,]|$)/iu;
/**
 * "in the city of Alamein", "بمدينة العلمين", "в городе Сочи", maybe with a demonym ("in the Chinese city of",
 * "dans la ville chinoise de", "в китайском городе"): a place named through the word for city.
 */
const CITY_OF =
  /(?:in the(?:\s\p{L}+)? city of|dans la ville(?:\s\p{L}+)? d[e']|nella città(?:\s\p{L}+)? di|en la ciudad(?:\s\p{L}+)? de|na cidade(?:\s\p{L}+)? de|in der(?:\s\p{L}+)? Stadt|в(?:\s\p{L}+)? городе|و?بمدينة|في مدينة)\s*$/iu;
/** "à l'aéroport international de Ouagadougou", "at the airport of", "في مطار": welcomed where they landed. */
const AIRPORT_OF =
  /(?:airport|aéroport|aeroporto|aeropuerto|Flughafen|аэропорту|مطار)(?:\s(?:international|internacional|internazionale|internationalen|международном|الدولي))?\s(?:of|de|d['’]|di|do|da|del|von)?\s*$/iu;
/** A summit or its declaration named after its city ("Cúpula de Líderes de Belém", "Declaración de Punta Cana"): held there. */
const SUMMIT_OF =
  /(?:summit|sommet|cumbre|cúpula|cimeira|vertice|Gipfel|саммит\p{L}*|declaration|déclaration|declaración|declaração|dichiarazione|Erklärung|деклараци\p{L}*)(?:\s[^\s.,;:]+){0,4}?\s(?:of|de|du|di|do|da|del|von|в)\s$/iu;
/** A summit or declaration named for its city before the word: "the Cape Town summit", "Johannesburg-Gipfel". */
const SUMMIT_AFTER = /^(?:\s+|-)(?:summit|declaration|Gipfel\p{L}*|Erklärung)(?![\p{L}-])/iu;
/** Arabic puts the hosting verb first: "تستضيف الرباط…", "احتضنت الرباط…", "ملتقى احتضنته العاصمة الأردنية". */
const HOSTS_BEFORE = /(?:تستضيف|يستضيف|استضافت|استضاف|تحتضن|يحتضن|احتضنت|احتضن)(?:ه|ها|هما)?\s+$/u;
/**
 * "the capital Rabat", "la capitale Nouakchott", "العاصمة المغربية الرباط", with its country after an article
 * ("dans la capitale philippine, Manille", "nella capitale filippina Manila", "в столицу Филиппин Манилу"): a
 * capital named as a place.
 */
const CAPITAL_BEFORE =
  /(?:capital|capitale|Hauptstadt|столиц[аеуы]|(?:ال|لل)عاصمة(?:\s+[\u0621-\u064A]+)?)(?:\s+(?:city|of|de|di|del|von))?\s*,?\s+$|(?:^|\s)(?:the|la|a|na|da|nella|alla|della|in der|die|der|в|во|на)\s+(?:capital|capitale|Hauptstadt|столиц[аеуы])(?:\s+(?:of|de|du|di|del|da|do|der|des)(?:\s+(?:la|las|los|le|les|the|l['’]))?)?\s+[\p{L}'’-]+\s*,?\s+$/iu;
/**
 * A place opening the text (or a headline that is a dateline line), maybe after its agency ("(ANSA) - ROMA"), and
 * followed by a dash, a bracket, a colon, a day, or its country and a dash or a day is its dateline ("RABAT —",
 * "الرباط -", "NEW DELHI:", "Astana, 21. Oktober", "الرياض، 12 مايو", "مسقط في 12 مايو", "Rabat, Morocco —", "Baku,
 * Azerbaijan, May 12"); a place in capitals needs only a comma ("RABAT, Morocco"). "Rabat, a hub for…" opens a
 * sentence.
 */
const DATELINE =
  /^\s*(?:\.|\\\s*[\p{L}.]{2,12}\s*\\)?\s*(?:[(–—]|-(?!\p{Ll})|:\s|[,،.]\s*(?:(?:le|el|den|am|il|o|a|em)\s+)?(?:\d|\p{L}{3,}\.?\s+\d)|[,،]\s*\p{Lu}[\p{L}'’ ]{1,30}(?:\s[(–—-]|,\s*(?:\d|\p{L}{3,}\.?\s+\d))|\s+في\s+[\d\u0660-\u0669])/u;
const CAPS_DATELINE = /^\s*(?:[,(–—]|-(?!\p{Ll}))/u;
/** An agency named before the dateline's place: "(ANSA) - ", "(AGI) –". */
const AGENCY_FIRST = /^\s*\([\p{L} .-]{2,20}\)\s*[–—-]?\s*$/u;
/** Whether a place opening a text is its dateline. */
function opensDateline(text: string, p: PlaceHit): boolean {
  if (p.span.start >= 5 && !AGENCY_FIRST.test(text.slice(0, p.span.start))) return false;
  const after = text.slice(p.span.end, p.span.end + 40);
  return DATELINE.test(after) || (!/\p{Ll}/u.test(p.span.text) && CAPS_DATELINE.test(after));
}
/**
 * A city named as a diplomat's post ("the Embassy of Kenya in Addis Ababa", "ambassadeur du Maroc à Astana",
 * "посольства Казахстана в Каире", "بسفارة جمهورية كازاخستان بالقاهرة") is where they serve, not a happening's place.
 */
const POST_BEFORE =
  /(?:(?:embassy|ambassade|ambasciata|embajada|embaixada|Botschaft|посольств\p{L}*|consulate|consulat|consolato|consulado|Konsulat|консульств\p{L}*|ambassador|ambassadeur|ambasciatore|embajador|embaixador|Botschafter|посол\p{L}*)(?:\s+(?:(?:of|de|du|d['’]|di|del|do|da|von|der|des)\s+(?:the\s+)?)?\p{Lu}\p{L}+){0,2}\s+(?:in|at|à|a|en|em|в|во)\s+|(?:سفارة|سفير|قنصلية)(?:\s+[\u0621-\u064A]+){0,3}\s+(?:في\s+)?\S?)$/iu;
/** Leaving for the place of a visit: "parte hoje para Maputo", "left for Hanoi", "s'est rendu"… ("توجه إلى القاهرة"). */
const DEPARTS_FOR =
  /(?:leaves?|left|departs?|departed|heads?|headed|part|partira|parte|partiu|sale|salió|parte|partito|reist|reiste|вылетел\p{L}*|отправил\p{L}*|توجه|يتوجه|غادر)(?:\s\p{L}+)?\s(?:for|to|pour|para|hacia|per|nach|в|إلى|الى)\s$/iu;
/**
 * A meeting word, or a verb of holding one, shortly before a place: "their meeting in Cairo", "встречи в Каире",
 * "l'entretien à Rabat", "was held on Tuesday in Cairo", "s'est tenue mardi à Alger", "прошло в Пекине",
 * "انطلقت في القاهرة".
 */
const EVENT_BEFORE =
  /(?<!\p{L})(?:held|took place|opened|tenue?s?|déroulée?s?|ouverte?s?|svolt[oaie]|tenut[oaie]|celebró|celebraron|realizó|realizaron|realizou|realizaram|decorreu|tagte|tagten|прошл\p{L}*|состоял\p{L}*|открыл\p{L}*|انطلقت|عقدت|انعقدت|جرت|meeting|talks|visit|signing|rencontre|entretien|réunion|visite|signature|incontro|colloqui|riunione|visita|firma|reunión|encuentro|conversaciones|reunião|encontro|Treffen|Gespräch\p{L}*|Besuch\p{L}*|встреч\p{L}*|переговор\p{L}*|визит\p{L}*|подписани\p{L}*|لقاء|اجتماع|مباحثات|زيارة)\s+(?:\p{L}+\s+){0,2}?\S+\s*$/iu;
/** How close after a place a day still to come puts it in the future ("in Accra on Sunday (March 8)"). */
const LATER_REACH = 12;
/** Without a lead to go by, a place must come within this many sentences (or characters) to be the happening's. */
const OPENING_SENTENCES = 4;
const OPENING_CHARS = 400;
/** A line shorter than this (a caption, a byline) does not count as one of the opening sentences. */
const MIN_SENTENCE = 30;

/** Whether a place is written as where something happens: "in Rabat", "à Rabat", "в Рабате", "بالرباط", "the capital Rabat". */
function isLocative(doc: MatchDoc, p: PlaceHit, days: readonly { start: number; end: number }[] = []): boolean {
  const before = doc.text.slice(Math.max(0, p.span.start - 40), p.span.start);
  if (LOCATIVE.test(before.slice(-32)) || MERGED_LOCATIVE.test(before) || CAPITAL_BEFORE.test(before)) return true;
  if (visitedTo(doc, p) || WELCOMED_TO.test(before) || arrivedAt(doc, p, days)) return true;
  if (CITY_OF.test(before) || AIRPORT_OF.test(before) || SUMMIT_OF.test(before) || DEPARTS_FOR.test(before))
    return true;
  const after = doc.text.slice(p.span.end, p.span.end + 30);
  if (HOSTS_AFTER.test(after) || SUMMIT_AFTER.test(after) || HOSTS_BEFORE.test(before)) return true;
  return arabicLocative(p, before) || venueBefore(doc.text.slice(Math.max(0, p.span.start - 90), p.span.start));
}

/**
 * Whether a place's clause tells an arrival there ("est arrivé samedi soir à", "is visiting"); a visit named by its
 * noun ("made a visit to Nagasaki yesterday", "invited on a visit to Tirana") may be a side trip or one to come.
 */
function visitClause(doc: MatchDoc, p: PlaceHit): boolean {
  const from = Math.max(sentenceAt(doc, p.span.start)?.start ?? 0, p.span.start - 120);
  const before = doc.text.slice(from, p.span.start);
  return arrivalVerbIn(before.slice(before.search(/[^,;:(–—.!?\n،؛]*$/u)));
}

/** What besides its places tells where a report's happening was. */
export interface PlaceContext {
  /** The report's dateline and lead (computed when absent). */
  lead?: Lead;
  /** The headline and its places. */
  title?: { doc: MatchDoc; places: readonly PlaceHit[] };
  /** Where the text gives the happening's date: each such sentence may name its place. */
  datedAt?: readonly number[];
  /** Where the text gives a day still to come: a place right before one is where something is still to come. */
  laterAt?: readonly number[];
  /** Every date span of the text: a day may stand between an arrival verb and its place ("reached on Monday Manila"). */
  days?: readonly { start: number; end: number }[];
  /** The date spans of days before the happening's: a place right by one is an earlier happening's. */
  earlierAt?: readonly { start: number; end: number }[];
  /** The happening's date (ISO): a sentence naming only another month is set at another time. */
  eventDate?: string;
}

/**
 * Whether an Arabic country's name that is also its capital's (الجزائر, تونس, الكويت) is where someone arrived: "وصل
 * … إلى الجزائر", "حلت … بتونس". A larger country's name after "arrived in" stays the country.
 */
function arrivedIn(doc: MatchDoc, p: PlaceHit): boolean {
  if (!/[\u0600-\u06FF]/.test(p.span.text)) return false;
  const before = doc.text.slice(Math.max(0, p.span.start - 60), p.span.start);
  // "حل" (came to) is also a noun ("حل سياسي"): a verb of arrival only with ب on the name.
  const came = HALLA.test(before) && (/^و?ب/.test(p.span.text) || /ب$/.test(before));
  return came || arrivedAt(doc, p, []);
}
/** "حل الرئيس … بـ": came to a place, with no more than five words between. */
const HALLA = /(?:^|\s)[وف]?(?:حل|حلت|يحل|تحل)(?:\s+[^\s.،,]+){0,5}\s+\S?$/u;

/** Whether a place is where a visit went: "a visit to Hanoi", "زيارته إلى تونس", "parte hoje para Maputo". */
function visitedTo(doc: MatchDoc, p: PlaceHit): boolean {
  const before = doc.text.slice(Math.max(0, p.span.start - 40), p.span.start);
  // Arabic may put the visitor between the word and the city: a wider window.
  const wide = doc.text.slice(Math.max(0, p.span.start - 90), p.span.start);
  return VISIT_INTO.test(wide) || DEPARTS_FOR.test(before);
}

/**
 * Whether the dateline names two places joined by a slash ("MOSCOW/MINSK (Agency) –", a call or a report filed from
 * both capitals): no one place of the happening.
 */
function twoPlaces(doc: MatchDoc, places: readonly PlaceHit[], lead: { datelineStart: number; datelineEnd: number }) {
  const [a, b] = places.filter((p) => p.span.start >= lead.datelineStart && p.span.end <= lead.datelineEnd);
  return !!a && !!b && /^\s*\/\s*$/u.test(doc.text.slice(a.span.end, b.span.start));
}

/**
 * The main place of the happening (its English name, 'Rabat'): the dateline's place, else the first place of
 * the lead written as where something happens ("talks in Rabat", "à Rabat", "في الرباط", "в Рабате"), else
 * such a place in a sentence that dates the happening or in the opening sentences. Never a city merely named later (a capital standing for its
 * government, the venue of a next meeting: a place after "will" or "sera" is where something is still to come).
 */
export function mainPlace(doc: MatchDoc, places: readonly PlaceHit[], context: PlaceContext = {}): string | undefined {
  const { title, datedAt = [], laterAt = [], days = [], earlierAt = [], eventDate } = context;
  const lead = context.lead ?? leadOf(doc);
  // A plain text's dateline line may have been taken for its headline ("Astana, 21. Oktober, AGENCY"). A country
  // named for its capital ("الجزائر -", "GUATEMALA, 12 may") is that capital when it opens the dateline.
  const dateline = twoPlaces(doc, places, lead)
    ? undefined
    : (places.find(
        (p) =>
          (lead.datelineEnd > 0 &&
            p.span.start >= lead.datelineStart &&
            p.span.start < lead.datelineEnd &&
            (!p.byCountryName || p.span.start - lead.datelineStart < 3)) ||
          opensDateline(doc.text, p),
      ) ?? title?.places.find((p) => opensDateline(title.doc.text, p)));
  // A caption or byline line ("Annalena Baerbock", "Foto: dpa") is no sentence of the opening.
  const sentences = doc.sentences.filter((x) => x.end - x.start >= MIN_SENTENCE);
  // The lead's first sentence tells the happening; a sentence after it may be set earlier than it.
  const firstEnd = sentences.find((x) => x.end > lead.datelineEnd)?.end ?? lead.leadEnd;
  const opening = Math.max(sentences[OPENING_SENTENCES - 1]?.end ?? doc.text.length, OPENING_CHARS);
  // A first line with no full stop is a headline kept in the text ("Morocco, Kazakhstan to sign deal in Rabat").
  const first = /^[^\n]{10,200}(?=\n)/.exec(doc.text)?.[0];
  const headLine = first && !/[.!?…»"”]\s*$/.test(first) ? first.length : -1;
  const later = (p: PlaceHit) =>
    laterAt.some(
      (at) => at >= p.span.end && at - p.span.end <= LATER_REACH && !/[.;\n]/.test(doc.text.slice(p.span.end, at)),
    );
  const happening = (d: MatchDoc, p: PlaceHit) =>
    (p.byCountryName ? visitedTo(d, p) || arrivedIn(d, p) : isLocative(d, p, d === doc ? days : [])) &&
    !followsFutureVerb(d, p.span.start) &&
    !POST_BEFORE.test(d.text.slice(Math.max(0, p.span.start - 60), p.span.start)) &&
    !(d === doc && later(p)) &&
    !laterPlace(d, p, d !== doc || p.span.end <= headLine) &&
    !sourcePlace(d, p) &&
    !(d === doc && earlierPlace(doc, p, { earlierAt, datedAt, eventDate }, p.span.start < firstEnd));
  // A lead that tells a call places no meeting: a city named after its first sentence is where someone happened
  // to be ("Sisi, who was in Cairo, …").
  const remote = remoteLead(doc.text.slice(lead.datelineEnd, firstEnd));
  const leadEnd = remote ? Math.min(firstEnd, lead.leadEnd) : lead.leadEnd;
  const inLead = places.find((p) => p.span.start >= lead.datelineEnd && p.span.start < leadEnd && happening(doc, p));
  // A dateline is where the report was filed; a lead that says where the happening was ("signed in New York")
  // wins over it.
  if (dateline) {
    // So does the sentence right after the lead when it tells where the lead's happening was ("… after their
    // meeting in Cairo on the margins of …").
    const next = doc.sentences.find((x) => x.start >= lead.leadEnd);
    const after =
      next &&
      !remote &&
      places.find(
        (p) =>
          p.span.start >= next.start &&
          p.span.end <= next.end &&
          happening(doc, p) &&
          EVENT_BEFORE.test(doc.text.slice(Math.max(next.start, p.span.start - 40), p.span.start)),
      );
    return (inLead ?? (after || undefined) ?? dateline).name;
  }
  if (inLead || remote) return inLead?.name;
  // The headline's "talks in Rabat" tells the place as well as the lead does.
  const inTitle = title?.places.find((p) => happening(title.doc, p));
  // A sentence that dates the happening ("… on 3 March 2026 for a working visit in Tunis") places it too.
  const dated = datedAt.map((at) => sentenceAt(doc, at)).filter((x) => x !== undefined);
  const inDated = places.find(
    (p) => dated.some((d) => p.span.start >= d.start && p.span.end <= d.end) && happening(doc, p),
  );
  const early = places.find((p) => p.span.start < opening && happening(doc, p));
  // Later on, only where the visit went ("is visiting Tashkent", "chegou … ao Palácio Presidencial em Luanda"),
  // in a sentence set on no day still to come ("arrived in Samarkand on 19 May for the second leg").
  const setLater = (p: PlaceHit) => {
    const s = sentenceAt(doc, p.span.start);
    return s !== undefined && laterAt.some((at) => at >= s.start && at < s.end);
  };
  const visit = places.find((p) => p.span.start >= opening && happening(doc, p) && visitClause(doc, p) && !setLater(p));
  // A host's seat of government named by its kind is where the visit went, wherever the report names it.
  const seat = places.find((p) => isHostSeat(p) && happening(doc, p) && !setLater(p));
  return (inTitle ?? inDated ?? early ?? visit ?? seat)?.name;
}
