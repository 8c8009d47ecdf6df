/**
 * A bill of ratification ("le projet de loi portant ratification de l'accord", "den Gesetzentwurf zur Ratifizierung",
 * "законопроект о ратификации", "مشروع قانون بالتصديق"): a government that adopts or sends one on has signed the
 * instrument and not ratified it yet; a legislature that adopts it, or a head of state who signs it, ratifies
 * (seed/lexicons/commitments.json `lists.billLinks`, `lists.ratifiers`, `lists.government`).
 */
import { RATIFICATION_NOUN } from "./commitment-signing-noun";
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import { CLAUSE_BREAK, type MatchDoc, sentenceAt } from "../match/normalize";
import { COMMITMENTS_DATA, withoutComment } from "./commitment-cues";
import { anyIn, lists } from "./commitment-word-lists";
import { wordSet } from "./commitment-plurals";
import { EARLIER_CLAUSE } from "./commitment-clause-words";

type ByLang = Readonly<Record<string, readonly string[]>>;
const DATA = (COMMITMENTS_DATA as unknown as { lists: { billLinks: ByLang; ratifiers: ByLang; government: ByLang } })
  .lists;

/** A draft word at most this many words before a ratification word may title its bill ("projet de loi portant"). */
const BILL_REACH = 6;

/** The stem of a ratification word in the eight languages ("ratification", "Ratifizierung", "ратификации", "التصديق"). */
const RATIFICATION_STEM = /ratif|ратиф|تصديق|مصادق/iu;

let words: { links: Set<string>; ratifiers: Lexicon<true>; government: Lexicon<true> } | undefined;
/** A report's legislatures, heads of state and governments, matched once. */
const namedOf = new WeakMap<MatchDoc, { ratifiers: LexiconMatch<true>[]; government: LexiconMatch<true>[] }>();
function namesOf(doc: MatchDoc) {
  let found = namedOf.get(doc);
  if (!found) {
    const { ratifiers, government } = bill();
    found = { ratifiers: ratifiers.match(doc), government: government.match(doc) };
    namedOf.set(doc, found);
  }
  return found;
}
function bill() {
  words ??= {
    links: wordSet(withoutComment(DATA.billLinks)),
    ratifiers: new Lexicon(entriesOf(withoutComment(DATA.ratifiers), true as const)),
    government: new Lexicon(entriesOf(withoutComment(DATA.government), true as const)),
  };
  return words;
}

/**
 * The step a bill of ratification tells, when a ratification word titles one: "signed" when a government adopts or
 * sends it on, the instrument signed and not ratified yet; "ratified" when a legislature adopts it or a head of state
 * signs it. A bill is a draft word before the ratification word with only articles, prepositions, law words and
 * title participles between ("le projet de loi portant ratification", "the bill to ratify"; not "the draft was debated
 * and parliament ratified"); it is signed in a sentence that names no legislature or head of state, or a government
 * too ("The government submitted to parliament a bill…"). A legislature's adoption ("L'Assemblée nationale a adopté le projet de loi autorisant la
 * ratification") or a head of state's signature ("President Tokayev signed the bill ratifying…") ratifies.
 */
