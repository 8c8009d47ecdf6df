/**
 * One instrument named twice in a report is one commitment. Two ways a report names again the instrument it has just
 * named, read once every mention is a commitment:
 * - a definite form with no field in its own name ("rubricaron el acuerdo de colaboración, que…", "ووقع الاتفاقية من
 *   الجانب…", "signed the cooperation agreement, which…"), after a sentence that signed one of its form;
 * - a plural form after a demonstrative, with no count or field ("Ces accords ont été signés à Lomé…");
 * - a form word right by a track of its own form in one sentence ("اتفاقية للإعفاء المتبادل من التأشيرات"), which the
 *   track's reading already stands for.
 */
import type { LexiconMatch } from "../match/lexicon";
import { CLAUSE_BREAK, type MatchDoc, norm, type Sentence, sentenceAt } from "../match/normalize";
import type { CommitmentHit, Span } from "../types";
import { isCounted, isDefinite } from "./commitment-context";
import { isDomainWord } from "./commitment-fields";
import { isPluralForm } from "./commitment-plural";
import { ofGathering, withoutGathered } from "./commitment-gathering";
import { FIRM_STATUSES, STATUS_RANK } from "../plan/ranks";
import { linksParties } from "./party-links";
import { languageOf, lists } from "./commitment-word-lists";
import { opensItsLine } from "./commitment-carry";
import { withoutHeadlineTwin, withoutLeadTwin } from "./commitment-headline-twin";
import { restatedByCount, takeForm } from "./commitment-restated-count";

/** Cooperation words and their links this many words after a form are still its name ("acuerdo de colaboración"). */
const NAME_REACH = 3;
/** A signing participle right after a form's name ("l'accord de coopération signé aujourd'hui"): the signed one. */
export const SIGNED =
  /^(?:signed|concluded|sign[ée]e?s?|conclue?s?|firmat[oaie]|sottoscritt[oaie]|firmad[oa]s?|suscrit[oa]s?|assinad[oa]s?|unterzeichnete[nmrs]?|подписанн\p{L}*|(?:ال)?موقع[ةه]?|(?:ال)?مبرم[ةه]?)$/iu;
/** Links that open a field after a signing participle ("firmado en cuestión migratoria", "signed on fisheries"). */
const FIELD_LINK = new Set(
  "en on in of sur su sul sulla sobre em no na de di do da del du des dans nel nella über zur zum im о об في".split(
    " ",
  ),
);
/** Links that open a place, not a field ("at the palace", "au palais", "im Präsidentenpalast" is a FIELD_LINK already). */
const PLACE_LINK = new Set("at au aux à a all alla nella nello presso na nas no nos в во при عند".split(" "));
/** Words after a form's name that open no field of its own: relative pronouns, and the words naming its parties. */
const BARE_NEXT = new Set(
  "que qui which that who che cui der die das welche welches который которое которая которые которым الذي التي by par por pelo pela pelos pelas dal dalla von durch من between entre tra fra zwischen между with avec con com mit с со مع عن كل كلا".split(
    " ",
  ),
);
/** Words that name no field in an instrument's name: cooperation, partnership, and their links (8 languages). */
const NO_FIELD =
  /^(?:of|on|de|d|di|del|da|do|uber|über|zur|fur|für|о|об|в|области|сфере|cooperation|collaboration|partnership|partenariat|cooperazione|collaborazione|partenariato|cooperaci[oó]n|colaboraci[oó]n|coopera[cç][aã]o|colabora[cç][aã]o|parceria|zusammenarbeit|kooperation|partnerschaft|сотрудничеств\p{L}*|партн[её]рств\p{L}*|(?:[وفبل]?ال|لل)?تعاون|(?:[وفبل]?ال|لل)?شراكة)$/iu;
/** At most one word between a form and a track of one instrument ("اتفاقية للإعفاء", "accord d'exemption"). */
const ADJACENT = /^[\s'’]*(?:\S+[\s'’]+)?$/u;

/** A commitment with the words it was read from: its form word, or its subject when no form was named. */
export interface Mentioned {
  hit: CommitmentHit;
  mention: LexiconMatch<unknown>;
  /** Where the item stands when its form word heads a list told apart item by item ("un accord …, un autre sur …"). */
  slot?: number | undefined;
}

