/**
 * Tallies of a relationship's instruments, in the eight languages: a plural form (counted or not) whose clause
 * sets it over a span of time before the happening reported is no batch signed there ("since 2012, more than 30
 * agreements", "desde entonces han firmado 22 acuerdos", "25 accords à ce jour", "negli ultimi anni 20 accordi",
 * "الاتفاقيات الموقعة سابقا", "the number of agreements thus rose to 40", "erano stati firmati accordi"). No reader
 * could cite one instrument of it, so it stands for none (quality/real/README.md: "more than 30 agreements signed so
 * far" is not listed).
 */
import { type MatchDoc, norm, type Sentence } from "../match/normalize";
import type { LexiconMatch } from "../match/lexicon";
import type { Span } from "../types";
import { isDefinite } from "./commitment-context";
import { withManyPartners } from "./commitment-tally-partners";
import { clauseAt } from "./commitment-tally-clause";
import { sinceEarlierYear } from "./commitment-since-then";
import { participleBefore } from "./commitment-german-participle";
import { backshifted } from "./commitment-backshift";
import { addedTo, lastBreak } from "./commitment-added-to";

/** "Since" before a year or a founding event (the year may follow a word for it: "منذ عام 2012", "с 2012 года"). */
const SINCE = "(?:since|depuis|dal|dall|dalla|a partire dal|desde|seit|с|منذ|apres|after|apos|dopo|nach|после|بعد)";
const SINCE_YEAR = `${SINCE}(?: (?:the year|l an|l anno|el ano|o ano|dem jahr|عام|سنة|العام))? (?:19|20)\\d\\d`;
const FOUNDING =
  "(?:independence|independance|indipendenza|independencia|unabhangigkeit|независимост\\S*|الاستقلال|establishment|etablissement|instaurazione|establecimiento|estabelecimento|aufnahme|установлени\\S*|اقامه|اقامة)";
const SINCE_FOUNDING = `${SINCE}(?: \\S+){0,3} ${FOUNDING}`;
/** "Since relations were established" (a strict since, then the relations and their participle: not "after the rules established"). */
const SINCE_STRICT = "(?:since|depuis|dal|dall|dalla|desde|seit|с|منذ)";
const RELATIONS = "(?:relations|relaciones|relacoes|relazioni|beziehungen|отношения|العلاقات)";
const ESTABLISHED =
  "(?:established|etablies|instaurees|allacciate|stabilite|instaurate|establecidas|estabelecidas|aufgenommen|установлены)";
const SINCE_RELATIONS = `${SINCE_STRICT}(?: \\S+){0,2} ${RELATIONS}(?: \\S+){0,2} ${ESTABLISHED}`;
/** A first time since ("for the first time since 2015") tells of the happening, not of a tally. */
const FIRST =
  /(?:^| )(?:first|premiere?|prima|primo|primera|primer|primeira|primeiro|erste[nmrs]?|erstmals|впервые|первы\S*|لاول|الاولي|الأولى)(?: \S+){0,3}$/u;