export function billStep(doc: MatchDoc, cue: LexiconMatch<unknown> | undefined): "signed" | "ratified" | undefined {
  // A ratification told as pending ("zur Ratifizierung", "на ратификацию") is read as proposed: still its word.
  if (!cue) return undefined;
  const text = doc.text.slice(cue.span.start, cue.span.end);
  if (cue.data !== "ratified" && !(cue.data === "proposed" && RATIFICATION_STEM.test(text))) return undefined;
  const { draft } = lists(doc);
  const { links } = bill();
  let at = -1;
  for (let i = cue.tokenStart - 1; i >= Math.max(0, cue.tokenStart - BILL_REACH); i--) {
    const t = doc.tokens[i]?.text ?? "";
    if (anyIn(draft, t)) {
      at = i;
      break;
    }
    if (!anyIn(links, t)) break;
  }
  // No bill: a government's approval of a ratification told as a noun is a step of a signed instrument.
  if (at < 0) return cue.data === "ratified" ? governmentsRatification(doc, cue, text) : undefined;
  const from = doc.map[doc.tokens[at]?.end ?? 0] ?? cue.span.start;
  if (CLAUSE_BREAK.test(doc.text.slice(from, cue.span.start))) return undefined;
  const sentence = sentenceAt(doc, cue.span.start);
  if (!sentence) return "signed";
  const within = (m: LexiconMatch<true>) => m.span.start >= sentence.start && m.span.end <= sentence.end;
  const found = namesOf(doc);
  // A first or second reading of the bill's own clause passes no bill yet ("فراغه من القراءة الأولى لمشروع قانون
  // تصديق…", "приняла в первом чтении законопроект"); one in another clause, or beside a final reading, is background.
  if (earlyReading(clauseOf(doc, sentence, cue)) && !FINAL_READING.test(doc.text.slice(sentence.start, sentence.end)))
    return "signed";
  // A government after the ratification word is a party in the instrument's title ("… between the Government of X"),
  // unless told as the agent ("submitted by the government", "présenté par le gouvernement", "presentato dal governo").
  const agent = (m: LexiconMatch<true>) =>
    AGENT_BEFORE.test(doc.text.slice(Math.max(sentence.start, m.span.start - 12), m.span.start));
  // …and one whose step is told as done before the legislature's ("بعد أن أقر مجلس الوزراء مشروع القانون…، صادق عليه
  // مجلس النواب", "after the cabinet approved the bill, parliament ratified it") is no actor of this one.
  const earlier = (m: LexiconMatch<true>) =>
    EARLIER_CLAUSE.test(doc.text.slice(Math.max(sentence.start, m.span.start - 24), m.span.start));
  const actor = (m: LexiconMatch<true>) => within(m) && (m.span.end <= cue.span.start || agent(m)) && !earlier(m);
  return !found.ratifiers.some(within) || found.government.some(actor) ? "signed" : "ratified";
}

/** A government's own approval of a step, right before it in its clause: approve, adopt, endorse, clear, green light. */
const APPROVES =
  /(?<![\p{L}])(?:approv\p{L}*|adopt\p{L}*|endors\p{L}*|cleared|green light|approuv\p{L}*|entérin\p{L}*|feu vert|via libera|semaforo verde|aprob\p{L}*|aprov\p{L}*|autoriz\p{L}*|luz verde|avaló|aval|billig\p{L}*|genehmig\p{L}*|beschlo\p{L}*|grünes licht|одобр\p{L}*|утверд\p{L}*|[وف]?وافق\p{L}*|[وف]?أقر\p{L}*|[وف]?اعتمد\p{L}*)(?![\p{L}])/iu;
/** Words before a ratification noun that make it the instrument exchanged or deposited ("instrument of ratification"). */
const INSTRUMENT_OF =
  /(?:instruments?|strument[oi]|instrumentos?|urkunden?|грамот\p{L}*|وثائق|وثيقة|صكوك|صك)\s+(?:(?:of|de|di|der|des|du)\s+)?(?:\p{L}+\s+)?$/iu;
/** "By" a party after the noun: another's ratification ("welcomed the ratification … by Morocco"). */
const BY_PARTY = /^[^.;:]{0,80}?\s(?:by|par|da parte|por parte|pela|pelo|durch|стороной|من قبل|من جانب)\s/iu;

/**
 * A ratification written as a noun in a sentence that names a government and no legislature or head of state ("il
 * Consiglio dei ministri ha dato il via libera alla ratifica ed esecuzione dell'accordo", "El Consejo de Ministros
 * aprobó la ratificación…", "وافق مجلس الوزراء على التصديق…"): the government approves the step, the instrument
 * is signed; ratified only when its sentence names one who ratifies.
 */
