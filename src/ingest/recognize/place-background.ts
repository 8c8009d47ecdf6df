/**
 * A city named for another happening than the one reported: an earlier one ("had already agreed last year in
 * Nairobi", "dello scorso 4 maggio ad Hanoi", "Antes de su llegada, estuvo en Moscú", "bereits … im April in
 * Berlin", "وكان الجانبان قد اتفقا … في طشقند"), one still to come ("the state visit to Hanoi next week", "to be
 * held in Marrakech", "خلال السنة المقبلة في أستانا", a headline's "to sign … during a visit to Hanoi"), or where
 * the people quoted are ("officials in Astana said", "Kazakh tourists in Marrakech").
 */
import datesData from "../../../seed/lexicons/dates.json";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import type { PlaceHit } from "./countries";

/** Words that set a clause before the reported happening: a pluperfect, "already", "last year", "before his…". */
const EARLIER =
  /(?<!\p{L})(?:had|previously|earlier|formerly|last year|before (?:his|her|their|its|the)|avait|avaient|auparavant|précédemment|l['’]an dernier|l['’]année dernière|avant (?:son|sa|leur|leurs)|aveva|avevano|in precedenza|l['’]anno scorso|prima (?:del|della|di)|había|habían|anteriormente|previamente|el año pasado|antes de|tinha|tinham|havia|o ano passado|damals|zuvor|früher|im vergangenen Jahr|letztes Jahr|ранее|в прошлом году|до этого|العام الماضي|السنة الماضية|سبق|(?:و?كان|و?كانت|و?كانا)\s+(?:[\u0621-\u064A]+\s+){0,2}قد)(?!\p{L})/iu;
/** "Already": it sets a later sentence before the happening, but in the lead it only dates the happening early. */
const ALREADY = /(?<!\p{L})(?:already|déjà|già|ya|já|bereits|schon|уже)(?!\p{L})/iu;
/** "Already" right before the place is being there ("Ya en Madrid, …", "Already in Astana since Monday, …"). */
const ALREADY_THERE =
  /(?<!\p{L})(?:already|ya|já|déjà|già|schon|bereits|уже)\s+(?:in|at|en|em|à|a|ad|au|im|в|во)\s*$/iu;

/** Whether the text before a place sets it earlier than the happening ("already" only outside the lead). */
function setEarlier(text: string, inLead: boolean): boolean {
  return EARLIER.test(text) || (!inLead && ALREADY.test(text) && !ALREADY_THERE.test(text));
}

/** A life story's verb: "born in", "qui a étudié à", "nato a", "который учился в", "المولود في". */
const LIFE =
  /(?<!\p{L})(?:born|raised|grew up|studied|educated|né|née|nés|nées|a étudié|nato|nata|cresciut[oa]|ha studiato|nacid[oa]|creció|estudió|nascid[oa]|cresceu|estudou|geboren|aufgewachsen|studierte|родил\p{L}*|вырос\p{L}*|учил\p{L}*|المولود|المولودة|ولد|ولدت|نشأ)(?!\p{L})/iu;
/** A year written right by a place ("in Geneva in 2019", "en 2019 à Genève"). */
const YEAR_AFTER =
  /^(?:[-\s]+(?:summit|declaration|agreement|accords?|treaty|sommet|déclaration|traité|cumbre|declaración|acuerdo|tratado|vertice|dichiarazione|accordo|trattato|cimeira|declaração|acordo|Gipfel\p{L}*|Erklärung|Abkommen|Vertrag)(?:\s+(?:of|de|du|di|del|do|da|von))?)?[^.;\n\d]{0,8}?(?<!\d)((?:19|20)\d\d)(?!\d)/iu;
const YEAR_BEFORE = /(?<!\d)((?:19|20)\d\d)(?!\d)[^.;\n\d]{0,8}$/u;
/** A period still to come: "next week", "la semaine prochaine", "на следующей неделе", "السنة المقبلة". */
const NEXT =
  /(?<!\p{L})(?:next (?:week|month|year)|later this (?:week|month|year)|la semaine prochaine|le mois prochain|l['’]an prochain|l['’]année prochaine|la prossima settimana|il mese prossimo|il prossimo anno|l['’]anno prossimo|la próxima semana|el próximo (?:mes|año)|el año próximo|na próxima semana|no próximo (?:mês|ano)|nächste(?:n)? (?:Woche|Monat|Jahr)|im nächsten Jahr|kommende(?:n)? Woche|на следующей неделе|в следующем (?:месяце|году)|(?:الأسبوع|الشهر|العام|السنة) (?:المقبل|المقبلة|القادم|القادمة))(?!\p{L})/iu;
/** A period gone by: "last year", "l'an dernier", "el año pasado", "в прошлом году", "العام الماضي". */
const LAST =
  /(?<!\p{L})(?:last (?:week|month|year)|a year ago|l['’]an dernier|l['’]année dernière|le mois dernier|la semaine dernière|l['’]anno scorso|il mese scorso|la settimana scorsa|el año pasado|el mes pasado|la semana pasada|(?:n)?o ano passado|(?:n)?o mês passado|na semana passada|im vergangenen (?:Jahr|Monat)|letztes Jahr|vergangene Woche|в прошлом (?:году|месяце)|прошлого (?:года|месяца)|на прошлой неделе|del año pasado|del mes pasado|dell['’]anno scorso|del mese scorso|do ano passado|do mês passado|des vergangenen (?:Jahres|Monats)|letzten Jahres|(?:العام|السنة|الشهر|الأسبوع) الماضي(?:ة)?)(?!\p{L})/iu;
/** A lead that tells a call, not a meeting: "spoke by phone", "par téléphone", "telefonisch", "اتصال هاتفي". */
const REMOTE =
  /(?<!\p{L})(?:by (?:tele)?phone|phone call|telephone (?:call|conversation)|videoconference|video call|video link|par téléphone|entretien téléphonique|visioconférence|al telefono|telefonat\p{L}*|colloquio telefonico|videoconferenza|por teléfono|conversación telefónica|llamada telefónica|videoconferencia|por telefone|telefonema|videoconferência|telefonisch|Telefonat|Telefongespräch|Videokonferenz|по телефону|телефонн\p{L}* разговор\p{L}*|видеоконференц\p{L}*|هاتفي\p{L}*|عبر الفيديو|تقنية الاتصال المرئي)(?!\p{L})/iu;

/** Whether a lead tells a phone call or a video call: its places are no one's meeting place. */
export function remoteLead(lead: string): boolean {
  return REMOTE.test(lead);
}

/** A happening still to be held: "to be held in", "qui se tiendra à", "che si terrà a", "que se celebrará en". */
const TO_BE_HELD =
  /(?:(?:to|yet to) be (?:held|signed|hosted|organi[sz]ed)|qui se tiendra|devant se tenir|che si terrà|da tenersi|que se celebrará|a celebrarse|que será realizad[ao]|a realizar-se|التي ستعقد|المقرر عقدها)(?:\s+\S+){0,3}\s+$/iu;
/** A headline's infinitive of a happening to come: "PH, Vietnam to sign deal during visit to Hanoi". */
const HEADLINE_TO = /(?<!\p{L})to\s+(?:sign|visit|meet|hold|host|discuss|travel|attend|ink|seal|open)(?!\p{L})/iu;
/** People named where they are: "officials in Astana", "des responsables à Astana", "Kazakh tourists in Marrakech". */
const PEOPLE_IN =
  /(?<!\p{L})(?:officials|sources|diplomats|analysts|observers|residents|tourists|visitors|nationals|expatriates|community|diaspora|responsables|fonctionnaires|diplomates|touristes|ressortissants|communauté|funzionari|fonti|diplomatici|turisti|connazionali|comunità|funcionarios|fuentes|diplomáticos|turistas|comunidad|funcionários|fontes|diplomatas|comunidade|Beamte|Quellen|Diplomaten|Touristen|Gemeinde|чиновники|источники|дипломаты|туристы|туристов|общин\p{L}*|مصادر|مسؤولون|مسؤولين|دبلوماسيون|السياح|الجالية)(?:\s+\p{L}+){0,2}\s+(?:in|à|a|en|em|в|во|في)\s+$/iu;
/** Traders, companies or students named right before where they are: "Kenyan exporters in Mombasa", "los empresarios de Casablanca". */
const TRADE_IN =
  /(?<!\p{L})(?:exporters|importers|traders|businessmen|business people|companies|firms|farmers|students|workers|migrants|investors|entrepreneurs|exportateurs|commerçants|hommes d['’]affaires|entreprises|étudiants|travailleurs|migrants|investisseurs|agriculteurs|esportatori|imprenditori|aziende|imprese|studenti|lavoratori|migranti|investitori|exportadores|empresarios|empresas|estudiantes|trabajadores|migrantes|inversores|empresários|estudantes|trabalhadores|investidores|Exporteure|Unternehmer|Unternehmen|Firmen|Studenten|Arbeiter|Migranten|Investoren|экспортер\p{L}*|предпринимател\p{L}*|компани\p{L}*|студент\p{L}*|мигрант\p{L}*|инвестор\p{L}*|المصدرون|المصدرين|رجال الأعمال|الشركات|الطلاب|العمال|المستثمرين)\s+(?:in|à|a|en|em|de|в|во|في)\s+$/iu;
// The JSON is ours (seed/lexicons): month names by number, in the languages chrono reads.
const MONTHS = Object.entries((datesData as unknown as { months: Readonly<Record<string, readonly string[]>> }).months);
/** A month named alone after a preposition: "em janeiro", "in January", "в январе", "im Januar". */
const BARE_MONTH = /(?<!\p{L})(?:in|en|em|a|im|в|во)\s+(\p{L}{3,})(?!\s*\d)/giu;

/** The number of a month named by a word ("janeiro" → 1, "январе" → 1), if it is one. */
function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  const hit = MONTHS.find(([, names]) =>
    names.some((n) => n === w || (w.length >= 5 && n.slice(0, 4) === w.slice(0, 4))),
  );
  return hit ? Number(hit[0]) : undefined;
}

/** Whether a sentence names alone a month other than the happening's ("assinado em janeiro"). */
function otherMonth(text: string, eventDate: string | undefined): boolean {
  if (!eventDate) return false;
  const month = Number(eventDate.slice(5, 7));
  return [...text.matchAll(BARE_MONTH)].some((m) => {
    const n = monthOf(m[1] ?? "");
    return n !== undefined && n !== month;
  });
}

/** A report's source: "said", "selon", "informó", "teilte … mit", "сообщили", "أعلنت". */
const REPORTED =
  /(?<!\p{L})(?:said|says|announced|reported|stated|according to|selon|a annoncé|ont annoncé|a indiqué|ont indiqué|a déclaré|publié|publiée|informó|informaron|anunció|según|declaró|ha annunciato|hanno annunciato|ha dichiarato|ha riferito|secondo|informou|anunciou|segundo|teilte|teilten|mitgeteilt|erklärte|berichtete|laut|сообщил\p{L}*|заявил\p{L}*|объявил\p{L}*|أعلن|أعلنت|أفاد|أفادت|ذكرت|صرح|بحسب)(?!\p{L})/giu;
/** A happening's noun: what a source may report as held in the city ("said after their talks in Rabat"). */
const EVENT_NOUN =
  /(?<!\p{L})(?:talks|meeting|visit|summit|signing|ceremony|entretiens?|rencontre|réunion|visite|sommet|signature|colloqui|incontro|riunione|visita|vertice|firma|conversaciones|reunión|encuentro|cumbre|reunião|encontro|cimeira|assinatura|Gespräch\p{L}*|Treffen|Besuch\p{L}*|Gipfel\p{L}*|Unterzeichnung|переговор\p{L}*|встреч\p{L}*|визит\p{L}*|саммит\p{L}*|подписани\p{L}*|محادثات|مباحثات|لقاء|اجتماع|زيارة|قمة|توقيع)(?!\p{L})/iu;
/** What may follow a reporting verb that tells where it was said: a preposition of place or a day. */
const SAID_WHERE =
  /^\s*(?:in|at|à|a|au|en|em|im|в|во|في|on|this|last|le|ce|el|este|il|questo|am|diesem|na|nesta|no|يوم|اليوم)(?!\p{L})/iu;
/** An institution that speaks from its city: "the foreign ministry in Rabat", "le ministère à Rabat", "МИД в Каире". */
const INSTITUTION_IN =
  /(?<!\p{L})(?:ministry|government|office|presidency|spokes\p{L}*|ministère|gouvernement|présidence|porte-parole|ministero|governo|presidenza|portavoce|ministerio|gobierno|cancillería|presidencia|portavoz|ministério|presidência|Ministerium|Regierung|Sprecher\p{L}*|министерств\p{L}*|правительств\p{L}*|МИД|وزارة|الحكومة|الرئاسة|الخارجية)(?:\s+\p{L}+){0,2}\s+(?:in|at|à|a|en|em|im|в|во|في)\s+$/iu;
/** A reporting verb right after a place: "… in Rabat said", "… à Rabat a annoncé", "… в Каире сообщили". */
const SAID_AFTER = new RegExp(`^\\s*,?\\s*${REPORTED.source}`, "iu");
/**
 * A route's first end before its second: "reliera Casablanca à", "ligará São Paulo a", "flights from Mombasa to"
 * (not "la visita de Ruto a", where the first name is the visitor's).
 */
const ROUTE_BEFORE =
  /(?<!\p{L})(?:reli\p{L}*|ligar\p{L}*|ligand\p{L}*|colleg\p{L}*|conect\p{L}*|connect\p{L}*|link\p{L}*|verbind\p{L}*|соедин\p{L}*|(?:flights?|vols?|voli|vuelos?|voos?|Flüge|рейс\p{L}*)(?:\s+\p{L}+){0,2}\s+(?:from|de|desde|da|von|из))\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:to|à|a|al|ao|nach|bis|в|до|and|et|e|y|und)\s+$/u;
/** A city as part of a compound adjective: "a Moscow-based think tank". */
const COMPOUND_AFTER = /^-(?:based|born|headquartered|bound|led|backed)(?!\p{L})/iu;

/** How close a date of another day must be to a place to date that place ("dello scorso 4 maggio ad Hanoi"). */
const DATE_REACH = 14;
/** How close a period to come must be to a place to be its time ("to Hanoi next week"). */
const NEXT_REACH = 30;

/** Where the text gives another, earlier day than the happening's, and where it gives the happening's own. */
export interface OtherDays {
  earlierAt?: readonly { start: number; end: number }[];
  datedAt?: readonly number[];
  /** The happening's date (ISO), when known. */
  eventDate?: string | undefined;
}

/** The text of the clause before a place: back to the last comma, semicolon, bracket, dash or sentence end. */
function clauseBefore(doc: MatchDoc, p: PlaceHit, from: number): string {
  const before = doc.text.slice(from, p.span.start);
  return before.slice(before.search(/[^,;:(–—.!?\n،؛]*$/u));
}

/** Whether a year before the happening's stands right by a place ("first discussed in Geneva in 2019"). */
function earlierYear(doc: MatchDoc, p: PlaceHit, eventDate: string | undefined): boolean {
  if (!eventDate) return false;
  const year = (m: RegExpExecArray | null) => (m?.[1] ? Number(m[1]) : undefined);
  const y =
    year(YEAR_AFTER.exec(doc.text.slice(p.span.end, p.span.end + 40))) ??
    year(YEAR_BEFORE.exec(doc.text.slice(Math.max(0, p.span.start - 14), p.span.start)));
  return y !== undefined && y < Number(eventDate.slice(0, 4));
}

/** Whether a place is where something still to come will be: "to Hanoi next week", "to be held in Marrakech". */
export function laterPlace(doc: MatchDoc, p: PlaceHit, headline = false): boolean {
  const from = sentenceAt(doc, p.span.start)?.start ?? 0;
  const clause = clauseBefore(doc, p, from);
  const after = doc.text.slice(p.span.end, p.span.end + NEXT_REACH);
  if (NEXT.test(after.split(/[,;:.!?\n،؛]/u)[0] ?? "") || NEXT.test(clause.slice(-NEXT_REACH))) return true;
  return TO_BE_HELD.test(clause) || (headline && HEADLINE_TO.test(clause));
}

/**
 * Whether a place is where the people quoted or the source are ("officials in Astana said", "informó la
 * cancillería en La Habana", "сообщили в Каире"), the far end of a route ("reliera Casablanca à Almaty"), or part
 * of a compound ("Moscow-based"): not where something
 * happened, unless a happening's noun stands between the source and the city ("said after their talks in Rabat").
 */
export function sourcePlace(doc: MatchDoc, p: PlaceHit): boolean {
  const before = doc.text.slice(Math.max(0, p.span.start - 50), p.span.start);
  if (PEOPLE_IN.test(before) || TRADE_IN.test(before) || ROUTE_BEFORE.test(before)) return true;
  if (COMPOUND_AFTER.test(doc.text.slice(p.span.end, p.span.end + 20))) return true;
  const clause = clauseBefore(doc, p, sentenceAt(doc, p.span.start)?.start ?? 0);
  const source = [...clause.matchAll(REPORTED)][0];
  // The institution that reports, named with its city ("the foreign ministry in Rabat said", "a indiqué le
  // ministère à Rabat"), not a happening there.
  const institution = INSTITUTION_IN.test(clause.slice(-60));
  if (institution && SAID_AFTER.test(doc.text.slice(p.span.end, p.span.end + 30))) return true;
  if (!source) return false;
  const rest = clause.slice(source.index + source[0].length);
  if (institution && /^\s*(?:le|la|les|l['’]|the|el|il|o|a|der|die|das)\s/iu.test(rest)) return true;
  // "said in Rabat on Friday", "said on Friday in Rabat": where the statement was made, a happening of its own.
  return !SAID_WHERE.test(rest) && !EVENT_NOUN.test(rest);
}

/**
 * Whether a place is an earlier happening's: its clause is set before the happening ("had already … in
 * Nairobi"), or a day other than the happening's stands right next to it ("dello scorso 4 maggio ad Hanoi");
 * outside the lead, also when its sentence is set earlier ("Antes de su llegada, estuvo en Moscú") or dated by
 * another, earlier day only ("assinado em janeiro durante uma visita … a Luanda").
 */
export function earlierPlace(doc: MatchDoc, p: PlaceHit, days: OtherDays, inLead: boolean): boolean {
  const { earlierAt = [], datedAt = [] } = days;
  const sentence = sentenceAt(doc, p.span.start);
  const from = sentence?.start ?? 0;
  const clause = clauseBefore(doc, p, from);
  if (setEarlier(clause, inLead) || LIFE.test(clause) || earlierYear(doc, p, days.eventDate)) return true;
  // "was held in Doha last year": the period told right after the place, in its clause.
  if (LAST.test(doc.text.slice(p.span.end, p.span.end + NEXT_REACH).split(/[,;:.!?\n،؛]/u)[0] ?? "")) return true;
  const near = earlierAt.some(
    (d) =>
      (d.end <= p.span.start &&
        p.span.start - d.end <= DATE_REACH &&
        !/[.;\n]/.test(doc.text.slice(d.end, p.span.start))) ||
      (d.start >= p.span.end &&
        d.start - p.span.end <= DATE_REACH &&
        !/[.;\n]/.test(doc.text.slice(p.span.end, d.start))),
  );
  if (near || inLead || !sentence) return near;
  if (setEarlier(doc.text.slice(from, p.span.start), false)) return true;
  const within = (at: number) => at >= sentence.start && at < sentence.end;
  if (datedAt.some(within)) return false;
  return earlierAt.some((d) => within(d.start)) || otherMonth(doc.text.slice(from, sentence.end), days.eventDate);
}