/** Phrases that put instruments over the years before the happening, normalized when first used. */
const FRAMES: readonly string[] = [
  // so far, to date
  "so far|to date|until now|thus far|up to now|up until now",
  "jusqu a present|jusqu ici|a ce jour|jusqu a ce jour|a l heure actuelle",
  "finora|sinora|fino ad oggi|fino a oggi|ad oggi|fin qui",
  "hasta ahora|hasta la fecha|hasta hoy|a la fecha|hasta el momento",
  "ate agora|ate hoje|ate a data|ate ao momento|ate o momento|ate a presente data",
  "bisher|bislang|bis heute|bis jetzt",
  "до сих пор|на сегодняшний день|к настоящему времени|на данный момент|по сей день|на сегодня",
  "حتي الان|حتي اليوم|لحد الان|الي الان|حتي تاريخه|حتى الآن|حتى اليوم|لحد الآن|إلى الآن|حتى تاريخه",
  // over the years, before
  "over the years|over the past|over the last|in recent years|in the past",
  "au fil des ans|au fil des annees|au cours des dernieres annees|ces dernieres annees|par le passe",
  "negli ultimi anni|nel corso degli anni|in passato",
  "en los ultimos anos|a lo largo de los anos|en el pasado",
  "nos ultimos anos|ao longo dos anos|no passado",
  "in den letzten jahren|in den vergangenen jahren|im laufe der jahre|in der vergangenheit",
  "за последние годы|за прошедшие годы|за эти годы|за годы|в прошлом",
  "خلال السنوات الماضية|خلال السنوات الأخيرة|في السنوات الأخيرة|على مر السنين|عبر السنين",
  // over decades, at an earlier visit
  "recent decades|past decades|last decades|previous visit|last visit|earlier visit",
  "dernieres decennies|decennies passees|precedente visite|visite precedente|derniere visite",
  "ultimi decenni|precedente visita|visita precedente|ultima visita",
  "ultimas decadas|decadas pasadas|visita anterior|ultima visita|ultimos decenios",
  "ultimas decadas|visita anterior|ultima visita",
  "letzten jahrzehnten|vergangenen jahrzehnten|letzten besuch|vorherigen besuch|fruheren besuch",
  "последние десятилетия|предыдущего визита|прошлого визита|предыдущей встречи",
  "العقود الماضية|العقود الأخيرة|الزيارة السابقة|الزيارة الماضية",
  // a total the happening raises
  "total number|bringing the total|bringing to|raising the number|raising to|thus risen|thus rose|thus rises",
  "nombre total|portant a|porte a|portant le nombre|s eleve ainsi|s elevent ainsi",
  "numero totale|portando a|sale cosi|salgono cosi|salito cosi",
  "numero total|elevando a|llevando a|asciende asi|ascienden asi|elevando para|levando a|sobe assim|sobem assim",
  "gesamtzahl|steigt damit|erhoht sich damit|erhoeht sich damit",
  "общее число|общее количество|доведя до|достигло таким образом|достигло",
  "وبذلك يرتفع|ليرتفع|ليصل عدد|يرتفع عدد|إجمالي عدد|اجمالي عدد|العدد الإجمالي|العدد الاجمالي|ليبلغ عدد",
];
/**
 * A speaker recalling the relationship's past before the form in its sentence ("recalled that … the visits resulted in
 * the signing of 13 instruments"): its instruments are a tally. Only before the form: "the agreements, which you
 * kindly recalled" are the day's.
 */
const RECALLED =
  "recalled that|recalling that|relembrar que|relembrou que|relembrando que|lembrou que|recordou que|recordo que|recordar que|recordando que|rappele que|rappelant que|rappeler que|ricordato che|ricordando che|ricordare che|erinnerte daran|напомнил|напомнила|напомнив";
/**
 * "Previously" within the form's clause ("the agreements signed previously", "der zuvor unterzeichneten Abkommen"),
 * but not opening it: "Zuvor unterzeichneten beide Seiten drei Abkommen" (before that, the same day) is the news.
 */
const PREVIOUSLY =
  "previously|precedemment|auparavant|anterieurement|in precedenza|precedentemente|anteriormente|previamente|zuvor|vorher|fruher|frueher|прежде|سابقا|في السابق|من قبل";
/** The words of DAY_WORDS that name an occasion rather than a day. */
const OCCASION_WORD = /visit|ceremon|occasi|besuch|zeremonie|anlass|визит|церемони|زيارة|الزيارة|مراسم|حفل/u;
/** The day before the happening reported, opening a pluperfect's sentence ("The previous day, … had signed"). */
const DAY_BEFORE =
  "the previous day|the day before|a day earlier|the day prior|la veille|le jour precedent|il giorno precedente|il giorno prima|la vigilia|el dia anterior|la vispera|un dia antes|no dia anterior|na vespera|um dia antes|am vortag|am tag zuvor|tags zuvor|накануне|днем ранее|днём ранее|في اليوم السابق|قبل يوم|عشية";
/** The legal basis of the relationship ("the legal framework comprises 50 agreements"), before the form. */
const BASIS =
  "legal framework|legal basis|treaty base|cadre juridique|base juridique|quadro giuridico|base giuridica|marco juridico|base juridica|quadro juridico|rechtsgrundlage|vertragsbasis|vertragliche grundlage|договорно правовая база|правовая база|الاطار القانوني|الإطار القانوني";
/** An Arabic conjunction written onto the next word ("ومنذ", "وبذلك"). */
const PROCLITIC = "(?:[وف](?=\\S))?";
/** A year opening a sentence, a preposition before it and a comma after ("In 2022, …", "En 2022, …"). */
const FRONTED_YEAR = /^\s*\S{0,4}\s*((?:19|20)\d\d)\s*(?:год[уа]?|г\.)?\s*,/u;

