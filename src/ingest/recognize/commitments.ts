import { formsOf } from "./commitment-forms";
import { lifeStep, reportDays } from "./commitment-report-day";
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import type { CommitmentHit, CommitmentStatus, DateHit, Span } from "../types";
import { commitmentLexicons, cuesOf, type Form, formMatches, formOf, isRevision } from "./commitment-cues";
import { modalityOf } from "./commitment-modality";
import { isCompanyDeal, isDraft, namesAsSubject } from "./commitment-lists";
import { countOf, isPluralForm } from "./commitment-plural";
import { billStep } from "./commitment-bill";
import { foldGeneric, type GenericHit } from "./commitment-generic";
import { besideCount, genericReading, instrumentCount } from "./commitment-list-count";
import { datingOf } from "./commitment-dates";
import { distance, standaloneSubjects, type Subject } from "./commitment-standalone";
import { cueBefore } from "./commitment-cue-before";
import { glossOf } from "./commitment-complement-forms";
import { headerInstrument } from "./commitment-header";
import { additionSpans } from "./commitment-additional";
import { type Named, nameAfter } from "./commitment-names";
import { foldNamed, keepBest } from "./commitment-merge";
import { carrySignatures } from "./commitment-carry";
import { carryToCount } from "./commitment-carry-count";
import { listsInstruments, reaches } from "./commitment-reach";
import { brokenDown } from "./commitment-breakdown";
import { formBatches } from "./commitment-batch-form";
import { readingOf } from "./commitment-restated";
import { describeSigned } from "./commitment-describe";
import { asItem, formOfTrack, joinedToPrevious, listHolding } from "./commitment-coordination";
import { isAmended, isDenied, isMeetingOf, pointsBack } from "./commitment-context";
import { citesPart, isMarkedItem } from "./commitment-list-words";
import { languageOf } from "./commitment-word-lists";
import { withoutCarryForms } from "./commitment-carry";
import { recalledOrTallied } from "./commitment-recalled-forms";
import { cuesInContext } from "./commitment-plans";
import { ofOrganisation } from "./commitment-organisations";
import { firmSigns } from "./commitment-company-compounds";
import { likeAnother } from "./commitment-similar";
import { type PartyReader, statedParties } from "./commitment-parties";
import { relativeReadingStands } from "./commitment-relative-form";
import { sectorWords, type TrackInfo } from "./sectors";
import { bucketBySentence, subjectsOf } from "./commitment-subjects";
import { instrumentFields } from "./commitment-fields";
import { signedRecords } from "./commitment-records";
import {
  KIND_REACH,
  legalFormOf,
  namesOldYear,
  ownCues,
  quoteOf,
  realCues,
  clauseReading,
  titleOf,
} from "./commitment-status";
import { relativeOpeners } from "./commitment-relative";
import { inZones, noiseZones } from "./noise-zones";
import { signatureOf, toldInPassing } from "./commitment-passing";

const INSTRUMENT_STATUSES = new Set<CommitmentStatus>(["signed", "ratified", "in_force"]);
/** A multilateral instrument (a summit declaration) is no commitment of a pair. */
const MULTILATERAL = "multilateral";

/**
 * Commitments of a report: one per track and legal form (or instrument), the surest kept. `trackMatches`
 * are the track lexicon's matches in `doc`; `dates` the report's dates (for signedOn/effectiveOn); `parties` reads
 * whose instrument each is (an instrument of other countries is no commitment of the report's pair).
 */
