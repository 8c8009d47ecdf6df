/**
 * One commitment per instrument in a report: several mentions of one track and legal form keep the surest,
 * and a formless mention of a track lends its status and dates to the one instrument of that track.
 */
import { FIRM_STATUSES, STATUS_RANK } from "../plan/ranks";
import type { CommitmentHit, Span } from "../types";
import { NO_FIELD } from "./commitment-generic";
import type { Named } from "./commitment-names";

/**
 * Keeps, per track, legal form and era (an older instrument's year, see commitment-dates.ts), the surest hit,
 * filling its dates from the others. A `slot` (where an enumerated instrument is named: "le programme … de la
 * jeunesse, le programme … des sports") keeps it apart.
 */
export function keepBest(best: Map<string, CommitmentHit>, hit: CommitmentHit, era = "", slot?: number): void {
  const counts = mentionCounts.get(best) ?? new Map<number, number>();
  counts.set(hit.quote.start, (counts.get(hit.quote.start) ?? 0) + 1);
  mentionCounts.set(best, counts);
  const key = `${hit.track ?? `sector:${hit.sector}`}|${hit.legalForm ?? ""}|${era}${slot === undefined ? "" : `|${slot}`}`;
  const prev = best.get(key);
  best.set(key, prev ? surest(prev, hit) : hit);
}

/** How many instruments each sentence (by its quote's start) named, before any were folded together. */
const mentionCounts = new WeakMap<Map<string, CommitmentHit>, Map<number, number>>();

/** Two mentions of one instrument as one: the surer (or the later step of its life), with the other's dates. */
function surest(prev: CommitmentHit, hit: CommitmentHit): CommitmentHit {
  // Its signature and a later step of one instrument's life (a ratification, an entry into force) are one
  // instrument at that later step, however surely its signature was told.
  const steps = LIFE.has(hit.status) && LIFE.has(prev.status) && hit.status !== prev.status;
  const better = steps
    ? STATUS_RANK[hit.status] > STATUS_RANK[prev.status]
    : hit.confidence > prev.confidence ||
      (hit.confidence === prev.confidence && STATUS_RANK[hit.status] > STATUS_RANK[prev.status]);
  return merge(better ? hit : prev, better ? prev : hit);
}

/**
 * An instrument a list enumerates, told again on its own ("trois mémorandums dans les domaines de l'agriculture,
 * de la santé…", then "Le mémorandum dans le domaine de l'agriculture a été signé par…"), is that item: a mention
 * that points back (`toldAgain`: an article, an ordinal) with no slot, in a later sentence, folds into the first item
 * of its list with the same track (or field), legal form and era. Failing that, it folds into the first item of its
 * form and era not told again yet, in a counted list and at the same step of its life, when one of the two names no
 * field ("two memoranda between the governments", then "the memorandum on youth…"; "tre accordi nei settori…", then
 * "Un terzo accordo … tra la scuola … e l'istituto…"): the field one names is the other's. "El acuerdo sobre
 * inversiones … seguirá vigente" (an older one in force) is no signed item of the list.
 */