/** A bare year after "in" (not a full date, whose year may be the last one's: "le 30 décembre 2025"). */
const IN_YEAR = /(?:^|\s)(?:in|en|em|nel|im|в|во|في|عام|سنة|العام|year|anno|ano|jahr)\s+((?:19|20)\d\d)(?![\d-])/giu;
/**
 * A signing participle right after a plural ("les accords signés", "الاتفاقيات الموقعة", "the agreements signed"),
 * or, in German, right before it ("die unterzeichneten Vereinbarungen").
 */
const PARTICIPLE_AFTER =
  /^\s*(?:(?:and|et|e|ed|y|und|и|و)\s+(?:[^\s,.;:]+\s+){1,3})?(?:signed|concluded|sign[ée]e?s|conclus|firmat[ie]|sottoscritt[ie]|firmad[oa]s|suscrit[oa]s|assinad[oa]s|celebrad[oa]s|подписанн\p{L}*|заключ[её]нн\p{L}*|الموقعة|الموقّعة|المبرمة|التي تم توقيعها|التي وقعت|التي وقعها)(?=[\s,.;:،؛]|$)/u;
/**
 * A verb of content right after that participle makes the instruments its subject, told for what they hold ("the
 * protocols signed cover tourism…", "Parmi les accords signés figurent…", "подписанные документы касаются…"): the
 * happening's batch, not the relationship's tally.
 */
const CONTENT_AFTER =
  /^\s*(?:cover|covers|concern|concerns|include|includes|relate|deal|portent|concernent|couvrent|incluent|comprennent|touchent|figurent|riguardano|comprendono|includono|coprono|abarcan|incluyen|cubren|contemplan|versan|abrangem|incluem|cobrem|contemplam|versam|betreffen|umfassen|касаются|охватывают|включают|затрагивают|предусматривают|تشمل|تتعلق|تغطي)(?=[\s,.;:]|$)/u;
/** A definite article before a count right before the form ("the 25 agreements", "les 15 accords", "los nueve acuerdos"). */
const ARTICLE_COUNT =
  /(?:^|\s)(?:the|les|des|los|las|i|gli|le|os|as|die|den|dei|delle|degli|dos|das|sulle|sui|dei)\s+\S+\s*$/iu;
/** Arabic names a plural definite by an article on one of its words ("مذكرات التفاهم"). */
const ARABIC_DEFINITE = /(?:^|\s)(?:[وفبل]?ال|لل)/u;
/** A day, a weekday, the visit or its ceremony: words that make a signing the happening's. */
const DAY_WORDS =
  "today|yesterday|tonight|this day|monday|tuesday|wednesday|thursday|friday|saturday|sunday|visit|ceremony|occasion|aujourd hui|hier|ce jour|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|visite|ceremonie|oggi|ieri|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|visita|cerimonia|occasione|hoy|ayer|lunes|martes|miercoles|jueves|viernes|domingo|ceremonia|ocasion|hoje|ontem|segunda|terca|quarta|quinta|sexta|ocasiao|heute|gestern|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|besuch|besuchs|besuches|zeremonie|anlass|сегодня|вчера|понедельник|вторник|среду|среда|четверг|пятницу|пятница|субботу|суббота|воскресенье|визит|визита|визите|церемонии|церемония|اليوم|أمس|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|الزيارة|زيارة|مراسم|حفل";

/**
 * A pluperfect of any verb of signing, concluding or initialling, active or passive ("had already inked", "had been
 * signed", "avaient déjà paraphé", "avaient été signés", "erano stati firmati", "ya habían rubricado", "se habían
 * firmado", "tinham sido assinados", "كان قد وقع"), normalized: the auxiliary then, maybe past "already", the
 * participle. German puts the participle last in its clause ("hatten … bereits fünf Abkommen paraphiert", "waren …
 * unterzeichnet worden"). It tells a step before the one reported.
 */
const ALREADY = "(?: (?:already|also|deja|aussi|gia|anche|ya|tambien|ja|tambem))*";
const SIGNED_PARTICIPLE =
  "(?:signed|inked|initialled|initialed|concluded|signe|signes|signee|signees|paraphe|paraphes|conclu|conclus|firmato|firmati|firmate|siglato|siglati|siglate|sottoscritto|sottoscritti|firmado|firmados|firmadas|rubricado|rubricados|rubricadas|suscrito|suscritos|concluido|concluidos|assinado|assinados|assinadas|celebrado|celebrados)";