const sentenceStart = (doc: MatchDoc, at: number) => sentenceAt(doc, at)?.start ?? -1;

/**
 * Whether a form's name ends with its form and cooperation words: past them comes the end of its clause, a relative
 * pronoun or the words that name its parties ("el acuerdo de colaboración que…", "الاتفاقية من الجانب…", "الاتفاقية عن الجانب…": on behalf of), no field.
 */
function bareName(doc: MatchDoc, m: LexiconMatch<unknown>, fields: readonly Span[]): boolean {
  let i = m.tokenEnd;
  while (i < m.tokenEnd + NAME_REACH && doc.tokens[i] && NO_FIELD.test(doc.tokens[i]?.text ?? "")) i++;
  const next = doc.tokens[i];
  const upTo = next ? (doc.map[next.start] ?? doc.text.length) : doc.text.length;
  const broken = /[,;:.!?؛،\n()"“”«»]/.test(doc.text.slice(m.span.end, upTo));
  // "…signé aujourd'hui", not "al acuerdo firmado en cuestión migratoria", whose field follows the participle.
  const signed = next && SIGNED.test(next.text) && !FIELD_LINK.has(doc.tokens[i + 1]?.text ?? "");
  return (
    !next ||
    broken ||
    BARE_NEXT.has(next.text) ||
    Boolean(signed) ||
    placeAfter(doc, upTo, fields, next.text) ||
    arabicNameEnds(m, i, next.text)
  );
}

/**
 * Words after an Arabic definite form that open no name of it: the verb's subject ("وزير الدفاع", "رئيس", "سفير"), or
 * what it provides for ("تنص الاتفاقية على", "عن"). A word with no article may also be a name written in Arabic
 * letters ("الاتفاق ميدلينك"), an instrument of its own.
 */
const ARABIC_NAME_ENDS = new Set(
  "وزير وزيرة وزيرا وزيري رئيس رئيسا رئيسة سفير سفيرا سفيرة ممثل ممثلا نائب نائبا مدير مديرا امين على عن"
    .split(" ")
    .map(norm),
);
/** Whether an Arabic definite form's name ends at it (ARABIC_NAME_ENDS after it: "ووقع على الاتفاقية وزير الدفاع"). */
function arabicNameEnds(m: LexiconMatch<unknown>, i: number, next: string): boolean {
  return i === m.tokenEnd && /^(?:[وفبل]?ال|لل)/u.test(m.span.text) && ARABIC_NAME_ENDS.has(next);
}

/**
 * Whether the words after a form open with a link but name no field to their clause's end: the place of the signing
 * ("signed the agreement in the State House", "das Abkommen im Präsidentenpalast"), not "the agreement in energy".
 */
function placeAfter(doc: MatchDoc, from: number, fields: readonly Span[], link: string): boolean {
  if (!FIELD_LINK.has(link) && !PLACE_LINK.has(link)) return false;
  const rest = doc.text.slice(from);
  const end = from + (CLAUSE_BREAK.exec(rest)?.index ?? rest.length);
  if (fields.some((f) => f.start >= from && f.start < end)) return false;
  // "dans le domaine de la jeunesse": a domain noun opens a field the field words may not know.
  return !doc.tokens.some((t) => {
    const at = doc.map[t.start] ?? 0;
    return at >= from && at < end && isDomainWord(t.text);
  });
}

/** A link to an instrument's parties within a few words after it ("The agreement reached by Uganda and Rwanda"). */
const partiesNamed = (doc: MatchDoc, m: LexiconMatch<unknown>) =>
  doc.tokens.slice(m.tokenEnd, m.tokenEnd + 3).some((t) => linksParties(t.text));

/** Whether a mention is a definite single form with no field of its own ("el acuerdo de colaboración, que…"). */
function definiteBare(doc: MatchDoc, m: LexiconMatch<unknown>, fields: readonly Span[]): boolean {
  // "the cooperation agreement": the article may stand before the form's cooperation word.
  const before = doc.tokens[m.tokenStart - 1];
  const head =
    before && NO_FIELD.test(before.text)
      ? { ...m, tokenStart: m.tokenStart - 1, span: { ...m.span, start: doc.map[before.start] ?? m.span.start } }
      : m;
  if (demonstrativeSingular(doc, m)) return true;
  return (isDefinite(doc, m) || isDefinite(doc, head)) && !isCounted(doc, m) && bareName(doc, m, fields);
}

/**
 * Words before a Russian form, in its sentence, that tell one more instrument ("ещё одно соглашение", "новый
 * меморандум", "другой договор", "также", "кроме того", "наряду с этим", "затем", "второй", "помимо этого"); "помимо"
 * right before the form names the form itself ("Помимо меморандума, стороны подписали…").
 */
const MORE_RU =
  /(?<!\p{L})(?:ещё|еще|нов\p{L}*|друг\p{L}*|также|кроме|отдельн\p{L}*|дополнительн\p{L}*|дополнени\p{L}*|наряду|затем|втор\p{L}*|помимо)(?!\p{L})/iu;
/** Russian words of a party right after a form ("соглашение с Арменией", "договор между…"). */
const WITH_RU = new Set(["с", "со", "между"]);
/** "Помимо" right before the form: the form it names, not one more. */
const BESIDES_FORM = /(?<!\p{L})помимо\s*$/iu;
/** A verb of signing, ratifying or entering into force right before a form: its object, told for itself. */
const VERB = /^(?:подпис|ратифиц|заключ|утвер|одобр|вступ|парафир)\p{L}*$/iu;
/** …not a noun of that act ("подписания", "ратификации", "заключение"), whose genitive names the instrument told. */
const ACT_NOUN = /(?:ни[еяйию]|нием|ци[яиюей]|цией)$/iu;

/**
 * Russian writes no article: a bare singular form ("ратификации соглашения.", "Помимо меморандума, стороны
 * подписали…") after an instrument of its own form already told is that one, as "the memorandum" is in English,
 * unless a word of its sentence tells one more ("ещё одно соглашение"), a field stands right before it ("пограничный
 * договор"), it names a party of its own ("Соглашение с Арменией…"), a verb right before it has it for object ("стороны подписали соглашение, которое…"), or it is an item of
 * a list (a line of its own, or after a colon).
 */
function articleless(doc: MatchDoc, m: LexiconMatch<unknown>, fields: readonly Span[]): boolean {
  if (languageOf(doc) !== "ru" || isCounted(doc, m) || !bareName(doc, m, fields)) return false;
  // One naming its party ("Соглашение с Арменией было подписано…") may be one of several told before.
  if (partiesNamed(doc, m) || WITH_RU.has(doc.tokens[m.tokenEnd]?.text ?? "")) return false;
  // An item of a list ("- соглашение, определяющее…", "подписаны: соглашение…") is an instrument of its own.
  if (opensItsLine(doc, m.span)) return false;
  const before = doc.tokens[m.tokenStart - 1]?.text ?? "";
  if (VERB.test(before) && !ACT_NOUN.test(before)) return false;
  const start = Math.max(sentenceStart(doc, m.span.start), 0);
  const words = doc.text.slice(start, m.span.start).replace(BESIDES_FORM, "");
  if (/:/.test(words) || MORE_RU.test(words)) return false;
  return !fields.some((f) => f.end <= m.span.start && m.span.start - f.end < FIELD_GAP);
}

/** A field word ending this many characters before a form at most qualifies it ("пограничный договор"). */
const FIELD_GAP = 3;

/** Links that open a field after a form, beyond FIELD_LINK ("regarding", "pour", "relatif à", "für", "по", "بشأن"). */
const OWN_FIELD_LINK = new Set(
  "for regarding concerning pour relatif relative concernant per relativo relativa para für betreffend по в بشأن بشان حول".split(
    " ",
  ),
);
/** A German compound whose first part names a field ("dieses Energieabkommen"): an instrument of its own. */
const GERMAN_COMPOUND = /^\p{L}{3,}(?:abkommen|vereinbarung|erklärung|protokoll|vertrag|memorandum|programm)\p{L}*$/iu;

/**
 * Singular demonstratives ("this", "cet", "questo", "dicho", "desse", "dieses", "этого", "هذه") right before a form,
 * nothing but a space between: the instrument the report has told, whatever words follow it ("la firma de este
 * acuerdo fortalecerá…", "подписание этого соглашения даст импульс туризму"), unless a link right after it opens a
 * field of its own ("this agreement regarding energy", "cet accord pour la promotion des investissements", "هذه
 * الاتفاقية بشأن الطاقة"); nor a German compound ("dieses Energieabkommen"). Pronouns are none ("Besides this, agreements…", "при этом
 * соглашение", "وفي موازاة ذلك اتفاقية": an Arabic demonstrative before a noun with no article). The words are
 * seed/lexicons/commitments.json `lists.singularDemonstratives`.
 */
function demonstrativeSingular(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const token = doc.tokens[m.tokenStart - 1];
  const before = token?.text ?? "";
  const arabic = /^(?:و|ف|ب|ل)?(?:هذه|هذا|تلك)$/u.test(before) && /^(?:[وفبل]?ال|لل)/u.test(m.span.text);
  if (!(lists().singularDemonstratives.has(before) || arabic) || isCounted(doc, m)) return false;
  // Only a space between: "Oltre a questo, accordi…" uses the word as a pronoun.
  if (!token || !/^\s+$/u.test(doc.text.slice((doc.map[token.end - 1] ?? 0) + 1, m.span.start))) return false;
  if (GERMAN_COMPOUND.test(doc.tokens[m.tokenStart]?.text ?? "")) return false;
  const next = doc.tokens[m.tokenEnd]?.text ?? "";
  const after = doc.tokens[m.tokenEnd + 1]?.text ?? "";
  return !(OWN_FIELD_LINK.has(next) || (FIELD_LINK.has(next) && !(next === "في" && !after.startsWith("مجال"))));
}

/**
 * Whether a plural form with a demonstrative right before it (`lists.pluralDemonstratives`: "these", "ces", "эти",
 * "هذه") has no count and no field of its own ("ces accords ont été…").
 */
function demonstrativeBare(doc: MatchDoc, m: LexiconMatch<unknown>): boolean {
  const before = doc.tokens[m.tokenStart - 1]?.text ?? "";
  const arabic = /^(?:و|ف)?(?:هذه|تلك)$/u.test(before);
  if (!(lists().pluralDemonstratives.has(before) || arabic) || isCounted(doc, m)) return false;
  // A field opened right after the form ("these agreements on health", "هذه الاتفاقيات في مجال الصحة") is their own.
  const next = doc.tokens[m.tokenEnd]?.text ?? "";
  const after = doc.tokens[m.tokenEnd + 1]?.text ?? "";
  return !FIELD_LINK.has(next) || (next === "في" && !after.startsWith("مجال"));
}

/** Forms a Russian bare form restates: its own, or the other binding one ("соглашение" after a "договор"). */
const BINDING = new Set(["agreement", "treaty"]);
const kin = (o: Mentioned, r: Mentioned) =>
  o.hit.legalForm === r.hit.legalForm || (BINDING.has(o.hit.legalForm ?? "") && BINDING.has(r.hit.legalForm ?? ""));

/**
 * The commitments of `read` less the mentions that name again an instrument already read (see the file's comment).
 */
export function withoutRestated(
  doc: MatchDoc,
  hits: CommitmentHit[],
  read: readonly Mentioned[],
  fields: readonly Span[] = [],
): CommitmentHit[] {
  const dropped = new Set<CommitmentHit>();
  const kept = new Set(hits);
  const firm = read
    .filter((r) => kept.has(r.hit) && FIRM_STATUSES.has(r.hit.status) && r.hit.legalForm)
    .sort((a, b) => a.mention.span.start - b.mention.span.start);
  for (const r of firm) {
    // "Estes dois memorandos foram assinados…" after "assinaram dois acordos…": the batch named again by a demonstrative
    // and its count, whatever word it takes (commitment-restated-count.ts).
    const restated = restatedByCount(doc, r.mention, () => firm.filter((o) => o !== r && !dropped.has(o.hit)));
    if (restated) {
      takeForm(restated, r.hit);
      dropped.add(r.hit);
      continue;
    }
    // "этого соглашения", "dieses Abkommens": a singular demonstrative tells a form that reads as plural is one.
    const plural = !demonstrativeSingular(doc, r.mention) && isPluralForm(doc, r.mention);
    if (r.hit.track || (plural && !demonstrativeBare(doc, r.mention))) continue;
    const at = sentenceStart(doc, r.mention.span.start);
    // An item its list tells apart ("un accord de transport aérien, un autre sur la sécurité") is no twin of the
    // track its form word names first.
    const twin = firm.some(
      (o) =>
        o !== r &&
        !(o.mention === r.mention && r.slot !== undefined) &&
        o.hit.track &&
        o.hit.legalForm === r.hit.legalForm &&
        sentenceStart(doc, o.mention.span.start) === at &&
        ADJACENT.test(
          doc.text.slice(
            Math.min(o.mention.span.end, r.mention.span.end),
            Math.max(o.mention.span.start, r.mention.span.start),
          ),
        ),
    );
    // "Agreement" is the word for any instrument; another form restates only one of its own.
    const named = firm.filter(
      (o) =>
        !dropped.has(o.hit) &&
        sentenceStart(doc, o.mention.span.start) < at &&
        (r.hit.legalForm === "agreement" || o.hit.legalForm === r.hit.legalForm),
    );
    const russian = () => !plural && named.some((o) => kin(o, r)) && articleless(doc, r.mention, fields);
    if (!twin && !(named.length && (plural || definiteBare(doc, r.mention, fields) || russian()))) continue;
    dropped.add(r.hit);
    // The instrument named again keeps what the new mention tells of it ("… entrera en vigueur le 1er juillet").
    const same = named.filter((o) => o.hit.legalForm === r.hit.legalForm);
    const only = !twin && same.length === 1 ? same[0]?.hit : undefined;
    if (only && !only.signedOn && r.hit.signedOn) only.signedOn = r.hit.signedOn;
    if (only && !only.effectiveOn && r.hit.effectiveOn) only.effectiveOn = r.hit.effectiveOn;
    // …and a later step of its life ("Heute ist das Abkommen in Kraft getreten" after "ein Abkommen … geschlossen").
    // …unless it names parties of its own ("The agreement reached by Uganda and Rwanda entered into force").
    const sameParties =
      (!r.hit.parties?.length || r.hit.parties.join() === (only?.parties ?? []).join()) &&
      !partiesNamed(doc, r.mention);
    if (only && sameParties && STATUS_RANK[r.hit.status] > STATUS_RANK[only.status]) only.status = r.hit.status;
  }
  return hits.filter((h) => !dropped.has(h));
}

/**
 * What findCommitments notes while it reads a report's mentions, to fold once all are read: the legal forms of the
 * instruments a gathering signed (their other mentions are theirs) and each commitment's form word (or subject).
 */
export function readingOf(doc: MatchDoc, fieldsOf: () => readonly Span[] = () => []) {
  const gathered = new Set<string>();
  const mentioned: Mentioned[] = [];
  return {
    /** Whether an instrument's sentence is a gathering's or an organisation's (commitment-gathering.ts). */
    gathering(sentence: Sentence, form: { legalForm: string } | undefined): boolean {
      if (!ofGathering(doc, sentence)) return false;
      if (form) gathered.add(form.legalForm);
      return true;
    },
    /** A commitment read from `mention`. */
    mention(mention: LexiconMatch<unknown>, hit: CommitmentHit, slot?: number): CommitmentHit {
      mentioned.push({ hit, mention, slot });
      return hit;
    },
    /** The report's commitments less a gathering's and those named again, in the order of the text. */
    finish(hits: CommitmentHit[]): CommitmentHit[] {
      const restated = withoutRestated(doc, withoutGathered(doc, hits, gathered), mentioned, fieldsOf());
      const fields = fieldsOf();
      const kept = withoutLeadTwin(doc, withoutHeadlineTwin(doc, restated, mentioned), mentioned, (r) =>
        definiteBare(doc, r.mention, fields),
      );
      return kept.sort((a, b) => a.quote.start - b.quote.start);
    },
  };
}