export function foldIntoList(
  best: Map<string, CommitmentHit>,
  {
    listed,
    toldAgain,
    items,
  }: { listed: Set<CommitmentHit>; toldAgain: ReadonlySet<CommitmentHit>; items: ReadonlySet<CommitmentHit> },
): Map<string, CommitmentHit> {
  const taken = new Set<CommitmentHit>();
  const fold = (key: string, hit: CommitmentHit, [slotKey, item]: [string, CommitmentHit]) => {
    const one = surest(item, hit);
    if (one.sector === NO_FIELD && !one.track) withFieldOf(one, one === item ? hit : item);
    listed.add(one);
    taken.add(one);
    best.set(slotKey, one);
    best.delete(key);
  };
  // (A mention with a slot of its sentence is one marked as an item: "Un terzo accordo…".)
  const mentions = () => [...best].filter(([, hit]) => !listed.has(hit) && toldAgain.has(hit));
  for (const [key, hit] of mentions()) {
    // …an item of a sentence before its own: instruments told apart in one sentence ("le programme … de la
    // jeunesse, le programme … des sports") are as many instruments.
    const base = key.split("|").slice(0, 3).join("|");
    const item = [...best].find(
      ([k, h]) => listed.has(h) && k.startsWith(`${base}|`) && h.quote.end <= hit.quote.start,
    );
    if (item) fold(key, hit, item);
  }
  for (const [key, hit] of mentions()) {
    const [, form, era] = key.split("|");
    const fieldless = (h: CommitmentHit) => h.sector === NO_FIELD && !h.track;
    const item = [...best].find(([k, h]) => {
      const [, f, e] = k.split("|");
      return (
        listed.has(h) &&
        !items.has(h) &&
        !taken.has(h) &&
        k.split("|").length > 3 &&
        f === form &&
        e === era &&
        (fieldless(h) || fieldless(hit)) &&
        !laterStep(h, hit) &&
        h.quote.end <= hit.quote.start
      );
    });
    if (item) fold(key, hit, item);
  }
  return best;
}

/**
 * An instrument named beside another in one sentence ("a memorandum of understanding and a cooperation protocol"),
 * told again in a later sentence as an item of a list there too, with no field ("ended with the signing of a
 * memorandum and a protocol of cooperation", "مذكرة تفاهم وبروتوكول تعاون"), at the same step and on the same day:
 * the same instrument, not one more. A mention on its own ("At a separate ceremony, a protocol…"), with a field of its
 * own, or told as more ("another protocol", "was also signed") stays apart.
 */
export function foldRestated(
  best: Map<string, CommitmentHit>,
  { listed, added }: { listed: ReadonlySet<CommitmentHit>; added: (quote: Span) => boolean },
): Map<string, CommitmentHit> {
  const fieldless = (h: CommitmentHit) => h.sector === NO_FIELD && !h.track;
  for (const [key, hit] of [...best].sort(([, a], [, b]) => a.quote.start - b.quote.start)) {
    const parts = key.split("|");
    // …named beside another instrument in its own sentence too, with no field.
    const several = (mentionCounts.get(best)?.get(hit.quote.start) ?? 0) > 1;
    if (!several || !fieldless(hit) || listed.has(hit) || added(hit.quote) || MORE.test(hit.quote.text ?? "")) continue;
    const sameDay = (h: CommitmentHit) => !h.signedOn || !hit.signedOn || h.signedOn === hit.signedOn;
    const first = [...best].find(([k, h]) => {
      const [base, form, era] = k.split("|");
      return (
        h !== hit &&
        !listed.has(h) &&
        k.split("|").length > 3 &&
        base === parts[0] &&
        form === parts[1] &&
        era === parts[2] &&
        h.status === hit.status &&
        sameDay(h) &&
        h.quote.end <= hit.quote.start
      );
    });
    if (!first) continue;
    const [firstKey, item] = first;
    best.set(firstKey, merge(item, hit));
    best.delete(key);
  }
  return best;
}

/** Whether two mentions tell two steps of an instrument's life ("signed" and "in force"): two instruments here. */
const laterStep = (a: CommitmentHit, b: CommitmentHit) =>
  LIFE.has(a.status) && LIFE.has(b.status) && a.status !== b.status;

/** An instrument with no field of its own takes the track, field and title of its other mention. */
function withFieldOf(into: CommitmentHit, other: CommitmentHit): void {
  into.sector = other.sector;
  into.title = other.title;
  if (other.track) into.track = other.track;
}

/** Words that tell a batch as more ("new", "further", "nouveaux", "otros", "weitere", "ещё", "أخرى"); not "the other", which enumerates. */
const MORE =
  /(?<!\p{L})(?:new|further|additional|nouve(?:aux|lles)|autres|suppl[ée]mentaires|nuev[oa]s|otr[oa]s|adicionales|nov[oa]s|outr[oa]s|adicionais|nuov[ie]|altr[ie]|ulteriori|weitere[n]?|neue[n]?|ещё|еще|новы\p{L}*|други[ехм]\p{L}*|أخرى|جديدة|إضافية)(?!\p{L})/iu;