function governmentsRatification(doc: MatchDoc, cue: LexiconMatch<unknown>, text: string): "signed" | undefined {
  if (!RATIFICATION_NOUN.test(text.trim())) return undefined;
  const sentence = sentenceAt(doc, cue.span.start);
  if (!sentence) return undefined;
  const before = doc.text.slice(sentence.start, cue.span.start);
  // A decree ratifies ("un décret portant ratification", "أصدر مرسوماً يقضي بالتصديق"); an instrument of
  // ratification deposited or exchanged is the ratification itself.
  if (DECREE.test(before) || INSTRUMENT_OF.test(before)) return undefined;
  // Only the government's own approval ("approved the ratification"), not its welcome of another's ("welcomed the
  // ratification … by Morocco") nor its news of one done ("has completed ratification").
  if (!APPROVES.test(before.slice(-80)) || BY_PARTY.test(doc.text.slice(cue.span.end, sentence.end))) return undefined;
  const within = (m: LexiconMatch<true>) => m.span.start >= sentence.start && m.span.end <= sentence.end;
  const found = namesOf(doc);
  return found.government.some((m) => within(m) && m.span.end <= cue.span.start) && !found.ratifiers.some(within)
    ? "signed"
    : undefined;
}

/** A bill's first or second reading, in the eight languages: the legislature has not adopted it yet. */
const EARLY_READING =
  /(?:first|second) reading|(?:première|deuxième|seconde) lecture|(?:prima|seconda) lettura|(?:primera|segunda) lectura|(?:primeira|segunda) leitura|(?:erste[nrm]?|zweite[nrm]?) Lesung|(?:перв|втор)\p{L}+ чтени\p{L}+|القراءة (?:الأولى|الاولى|الثانية)/iu;

/** Words that put a reading before the step told ("Nach der ersten Lesung im März hat der Bundestag … verabschiedet"). */
const AFTER_READING =
  /(?:after|following|nach|après|dopo|después de|tras|após|depois de|после|بعد)\s+(?:\p{L}+\s+)?$/iu;

/** Whether a clause tells a bill at its first or second reading, not after one. */
function earlyReading(clause: string): boolean {
  const m = EARLY_READING.exec(clause);
  return m !== null && !AFTER_READING.test(clause.slice(Math.max(0, m.index - 30), m.index));
}

/** A bill's third, final or definitive reading: adopted. */
const FINAL_READING =
  /third reading|final reading|troisième lecture|définitivement|lecture définitive|terza lettura|definitivamente|tercera lectura|terceira leitura|dritten Lesung|endgültig|треть\p{L}+ чтени\p{L}+|окончательн\p{L}+ чтени\p{L}+|القراءة الثالثة/iu;
/** Agent words right before a government named after the ratification word ("by the", "par le", "dal", "pelo"). */
const AGENT_BEFORE =
  /(?:\bby(?: the)?|\bpar(?: le| l['’])?|\bdal(?:l['’])?|\bdalla|\bpor(?: el)?|\bpel[oa]|\bvon(?: der)?|\bdurch(?: die)?|من قبل|من طرف)\s*$/iu;

/** The clause of a status word: its sentence between the commas and semicolons around it. */
function clauseOf(doc: MatchDoc, sentence: { start: number; end: number }, cue: LexiconMatch<unknown>): string {
  const before = doc.text.slice(sentence.start, cue.span.start);
  const after = doc.text.slice(cue.span.end, sentence.end);
  const from = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("،")) + 1;
  const to = after.search(/[,;،]/u);
  return before.slice(from) + doc.text.slice(cue.span.start, cue.span.end) + (to < 0 ? after : after.slice(0, to));
}

/** A decree, in the eight languages: what a head of state or a council issues to ratify. */
const DECREE =
  /(?<![\p{L}\p{M}])(?:decree|décret|decreto|dekret|erlass|указ\p{L}*|[وب]?(?:ال)?مرسوم(?:ا|اً|ًا)?)(?![\p{L}\p{M}])/iu;