export function findCommitments(
  doc: MatchDoc,
  trackMatches: readonly LexiconMatch<TrackInfo>[],
  dates: readonly DateHit[],
  publishedOn?: string,
  eventDate?: DateHit,
  parties?: PartyReader,
): CommitmentHit[] {
  const lex = commitmentLexicons();
  const dating = datingOf(doc, dates, publishedOn, eventDate);
  const { reportDay, latestDay } = reportDays(dates, publishedOn, eventDate);
  // A carry phrase's own words name no instrument ("Le communiqué conjoint énumère…" lists the batch signed before).
  const subjects = withoutCarryForms(doc, subjectsOf(doc, trackMatches, lex.instruments));
  const forms = formsOf(
    doc,
    [...formMatches(doc)],
    subjects.map((s) => s.match),
  );
  // A form's own words are no modality ("memorando de entendimento" is no French "entend-").
  const modality = modalityOf(doc, [...subjects.map((s) => s.span), ...forms.map((f) => f.span)]);
  // Everything is looked at sentence by sentence: bucket cues, kind words, forms and subjects once.
  const bySentence = <T extends { span: Span }>(items: readonly T[]) => bucketBySentence(doc, items);
  const cues = cuesInContext(doc, cuesOf(doc, modality, dating.isPast), dates, publishedOn);
  const cuesBy = bySentence(cues);
  const kindsBy = bySentence(lex.kinds.match(doc));
  const signed = signedRecords(doc, { cues, forms, subjects, dating, eventDate, publishedOn, parties });
  const formsBy = bySentence(forms);
  const firmCue = (c: string) => c === "signed" || c === "ratified" || c === "in_force";
  carrySignatures(doc, cuesBy, formsBy, firmCue);
  carryToCount(doc, cuesBy, formsBy, firmCue);
  const described = describeSigned(doc, cuesBy, { formsBy, firm: firmCue });
  const negations = modality.filter((m) => m.data === "negation");
  const subjectsBy = bySentence(subjects);
  const breaksBy = bySentence(lex.scopeBreaks.match(doc));
  const best = new Map<string, CommitmentHit>();
  // Items of a plural form's list ("trois mémorandums dans les domaines de…"), and single mentions that point back
  // to an instrument told before ("Le mémorandum…", "The second memorandum…").
  const listItems = new Set<CommitmentHit>();
  // Instruments read off a plural form's fields ("signed agreements on trade, health and energy").
  const pluralItems = new Set<CommitmentHit>();
  // …and off a counted one's ("six agreements covering tourism, culture…").
  const countedItems = new Set<CommitmentHit>();
  const toldAgain = new Set<CommitmentHit>();
  // The name each mention gives its instrument (the words after its form), for twins told apart (commitment-names.ts).
  const names = new Map<CommitmentHit, Named>();
  const generic = new Map<string, GenericHit>();
  // Named instruments no count holds (commitment-generic.ts `Beside`).
  const beside = new Map<CommitmentHit, number>();
  const usedForms = new Set<LexiconMatch<Form>>(signed.taken(forms));
  // The field words of the text (matched once, when first needed), also for telling a form's field from the
  // place of its signing (commitment-restated.ts).
  let sectorMatches: readonly LexiconMatch<string>[] | undefined;
  // A word of another language is no field ("visa estreitar": Portuguese "aims at", not a visa).
  const fieldWords = () => (sectorMatches ??= sectorWords(doc, languageOf(doc)));
  const reading = readingOf(doc, () => fieldWords().map((m) => m.span));
  const statedOf = statedParties(parties);
  // A "Lire aussi" heading and the headlines under it, or a labelled link line ("Noticia relacionada: …"), tell
  // other reports' news (noise-zones.ts).
  const noise = noiseZones(doc.text);
  const read = (subject: Subject) => {
    const sentence = sentenceAt(doc, subject.span.start);
    if (!sentence || inZones(noise, subject.span.start)) return;
    // An instrument being revised, or named with an old year, is an older commitment, not a new one.
    if (isRevision(doc, subject.match, modality)) return;
    if (subject.instrument && namesOldYear(doc, subject.match, publishedOn)) return;
    const cuesHere = (cuesBy.get(sentence.start) ?? []).flatMap((c) => cueBefore(doc, c, subject.span));
    // A track named as an instrument's subject ("a joint declaration on security cooperation") is that
    // instrument: the track reading, with the instrument's form, stands for both.
    const here = (subjectsBy.get(sentence.start) ?? []).filter((o) => o.track !== subject.track);
    if (subject.instrument && !subject.standalone && here.some((o) => namesAsSubject(doc, subject.match, o.match)))
      return;
    // Tracks inside the list an item belongs to are its fellow items: they stand between it and no status word.
    const within = subject.within;
    // …nor does a mechanism whose meeting hosted the signing ("وقعت … خلال الدورة التاسعة للجنة المشتركة مذكرات
    // تفاهم…", "signed during the joint commission's session memoranda on…"): the setting, not an instrument.
    const others = here
      .filter((o) => !within || o.span.start < within.start || o.span.end > within.end)
      .filter((o) => !(o.kind === "mechanism" && !o.standalone && isMeetingOf(doc, o.match)))
      .filter((o) => !(o.instrument && !o.standalone && namesAsSubject(doc, o.match, subject.match)))
      // …nor one joined to it ("ein Luftverkehrsabkommen und ein Investitionsschutzabkommen unterzeichnet").
      .filter((o) => !joinedToPrevious(doc, subject.span, o.match))
      .map((o) => o.span);
    const formsHere = formsBy.get(sentence.start) ?? [];
    // A track inside a plural form's list is one of its instruments ("agreements on energy and cultural cooperation").
    // A mechanism whose meeting hosted a signing ("signés lors de la 4e session de la commission mixte") is no instrument.
    const venue = subject.kind === "mechanism" && !subject.standalone && isMeetingOf(doc, subject.match);
    const listed =
      subject.instrument || venue ? undefined : listHolding(doc, sentence, subject.span, formsHere, realCues(cuesHere));
    // Documents signed with no form named ("nine documents, including six memoranda") take none from a neighbour.
    const named =
      subject.instrument || subject.standalone || venue
        ? undefined
        : listed
          ? { form: listed.data, match: listed }
          : formOfTrack(doc, subject, legalFormOf(doc, subject, formsHere, others), formsHere);
    const form = subject.instrument ? formOf(subject.instrument) : named?.form;
    // Instruments recalled or tallied beside the happening (commitment-recalled-forms.ts) are none of it.
    const plural = named?.match ?? subject.match;
    if (recalledOrTallied(doc, plural, sentence, publishedOn, forms)) return;
    const breaks = breaksBy.get(sentence.start) ?? [];
    // Every other instrument of the sentence, named by a track or by a form word alone, may own a date or an entry into force.
    const instruments = [
      ...others,
      ...(formsBy.get(sentence.start) ?? [])
        .filter((f) => f !== named?.match && distance(f.span, subject.span) > 0 && !glossOf(doc, subject.span, f.span))
        .map((f) => f.span),
    ];
    const told = ownCues(cuesHere, subject.span, form, breaks, relativeOpeners(doc));
    const found = clauseReading(doc, sentence, subject.span, told, others, instruments, dating);
    if (!found) return;
    const marks = named?.match ? [subject.match, named.match] : [subject.match];
    const clauseOf = { sentence, marks, cue: found.cue, cues: cuesHere, others: instruments };
    const own = parties?.read(clauseOf);
    if (own === null) return;
    // "…, ainsi qu'un accord conclu entre les deux pays": the parties named for an instrument before it in its sentence.
    const stated = statedOf(clauseOf, own);
    if (toldInPassing(doc, subject, found, plural, modality)) return;
    const clause = dating.of(sentence, subject.span, found, instruments);
    if (!relativeReadingStands(named, found, !!clause.background)) return;
    if (named?.match) usedForms.add(named.match);
    if (clause.background) return;
    const { signedOn, effectiveOn } = clause;
    const step = lifeStep(doc, found, {
      effectiveOn,
      publishedOn,
      latestDay,
      dates,
      cues: cuesHere,
      instrument: subject.span,
    });
    if (!step) return;
    let { status } = step;
    const { ratifiedToo } = step;
    // A bill of ratification is for an instrument signed and not ratified yet ("le projet de loi portant
    // ratification de l'accord", "den Gesetzentwurf zur Ratifizierung"), whatever its ratification still awaits.
    const bill = status === "ratified" || status === "proposed" ? billStep(doc, found.cue) : undefined;
    if (bill) status = bill;
    // A draft is not signed yet; a deal between companies, or a multilateral instrument ("trois accords
    // multilatéraux"), is not the pair's commitment.
    if (INSTRUMENT_STATUSES.has(status)) {
      if (subject.sector === MULTILATERAL || venue || reading.gathering(sentence, form)) return;
      // "non è un trattato" denies the form; "adendas a acordos em vigor" names older instruments amended, and
      // "signed …, set up under Article 7 of the General Agreement" one cited for a provision.
      const mention = named?.match ?? subject.match;
      if (isDenied(doc, mention, negations) || isAmended(doc, mention) || isAmended(doc, subject.match)) return;
      if (!found.after && citesPart(doc, mention, cuesHere)) return;
      if (!bill && isDraft(doc, named?.match ?? subject.match, found.cue)) status = "proposed";
      else if (isCompanyDeal(doc, sentence, named?.match ?? subject.match, found.cue?.span, formsHere)) return;
      else if (ofOrganisation(doc, sentence, named?.match ?? subject.match, found.cue)) return;
      else if (firmSigns(doc, sentence, named?.match ?? subject.match, found.cue)) return;
      else if (likeAnother(doc, named?.match ?? subject.match)) return;
    }
    // Only instruments are signed, ratified or in force: a mechanism in a signed text was agreed; a status word
    // after a mechanism ("on the sidelines of the joint commission, they signed…") is about something else.
    const isInstrument = Boolean(subject.instrument || form || subject.agreementTrack);
    if (INSTRUMENT_STATUSES.has(status) && !isInstrument) {
      if (found.after) return;
      status = "agreed";
    }
    // An instrument named without a track of ours counts only as signed, ratified or in force, its status word
    // right by it ("signed a memorandum"): "agreement" alone is also a word for consensus.
    // …and only its own: a roadmap that a joint statement signed there "lays out" is that statement's content.
    if (
      subject.standalone &&
      (!INSTRUMENT_STATUSES.has(status) ||
        subject.sector === MULTILATERAL ||
        !found.cue ||
        !reaches(doc, found.cue, subject, { cuesHere, formsHere, others }))
    )
      return;
    const kindWord =
      subject.instrument || form || subject.agreementTrack
        ? undefined
        : (kindsBy.get(sentence.start) ?? [])
            .filter((k) => distance(k.span, subject.span) <= KIND_REACH)
            .sort((a, b) => distance(a.span, subject.span) - distance(b.span, subject.span))[0];
    const kind = form && !subject.agreementTrack ? form.kind : (kindWord?.data ?? subject.kind);
    const signature = signatureOf(status, {
      signedOn,
      effectiveOn,
      told: found.status,
      ratifiedToo,
      isInstrument,
      clause,
      eventDay: dating.eventDay,
      reportDay,
    });
    if (!signature) return;
    status = signature.status;
    const signed = signature.signed;
    const near = found.cue ? distance(found.cue.span, subject.span) <= KIND_REACH : false;
    const confidence = Math.min(
      0.95,
      (found.sure ? 0.65 : 0.45) + (near ? 0.1 : 0) + (kindWord || form ? 0.1 : 0) + (signed || effectiveOn ? 0.1 : 0),
    );
    const hit = reading.mention(
      named?.match ?? subject.match,
      {
        kind,
        status,
        sector: subject.sector,
        title: titleOf(subject, form),
        quote: quoteOf(doc, sentence, subject.span),
        confidence: Math.round(confidence * 100) / 100,
      },
      subject.slot,
    );
    if (subject.track) hit.track = subject.track;
    const name = nameAfter(doc, (named?.match ?? subject.match).span);
    if (name) names.set(hit, name);
    // "three joint statements": a named instrument's plural counts its instruments.
    const many = subject.instrument && !subject.standalone ? instrumentCount(doc, subject.match) : undefined;
    if (many) hit.instruments = many;
    if (form) hit.legalForm = form.legalForm;
    if (signed) hit.signedOn = signed;
    if (effectiveOn && status !== "discussed" && status !== "proposed") hit.effectiveOn = effectiveOn;
    if (stated?.length) hit.parties = stated;
    const era = dating.era(clause, signed);
    if (subject.generic)
      generic.set(`${hit.legalForm}|${generic.size}`, genericReading(doc, subject, hit, formsHere, era));
    else {
      const mention = named?.match ?? subject.match;
      if (isPluralForm(doc, subject.match))
        (countOf(doc, subject.match) === undefined ? pluralItems : countedItems).add(hit);
      if (subject.slot !== undefined) {
        if (isPluralForm(doc, subject.match)) listItems.add(hit);
        // One of its sentence's instruments marked as an item of a batch told before ("Un terzo accordo … tra…").
        else if (isMarkedItem(doc, mention)) toldAgain.add(hit);
      } else if ((pointsBack(doc, mention) || isMarkedItem(doc, mention)) && !isPluralForm(doc, mention))
        toldAgain.add(hit);
      if (era && !signed) hit.earlier = true;
      const after = besideCount(doc, subject, mention, era);
      if (after !== undefined) beside.set(hit, after);
      keepBest(best, hit, era, subject.slot);
    }
  };
  for (const subject of subjects) if (!signed.bodies.has(subject)) read(subject);
  const header = headerInstrument(doc, forms, cues, dates, subjects, publishedOn);
  if (header) keepBest(best, header);
  // Instruments named with no track of ours (read once every track has taken its form words).
  const fields = instrumentFields(doc, fieldWords());
  const additions = additionSpans(doc);
  const within = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;
  const sectorsBy = bySentence(fields);
  const sentenceOf = (s: Subject) => sentenceAt(doc, s.span.start)?.start ?? -1;
  // A form with no subject of its own in a sentence whose batch the next one lists is one of those listed.
  const around = { formsBy, cuesBy, subjectsBy, sectorsBy, breaksBy, usedForms, subjects, publishedOn, described };
  const namesInstruments = listsInstruments(doc, formsBy, subjectsBy);
  for (const subject of standaloneSubjects(doc, around))
    read(
      asItem(
        doc,
        subject,
        sectorsBy.get(sentenceOf(subject)) ?? [],
        subjectsBy.get(sentenceOf(subject)) ?? [],
        namesInstruments,
      ),
    );
  const named = foldNamed(best, {
    listed: listItems,
    toldAgain,
    items: pluralItems,
    countedItems,
    fieldsIn: (quote) => fields.filter((f) => within(f.span, quote)).map((f) => f.data),
    added: (quote) => additions.some((a) => within(a, quote)),
    names,
    day: eventDate?.date ?? publishedOn,
  });
  const folded = [...named, ...signed.amendments];
  const all = foldGeneric(folded, [...generic.values()], signed.documents, beside, countedItems);
  formBatches(doc, all, forms);
  const broken = brokenDown(doc, all, forms, (start) => (cuesBy.get(start) ?? []).length > 0);
  return reading.finish(broken);
}