/**
 * A lead that sums up what was signed as agreements in several fields ("signed agreements on trade, health and
 * energy"), before the report names each instrument on its own ("a memorandum on trade…, a memorandum on health…"):
 * an item of that summary ("agreement" being the word for any instrument) is the instrument named later in its
 * field (its sector, or a field word of its quote: `fieldsIn`), of whatever form, not one more. Folds such items
 * (`items`) into the named instrument.
 */
export function foldSummaries(
  best: Map<string, CommitmentHit>,
  items: ReadonlySet<CommitmentHit>,
  {
    fieldsIn,
    added,
  }: {
    fieldsIn: (quote: Span) => readonly string[];
    /** Whether a quote tells its instrument as one more ("was also signed"): no item of a summary then. */
    added: (quote: Span) => boolean;
  },
): Map<string, CommitmentHit> {
  const hits = [...best.values()];
  // One named instrument stands for one item; its own sector is surer than a field word of its sentence.
  const taken = new Set<CommitmentHit>();
  // A later batch of as many items as the summary's, in a sentence of its own, tells the same instruments one by one
  // ("deux accords touchant aux infrastructures et aux télécommunications", then "deux accords, le premier sur…, le
  // second sur…"): its items stand for the summary's.
  const batchSize = new Map<number, number>();
  for (const h of hits) if (items.has(h)) batchSize.set(h.quote.start, (batchSize.get(h.quote.start) ?? 0) + 1);
  const toldAgain = (item: CommitmentHit, h: CommitmentHit) =>
    h.quote.start >= item.quote.end &&
    (batchSize.get(h.quote.start) ?? 0) >= 2 &&
    batchSize.get(h.quote.start) === batchSize.get(item.quote.start) &&
    !(h.signedOn && item.signedOn && h.signedOn !== item.signedOn) &&
    // "deux nouveaux accords", "two further agreements": a batch told as more is no retelling.
    !MORE.test(h.quote.text ?? "");
  const named = (item: CommitmentHit, sameField: (h: CommitmentHit) => boolean) =>
    hits.find(
      (h) =>
        h !== item &&
        (!items.has(h) || toldAgain(item, h)) &&
        !taken.has(h) &&
        sameField(h) &&
        FIRM_STATUSES.has(h.status) &&
        // …signed as the item is: an older instrument ratified there ("l'accord … signé en 2023") is none of the day's.
        h.status === item.status &&
        h.quote.start >= item.quote.end &&
        !added(h.quote),
    );
  for (const [key, item] of [...best]) {
    if (!items.has(item) || item.legalForm !== "agreement" || item.instruments || !FIRM_STATUSES.has(item.status))
      continue;
    const into =
      named(item, (h) => h.sector === item.sector) ?? named(item, (h) => fieldsIn(h.quote).includes(item.sector));
    if (!into) continue;
    taken.add(into);
    merge(into, item);
    best.delete(key);
  }
  return best;
}

function merge(into: CommitmentHit, other: CommitmentHit): CommitmentHit {
  if (!into.signedOn && other.signedOn) into.signedOn = other.signedOn;
  if (!into.effectiveOn && other.effectiveOn) into.effectiveOn = other.effectiveOn;
  return into;
}

/**
 * A track named without a legal form in a report that names it, as the same kind, with one elsewhere is the same instrument:
 * the formless mention lends its (higher) status and dates to the instrument instead of making a twin.
 */
export function foldFormless(best: ReadonlyMap<string, CommitmentHit>): CommitmentHit[] {
  const hits = [...best.values()];
  // An instrument of an earlier year (keyed with its era) is not the one a formless mention speaks of.
  const background = new Set([...best].filter(([key]) => key.split("|")[2]).map(([, h]) => h));
  const out: CommitmentHit[] = [];
  for (const h of hits) {
    const formed = h.legalForm
      ? undefined
      : hits.filter((o) => o.track === h.track && o.kind === h.kind && o.legalForm && !background.has(o));
    const [only] = formed ?? [];
    if (only && formed?.length === 1) {
      if (STATUS_RANK[h.status] > STATUS_RANK[only.status]) only.status = h.status;
      merge(only, h);
      continue;
    }
    out.push(h);
  }
  return out;
}