const PLUPERFECT_AUXILIARY =
  "(?:(?:had|avaient|avait|avevano|aveva|habian|habia|haviam|havia|tinham|tinha)(?: been| ete| sido)?|(?:erano|era) (?:stati|state|stato|stata)|se habian|se habia)";
const GERMAN_PARTICIPLE = "(?:unterzeichnet|paraphiert|abgeschlossen|geschlossen|signiert)";
const PLUPERFECT = new RegExp(
  [
    `(?:^| )${PLUPERFECT_AUXILIARY}${ALREADY} ${SIGNED_PARTICIPLE}(?= |$)`,
    `(?:^| )(?:hatte|hatten)(?: \\S+){0,7} ${GERMAN_PARTICIPLE}(?= |$)`,
    `(?:^| )(?:war|waren)(?: \\S+){0,7} ${GERMAN_PARTICIPLE} worden(?= |$)`,
    `(?:^| )(?:${["سبق أن", "سبق وأن", "كان قد", "كانا قد", "كانت قد"].map((p) => norm(p)).join("|")})(?= |$)`,
  ].join("|"),
  "u",
);
/**
 * The year before the happening's ("last year", "l'an dernier", "العام الماضي"): instruments counted then are a tally,
 * unless the sentence also names a day ("Last year's talks led to the five agreements signed on Tuesday").
 */
const LAST_YEAR =
  "last year|l annee derniere|l an dernier|l an passe|l annee passee|l anno scorso|l anno passato|el ano pasado|el ano anterior|no ano passado|o ano passado|im vergangenen jahr|im letzten jahr|letztes jahr|vergangenes jahr|в прошлом году|прошлогоднего|прошлогоднем|العام الماضي|السنة الماضية|العام المنصرم";
/**
 * An amount told of instruments ("which number 30", "au nombre de 30", "que suman 30", "والتي يبلغ عددها 30"), right
 * before a counted form: the relationship's instruments, not a batch, unless the form's clause names a day.
 */
const NUMBERING =
  "which number|numbering|au nombre de|qui sont au nombre de|qui s elevent a|che ammontano a|in numero di|que suman|que ascienden a|que somam|que totalizam|число которых|количество которых|يبلغ عددها|البالغ عددها|بلغ عددها|وعددها";
/**
 * A verb of totalling before the count of a form ("suman 50 los instrumentos vigentes", "somam agora 40 os acordos",
 * "s'élèvent désormais à 30 les accords"): how many instruments the relationship has, unless its clause names a day.
 */
const TOTALLING =
  "suman|suma ya|ascienden a|somam|soma|totalizam|s elevent a|s eleve a|salgono a|sale a|ammontano a|belaufen sich auf|насчитывается|насчитывают";
/**
 * "The number of" right before a form, or before its participle phrase ("le nombre d'accords signés", "die Zahl der …
 * unterzeichneten Abkommen", "عدد الاتفاقيات"): how many instruments there are, a tally. Only with the definite
 * article: "a number of agreements", "un certain nombre d'accords", "عدد من الاتفاقيات" are a batch.
 */
const NUMBER_OF = new RegExp(
  `(?:^| )(?:the (?:total )?number of|le nombre (?:total )?(?:d|de|des)|il numero (?:totale )?(?:di|dei|degli|delle)|el numero (?:total )?de|o numero (?:total )?de|die (?:gesamt)?(?:zahl|anzahl) der|(?:общее )?(?:число|количество)|${norm("عدد")})(?: [^ ]+){0,6}$`,
  "u",
);
/** "Of" after "the number": "عدد من" (a number of) is a batch. */
const NUMBER_OF_SOME = new RegExp(`(?:^| )${norm("عدد")} (?:${norm("من")})(?: |$)`, "u");

