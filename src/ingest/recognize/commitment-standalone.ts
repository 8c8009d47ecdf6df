/**
 * Instruments named by a legal-form word with no track of ours: about the fields named after them (one each for
 * a plural or counted form: "signed agreements on energy, transport and health", see commitment-lists.ts), else
 * the nearest sector keyword of their sentence.
 */
import type { LegalForm } from "../../schemas/vocabulary";
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import type { CommitmentKind, Span } from "../types";
import type { Cue, Form } from "./commitment-cues";
import {
  complementOf,
  hasDemonstrative,
  continuesCount,
  countedBefore,
  describesBatch,
  fieldInClause,
  listSpan,
  dayAfter,
  namesSubject,
  restates,
} from "./commitment-lists";
import { beforeParties } from "./commitment-list-parties";
import { countOf, isPluralForm, MAX_COUNT } from "./commitment-plural";
import { isDefinite, restatesEarlier } from "./commitment-context";
import { betweenInstitutions } from "./commitment-institution-parties";
import { joinedToPrevious, ownSingular } from "./commitment-coordination";
import { glossOf } from "./commitment-complement-forms";
import { distributiveItems } from "./commitment-distributive";
import { countedAreas, listedAreas } from "./commitment-areas";
import { restOfCount } from "./commitment-rest";
import { nextAreas } from "./commitment-areas-next";
import { topicItems } from "./commitment-topic-items";
import { documentSubjects } from "./commitment-documents";
import { nearestField, withoutDialogue } from "./commitment-fields";
import { isTally, joinsTally } from "./commitment-tallies";
import { antecedentOf } from "./commitment-antecedent";
import { opensItemLine } from "./commitment-carry";
import type { Description } from "./commitment-describe";
import { amongOthers, areasNamed, vagueJoined } from "./commitment-list-scope";
import { figureBefore, formAfter, inSentence, sumsUpList } from "./commitment-summary";
import { endsClause, includedBefore } from "./commitment-clause-end";
import { multilateralTopic, occasionAfter, venueOrganisation } from "./commitment-multilateral-field";
import { generalComplement } from "./commitment-general-complement";

/** The sector of an instrument whose sentence names none (a treaty of friendship): the relationship at large. */
const DEFAULT_SECTOR = "political-dialogue";
export /** What a commitment is about: a track of the lexicon or an instrument. */
interface Subject {
  track: string;
  sector: string;
  kind: CommitmentKind;
  title: string;
  /** Instruments name their own kind and legal form; tracks take the nearest kind and form words. */
  instrument?: LegalForm;
  /** The track's usual kind is an agreement (visa exemption, air services): it names an instrument. */
  agreementTrack: boolean;
  /** An instrument named with no track of ours ("signed a memorandum on diplomatic academies"): about its sector. */
  standalone?: boolean;
  /** A standalone instrument with no field of its own ("the agreement", "eight agreements"): it gives way to named ones. */
  generic?: boolean;
  /** A generic mention that restates an instrument named before it, whatever its form ("la firma del acuerdo"). */
  restating?: boolean;
  /** The form this one is joined to by a conjunction ("agreements on energy, as well as protocols on…"). */
  joinedTo?: Span;
  /** Where an enumerated instrument is named: it stays apart from others of its track and form in the sentence. */
  slot?: number;
  /** One of the areas a later sentence tells of a counted batch: an instrument of its own, no list's item. */
  told?: true;
  /** How many instruments a generic mention counts ("eight agreements"), when it says. */
  count?: number;
  /** The rest of a count beyond the tracks its list names (commitment-rest.ts): counted whole. */
  beyond?: true;
  /** The list an item belongs to: tracks named inside it are its fellow items, no other subject. */
  within?: Span;
  match: LexiconMatch<unknown>;
  span: Span;
}

/** Characters between two spans (0 when they overlap). */
export function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

/** What the standalone reading needs of the report, bucketed by sentence start. */
export interface StandaloneContext {
  formsBy: ReadonlyMap<number, LexiconMatch<Form>[]>;
  cuesBy: ReadonlyMap<number, LexiconMatch<Cue>[]>;
  subjectsBy: ReadonlyMap<number, Subject[]>;
  sectorsBy: ReadonlyMap<number, LexiconMatch<string>[]>;
  /** Scope breaks ("and with a joint declaration on…"): a field past one is not the instrument's. */
  breaksBy: ReadonlyMap<number, LexiconMatch<true>[]>;
  /** Form words a track subject already took. */
  usedForms: ReadonlySet<LexiconMatch<Form>>;
  subjects: readonly Subject[];
  /** The report's publication date: an instrument dated in an earlier year is an older one, never a restatement. */
  publishedOn?: string | undefined;
  /** Sentences that open on instruments and describe them ("The agreements cover…"). */
  described: readonly Description[];
}