/** The steps of an instrument's life from its signature on. */
const LIFE = new Set(["signed", "ratified", "in_force"]);

/** Statuses that come after an instrument's signature in its life. */
const LATER_STEPS = new Set(["ratified", "in_force"]);

/**
 * A report of one instrument's ratification or entry into force that also says it was signed ("ратифицировало
 * соглашение … Соглашение подписано сроком на пять лет", "Agreement signed in 2013") restates that instrument's
 * earlier step: a signature of the same legal form (and track, if it names one) is folded into the one instrument of
 * that form further along, never a second commitment. Its date is lent only when it comes before the report's day
 * (`day`), for the signature of an instrument ratified that day is an older one.
 */
export function foldEarlierSteps(hits: CommitmentHit[], day: string | undefined): CommitmentHit[] {
  return hits.filter((h) => {
    if (h.status !== "signed" || !h.legalForm) return true;
    // …told with or after that later step: a signature the report leads with, before it turns to an older
    // instrument's ratification, is the day's news ("ont signé jeudi deux accords. … a ratifié l'accord de 2023").
    // A signature naming a track restates only the instrument of that track ("Signé en janvier, cet accord
    // prévoit une exemption de visa…" after the decree ratifying the visa agreement).
    const later = hits.filter(
      (o) =>
        o !== h &&
        o.legalForm === h.legalForm &&
        (!h.track || o.track === h.track) &&
        LATER_STEPS.has(o.status) &&
        o.quote.start <= h.quote.start,
    );
    const [only] = later;
    if (!only || later.length > 1) return true;
    if (h.signedOn && !only.signedOn && day && h.signedOn < day) only.signedOn = h.signedOn;
    return false;
  });
}

/**
 * Folds mentions of one legal form with the same name, told by two form words (not the items of one list), into
 * the first, keeping the later step and any dates.
 */
export function foldSameName(
  hits: readonly CommitmentHit[],
  names: ReadonlyMap<CommitmentHit, Named>,
): CommitmentHit[] {
  const out: CommitmentHit[] = [];
  for (const h of hits) {
    const name = names.get(h);
    const twin =
      name && !h.instruments
        ? out.find(
            (o) =>
              o.legalForm === h.legalForm &&
              !o.instruments &&
              names.get(o)?.name === name.name &&
              names.get(o)?.at !== name.at &&
              (!o.signedOn || !h.signedOn || o.signedOn === h.signedOn),
          )
        : undefined;
    if (!twin) {
      out.push(h);
      continue;
    }
    if (STATUS_RANK[h.status] > STATUS_RANK[twin.status]) twin.status = h.status;
    merge(twin, h);
    if (!twin.track && h.track) twin.track = h.track;
  }
  return out;
}

/**
 * The instruments a report names, each once: list items told again, summary items, formless mentions, same-named
 * mentions and earlier steps folded into their instrument, in that order (the folds above).
 */
export function foldNamed(
  best: Map<string, CommitmentHit>,
  read: {
    listed: Set<CommitmentHit>;
    toldAgain: ReadonlySet<CommitmentHit>;
    items: ReadonlySet<CommitmentHit>;
    /** Instruments read off a counted plural form's fields: summary items too, though never an uncounted list's. */
    countedItems: ReadonlySet<CommitmentHit>;
    fieldsIn: (quote: Span) => readonly string[];
    added: (quote: Span) => boolean;
    names: ReadonlyMap<CommitmentHit, Named>;
    day: string | undefined;
  },
): CommitmentHit[] {
  const listed = foldRestated(foldIntoList(best, read), read);
  const summed = foldSummaries(listed, new Set([...read.items, ...read.countedItems]), read);
  return foldEarlierSteps(foldSameName(foldFormless(summed), read.names), read.day);
}