type Frames = {
  any: RegExp;
  basis: RegExp;
  recalled: RegExp;
  previously: RegExp;
  day: RegExp;
  dayBefore: RegExp;
  lastYear: RegExp;
  numbering: RegExp;
  totalling: RegExp;
  /** A day itself (today, yesterday, a weekday), not the visit or ceremony `day` also counts. */
  namedDay: RegExp;
};
let frames: Frames | undefined;
function compiled(): Frames {
  if (!frames) {
    const phrases = (list: string) => list.split("|").map((p) => norm(p).replace(/[.*+?^${}()[\]\\]/g, "\\$&"));
    const all = [...FRAMES.flatMap(phrases), SINCE_YEAR, SINCE_FOUNDING, SINCE_RELATIONS];
    frames = {
      any: new RegExp(`(?:^| )${PROCLITIC}(?:${all.join("|")})(?= |$)`, "u"),
      basis: new RegExp(`(?:^| )${PROCLITIC}(?:${phrases(BASIS).join("|")})(?= |$)`, "u"),
      recalled: new RegExp(`(?:^| )(?:${phrases(RECALLED).join("|")})(?= |$)`, "u"),
      day: new RegExp(`(?:^| )${PROCLITIC}(?:${phrases(DAY_WORDS).join("|")}|\\d+)(?= |$)`, "u"),
      previously: new RegExp(` ${PROCLITIC}(?:${phrases(PREVIOUSLY).join("|")})(?= |$)`, "u"),
      dayBefore: new RegExp(` ${PROCLITIC}(?:${phrases(DAY_BEFORE).join("|")})(?= )`, "u"),
      lastYear: new RegExp(`(?:^| )${PROCLITIC}(?:${phrases(LAST_YEAR).join("|")})(?= |$)`, "u"),
      numbering: new RegExp(`(?:^| )${PROCLITIC}(?:${phrases(NUMBERING).join("|")})(?= |$)`, "u"),
      // A verb of totalling, then at most two words (an adverb, "more than") and the count right before the form.
      totalling: new RegExp(`(?:^| )(?:${phrases(TOTALLING).join("|")})(?: \\S+){0,2} \\d+(?: \\S+)?\\s*$`, "u"),
      namedDay: new RegExp(
        `(?:^| )${PROCLITIC}(?:${phrases(DAY_WORDS)
          .filter((w) => !OCCASION_WORD.test(w))
          .join("|")})(?= |$)`,
        "u",
      ),
    };
  }
  return frames;
}

/** The frame phrase in a stretch of text, unless it is a first time since. */
function framed(text: string, re: RegExp): boolean {
  const n = ` ${norm(text)} `;
  const m = re.exec(n);
  return !!m && !FIRST.test(n.slice(0, m.index).trimEnd());
}

/**
 * Whether a plural form is a tally of the relationship: a frame phrase before it in its sentence (a fronted
 * "Since 2012," reaches over its comma), or after it in its clause ("30 agreements signed since 2012"; not "three
 * agreements, bringing the total to 40"); a definite plural its signing participle names with no day or visit in
 * its clause ("les accords signés entre les deux pays"); "previously" in its clause but not opening it; an earlier
 * year; or the relationship's legal basis before it.
 */