/** The standalone instrument subjects of a report. */
export function standaloneSubjects(doc: MatchDoc, c: StandaloneContext): Subject[] {
  const out: Subject[] = [];
  // Instruments named anywhere in the report: a definite form after one of them may restate it.
  const earlier = [
    ...[...c.formsBy.values()].flat().map((f) => ({ span: f.span, legalForm: f.data.legalForm })),
    ...c.subjects
      .filter((s) => s.instrument || s.agreementTrack)
      .map((s) => ({ span: s.span, legalForm: s.instrument ?? "agreement" })),
  ];
  const allForms = [...c.formsBy.values()].flat();
  // Sentences whose areas a batch before them took, up to where their own mention of it ends.
  const described = new Map<number, number>();
  for (const [start, forms] of c.formsBy) {
    const sentence = sentenceAt(doc, start);
    if (!sentence) continue;
    const sectors = c.sectorsBy.get(start) ?? [];
    const tracksHere = c.subjectsBy.get(start) ?? [];
    // The list of the form before, when it named no field: a plural form right after it continues its count.
    let countedList: Span | undefined;
    // Where the counted batch stands in `out`: an enumeration of forms it goes on over makes it of no one form.
    let countedAt: number | undefined;
    // The last form read as a tally of the relationship.
    let tally: Span | undefined;
    // An abbreviation or gloss in brackets after a form ("memorandum of understanding (MoU)", "elf
    // Absichtserklärungen (Memorandums of Understanding, MOUs)") is the same instrument, and its form the one told.
    const glosses = new Map<LexiconMatch<Form>, LexiconMatch<Form>>();
    const own = forms.filter((f) => {
      const outer = forms.find((o) => o !== f && glossOf(doc, o.span, f.span));
      if (outer && !glosses.has(outer)) glosses.set(outer, f);
      return !outer;
    });
    const cuesHere = c.cuesBy.get(start) ?? [];
    // The sentence's status words short of a signature: a verb of its own for an item they follow closely.
    const ahead = cuesHere.filter((x) => SHORT_OF_SIGNATURE.has(x.data));
    const listCues = cuesHere.filter((x) => x.data !== "action");
    for (const [i, f] of own.entries()) {
      // The field words of the sentence that may tell this form's field (not a multilateral topic far from it).
      // …nor the visit or talks that are the occasion of its signing ("were signed during the talks").
      const fieldsHere = sectors.filter((m) => !multilateralTopic(doc, m, f.span) && !occasionAfter(doc, m, f.span));
      const onTrack = c.subjects.some((s) => distance(s.span, f.span) === 0);
      // The batch named again where the sentence before's areas were read ("The memorandums cover…").
      if ((described.get(start) ?? -1) > f.span.start) continue;
      if (complementOf(doc, own[i - 1]?.span, f)) continue;
      if (sumsUpList(doc, f, allForms, sentence)) continue;
      const list = listSpan(doc, f, sentence, own, listCues);
      const plural = isPluralForm(doc, f);
      // Items of its list told by ordinals ("un accord de transport aérien, un autre sur la sécurité", "two
      // agreements: one on…, another on…"): one instrument each.
      const ordinals = distributiveItems(doc, list, fieldsHere, tracksHere, plural, ahead);
      // A form a track names is that track's reading, unless its list goes on with such items: instruments of its form.
      if (onTrack && (plural || !ordinals?.length)) continue;
      // A tally of the relationship ("since 2012, 30 agreements", "les accords et mémorandums signés entre les deux
      // pays") is no batch of the happening.
      const tallied = (m: LexiconMatch<Form>) =>
        isTally(doc, m, sentence, c.publishedOn, countedBefore(doc, allForms, m.span));
      // …and so is a plural form joined to the tally after it ("الاتفاقيات ومذكرات التفاهم الموقعة بين البلدين").
      const next = own[i + 1];
      const joinsNext = next && isPluralForm(doc, next) && joinedToPrevious(doc, f.span, next) && tallied(next);
      if (plural && (joinsTally(doc, tally, f.span) || tallied(f) || joinsNext)) {
        tally = f.span;
        continue;
      }
      const continues = plural && continuesCount(doc, countedList, f);
      // The count goes on over every form of the enumeration ("25 accords, mémorandums et programmes exécutifs").
      countedList = continues ? list : undefined;
      if (continues) {
        const batch = countedAt === undefined ? undefined : out[countedAt];
        if (batch && countedAt !== undefined && batch.instrument !== f.data.legalForm)
          out[countedAt] = mixedForms(batch);
        continue;
      }
      const inList = fieldsHere.filter(
        (s) => inSentence(list, s.span) && !tracksHere.some((t) => distance(t.span, s.span) === 0),
      );
      // One instrument per field named, unless the list describes one batch: a count that differs from the
      // fields named ("19 agreements in health, tourism…"), or field words ("in areas such as").
      const distinct = inList.filter((s, i) => inList.findIndex((o) => o.data === s.data) === i);
      const count = plural ? countOf(doc, f) : undefined;
      if (count !== undefined && count > MAX_COUNT) continue;
      const batch =
        !plural ||
        (count !== undefined
          ? count !== distinct.length
          : // "more than 20 agreements in trade, energy…": a batch bounded below, not one instrument per field.
            figureBefore(doc, f) ||
            amongOthers(doc, list) ||
            vagueJoined(doc, f, own[i - 1], list) ||
            (describesBatch(doc, list) && !(distinct.length > 1 && !isDefinite(doc, f) && areasNamed(doc, list))));
      // A single instrument is about the field its own complement names ("the agreement on energy"), not one
      // later in its sentence ("cet accord s'inscrit dans le cadre du sommet de l'OCI").
      // …and one instrument's clause that names a field besides the relationship's words is about that field.
      // …and one whose complement names only the relationship ("l'accord de coopération bilatérale") has none either.
      const general = generalComplement(doc, f, fieldsHere);
      const fields =
        !plural && (!namesSubject(doc, f) || general) ? [] : batch ? withoutDialogue(distinct).slice(0, 1) : distinct;
      // A form a track took ("agreements on visa exemption and culture") still names the other fields of its list.
      const named = c.usedForms.has(f)
        ? fields.filter((s) => plural && !tracksHere.some((t) => inSentence(list, t.span) && t.sector === s.data))
        : fields;
      const items: { start: number; sector?: string; told?: { told: true } }[] | undefined =
        ordinals ??
        (batch && !own.some((o) => o.span.start >= list.end && inSentence(sentence, o.span))
          ? countedAreas(beforeParties(doc, f, list), count, fieldsHere, tracksHere, DEFAULT_SECTOR)
          : undefined) ??
        nextAreas(doc, batch && !c.usedForms.has(f) ? count : undefined, f.span, c, described) ??
        (plural ? topicItems(list, count, fieldsHere, tracksHere) : undefined) ??
        // An uncounted batch listing three areas or more is one instrument per area, not per sector, when no other
        // form of its sentence follows it (forms after it name instruments themselves).
        (plural && !batch && count === undefined && !c.usedForms.has(f) && !formAfter(own, f, sentence)
          ? listedAreas(list, inList, tracksHere)
          : undefined);
      // One uncounted batch ("a series of agreements aimed at closer economic and cultural ties") whose form a track
      // of its list took is that track's reading already; a count ("four agreements covering…") says there are more.
      const taken = c.usedForms.has(f) && tracksHere.some((t) => inSentence(list, t.span));
      if (batch && taken && count === undefined && !items?.length) continue;
      const previous = own[i - 1]?.span;
      const base = {
        // Only an instrument with a subject of its own is told apart from the one before it.
        ...(previous && (plural || namesSubject(doc, f) || ownSingular(doc, f)) && joinedToPrevious(doc, previous, f)
          ? { joinedTo: previous, slot: f.span.start }
          : // …and each line of a list is an instrument of its own ("- acordo sobre…", "- acordo sobre…").
            !plural && opensItemLine(doc, sentence, f.span)
            ? { slot: f.span.start }
            : {}),
        track: "",
        kind: f.data.kind,
        title: f.data.title,
        instrument: glosses.get(f)?.data.legalForm ?? f.data.legalForm,
        agreementTrack: false,
        standalone: true,
        match: f,
        span: f.span,
      };
      if (c.usedForms.has(f) && !named.length && !items?.length) {
        // A count beyond the tracks of its list that took its form: the rest is a batch of its own.
        const rest = plural ? restOfCount(doc, f, list, count, tracksHere) : undefined;
        if (rest) out.push({ ...base, sector: DEFAULT_SECTOR, ...rest });
        continue;
      }
      if (items) {
        const fallback = named[0]?.data ?? DEFAULT_SECTOR;
        for (const it of items)
          out.push({ ...base, sector: it.sector ?? fallback, slot: it.start, ...it.told, within: list });
        continue;
      }
      if (named.length) {
        // A counted batch of its first field stands for the count, less the instruments the report names on their own.
        const counted = batch && plural && count !== undefined ? { count, generic: true } : {};
        for (const s of named) out.push({ ...base, sector: s.data, ...counted });
        continue;
      }
      // "Diese Erklärung wurde … unterzeichnet" after "in einer gemeinsamen Erklärung": the joint statement named before.
      const antecedent = !plural && hasDemonstrative(doc, f) ? antecedentOf(c.subjects, f) : undefined;
      if (antecedent) {
        out.push({ ...antecedent, match: f, span: f.span });
        continue;
      }
      const nearest = nearestField(
        doc,
        f.span,
        fieldsHere.filter((m) => !venueOrganisation(doc, m, f.span)),
        c.breaksBy.get(start) ?? [],
        distance,
        own.map((o) => o.span),
      );
      if (plural && count !== undefined) {
        countedList = list;
        countedAt = out.length;
      }
      const afterCount = i > 0 && !!own[i - 1] && countOf(doc, own[i - 1] as LexiconMatch<Form>) !== undefined;
      // After a counted batch, "on" before a day is when the form was signed, not its subject ("and a memorandum on Tuesday").
      // …and so is one that names only the relationship ("the signing of the bilateral cooperation agreement").
      const ownSubject = !namesSubject(doc, f) || general || (afterCount && dayAfter(doc, f));
      // "Tras la firma del acuerdo", after a memorandum was named: that memorandum again, whatever its form word.
      // …unless it is told by the institutions that signed it ("An agreement was also signed between the ministries…").
      const byInstitutions = !plural && betweenInstitutions(doc, f);
      const restating =
        ownSubject &&
        !byInstitutions &&
        // (A complement naming only the relationship has no field after it: a farther one is its main clause's.)
        (general || !fieldInClause(doc, nearest, f)) &&
        // (A complement naming only the relationship restates only an instrument of its own form.)
        restatesEarlier(
          doc,
          f,
          general ? earlier.filter((e) => e.legalForm === f.data.legalForm) : earlier,
          c.publishedOn,
        );
      // A single instrument ending its clause with no field in its sentence ("Le Sénégal et la Mauritanie signent un
      // accord", a headline over the lead) gives way to one of its form that names its field.
      // …its clause ending on it, or, after a counted batch, on a day and a place ("three agreements and a memorandum
      // on Tuesday in Nairobi").
      // An item an inclusion phrase opens ("three agreements, including a memorandum, on Tuesday") is one of the batch.
      const bare =
        !plural &&
        ownSubject &&
        !nearest &&
        endsClause(doc, f.span.end, sentence.end, afterCount) &&
        !includedBefore(doc, f);
      const generic = plural || restating || bare || (ownSubject && restates(doc, f, c.cuesBy.get(start) ?? []));
      out.push({
        ...base,
        ...(byInstitutions ? { slot: f.span.start } : {}),
        sector: nearest?.data ?? DEFAULT_SECTOR,
        generic,
        ...(restating ? { restating } : {}),
        ...(count === undefined ? {} : { count }),
      });
    }
  }
  out.push(...documentSubjects(doc, c, DEFAULT_SECTOR));
  return out;
}

/** Status words of a step short of a signature: a verb of its own for an item they follow closely. */
const SHORT_OF_SIGNATURE: ReadonlySet<string> = new Set(["proposed", "discussed", "agreed"]);

/** A counted batch of several legal forms ("eight instruments: memoranda, protocols and addenda") has no one form. */
function mixedForms({ instrument: _form, ...batch }: Subject): Subject {
  return { ...batch, title: "Signed instruments", agreementTrack: true };
}