export function isTally(
  doc: MatchDoc,
  match: LexiconMatch<unknown>,
  sentence: Sentence,
  publishedOn?: string,
  /** A batch was counted before in the report: "the agreements signed cover…" restates it, whatever its verb. */
  counted = false,
): boolean {
  const form = match.span;
  const { any, basis, recalled, previously, day, dayBefore } = compiled();
  const before = doc.text.slice(sentence.start, form.start);
  // "The previous day, … had signed": a pluperfect anchored on the eve of the happening is the visit's own signing.
  if (dayBefore.test(` ${norm(before)} `)) return false;
  if (framed(before, any) || framed(before, basis) || framed(before, recalled)) return true;
  // "Ces textes s'ajouteront aux 8 accords signés…": the instruments added to, signed before.
  if (addedTo(before, clauseAt(doc.text.slice(form.end, sentence.end)), compiled().namedDay)) return true;
  const after = doc.text.slice(form.end, sentence.end);
  const clauseAfter = clauseAt(after);
  // …"since then" as well, unless the form's clause names its own day ("3 agreements on 2 September 2024").
  if (sinceEarlierYear(doc, sentence, before, publishedOn) && !day.test(norm(clauseAfter))) return true;
  if (framed(clauseAfter, any)) return true;
  if (withManyPartners(before.slice(lastBreak(before))) || withManyPartners(clauseAfter)) return true;
  // The relationship's instruments named by their signing with no day ("les accords signés entre les deux pays").
  const participle = PARTICIPLE_AFTER.exec(after);
  const content = !counted && !!participle && CONTENT_AFTER.test(after.slice(participle[0].length));
  const named = (!!participle && !content) || participleBefore(before);
  const definite = isDefinite(doc, match) || ARABIC_DEFINITE.test(form.text) || participleBefore(before);
  if (named && definite && !day.test(norm(clauseAfter))) return true;
  // "the 25 agreements signed during the state visit last year": the relationship's, whatever occasion signed them.
  const { lastYear } = compiled();
  if (named && (definite || ARTICLE_COUNT.test(before)) && framed(clauseAfter, lastYear)) return true;
  const opened = before.slice(lastBreak(before));
  if (amountOrYearBefore(doc, sentence, before, opened, clauseAfter)) return true;
  // A pluperfect of signing in the form's sentence: signed before the happening, unless the day before it.
  const told = ` ${norm(`${before} ${form.text} ${clauseAfter}`)} `;
  // …unless told after a verb of telling ("said two memoranda had been signed"): the news, its tense shifted back.
  const pluperfect = PLUPERFECT.exec(told);
  if (pluperfect && !dayBefore.test(told) && !backshifted(before, told)) return true;
  // An earlier year in its clause, or opening its sentence ("In 2022, the two countries signed five agreements").
  const fronted = FRONTED_YEAR.exec(before)?.[1];
  const year = Number(publishedOn?.slice(0, 4));
  const years = [...`${opened} ${clauseAfter}`.matchAll(IN_YEAR)].map((m) => m[1]);
  if (year && [fronted, ...years].some((y) => y !== undefined && Number(y) < year)) return true;
  // The leading space keeps a clause's first word from matching: only "previously" inside the clause counts.
  return previously.test(norm(`${opened} ${doc.text.slice(form.start, form.end)} ${clauseAfter}`).trim());
}

/**
 * Whether instruments are counted as an amount ("which number 30", "the number of agreements signed"), with no day in
 * the form's clause, or in the year before the happening's, with no day in the sentence. `clause` is the text of the
 * form's clause before it.
 */
function amountOrYearBefore(
  doc: MatchDoc,
  sentence: Sentence,
  before: string,
  clause: string,
  clauseAfter: string,
): boolean {
  const { lastYear, numbering, totalling, namedDay } = compiled();
  const opened = ` ${norm(clause)} `;
  const after = ` ${norm(clauseAfter)} `;
  // The amount's own words, from its phrase to the form's clause end, name no day.
  const amount = numbering.exec(opened) ?? NUMBER_OF.exec(opened.trimEnd()) ?? totalling.exec(opened.trimEnd());
  if (amount && !NUMBER_OF_SOME.test(opened) && !namedDay.test(`${opened.slice(amount.index)} ${after}`)) return true;
  // An amount told after the form ("…, which number 30"): its whole clause names no day ("signed today, which…").
  if (numbering.test(after) && !namedDay.test(`${opened} ${after}`)) return true;
  return framed(before, lastYear) && !namedDay.test(` ${norm(doc.text.slice(sentence.start, sentence.end))} `);
}

/** A form joined to a tally before it ("les accords et mémorandums signés…"): the same tally. */
export function joinsTally(doc: MatchDoc, tally: Span | undefined, form: Span): boolean {
  return !!tally && /^\s*(?:,|and|et|e|ed|y|und|и|و)\s*$/u.test(doc.text.slice(tally.end, form.start));
}

/** Being in force, not entering into force ("in force", "en vigueur", "em vigor", "in Kraft", "ساري المفعول"). */
const IN_FORCE_STATE = /^(?:in force|en vigueur|in vigore|en vigor|em vigor|in kraft|ساري المفعول)$/iu;
/** German "in Kraft getreten / treten": entering after all. */
const ENTERED_AFTER = /^\s+(?:getreten|treten|gesetzt)\b/iu;

/**
 * Whether a status word tells that instruments stand in force, not that they enter into force: counted, they are the
 * relationship's stock ("Brazil and Argentina have 20 agreements in force"), no instruments of the happening.
 */
export function standsInForce(doc: MatchDoc, cue: { span: Span }): boolean {
  return (
    IN_FORCE_STATE.test(cue.span.text.trim()) && !ENTERED_AFTER.test(doc.text.slice(cue.span.end, cue.span.end + 12))
  );
}
