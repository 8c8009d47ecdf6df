/**
 * Generic mentions of instruments (restated, or counted with no field of their own: "eight agreements were
 * signed") against the instruments a report names: they give way to those of their legal form, unless their
 * count leaves some unnamed.
 */
import { STATUS_RANK, FIRM_STATUSES } from "../plan/ranks";
import type { CommitmentHit } from "../types";
import { countsIn } from "./commitment-counts-in";
import { claimedBeside } from "./commitment-claimed";

/**
 * A generic mention standing for the instruments of its count that the report does not name on their own: the
 * count less every signed instrument it names (some may belong to another batch: fewer is the safer claim).
 */
function counted(hit: CommitmentHit, count: number | undefined, named: number): CommitmentHit {
  const unnamed = count === undefined ? 1 : count - named;
  if (unnamed > 1) hit.instruments = unnamed;
  return hit;
}

/** The sector of an instrument whose report names no field of it. */
export const NO_FIELD = "political-dialogue";

/**
 * Whether a mention of a batch says more than the one kept so far: a count where it has none, or its field where
 * it names none ("sept accords … pour le commerce").
 */
function namesField(g: GenericHit, kept: GenericHit | undefined): boolean {
  if (!kept) return false;
  // A count says more than a mention with none ("the memoranda signed" before "11 memoranda").
  if (g.count !== undefined && kept.count === undefined) return true;
  return kept.hit.sector === NO_FIELD && g.hit.sector !== NO_FIELD && (g.count ?? 0) >= (kept.count ?? 0);
}

/**
 * Whether a count told in a later sentence as more ("In addition, 15 documents were signed by the ministries",
 * "Another six agreements were signed") is a batch beyond one told before whose instruments that sentence names one
 * by one ("signed two landmark documents – the Treaty of Alliance and the Treaty on the Border"): it replaces the
 * earlier count and is counted whole. A larger count told otherwise may be the relationship's total ("In total, the
 * two countries have signed 40 agreements") and stays out.
 */
function countsMore(g: GenericHit, kept: GenericHit | undefined, named: readonly CommitmentHit[]): boolean {
  if (!kept || g.count === undefined || kept.count === undefined || !(g.added || g.further)) return false;
  if (overlaps(g.hit, kept.hit) || g.hit.quote.start < kept.hit.quote.end) return false;
  const inSentence = named.filter((h) => FIRM_STATUSES.has(h.status) && overlaps(h, kept.hit));
  return inSentence.reduce((n, h) => n + size(h), 0) >= kept.count;
}

/** A generic mention's reading: how many it counts, and whether it restates an instrument named before. */
export interface GenericHit {
  hit: CommitmentHit;
  /** Where its form word starts: a single joined right after it stands beside it (`Beside`). */
  at?: number;
  /** Its clause tells it of another time than the report's happening ("six agreements signed in June 2013"). */
  past?: boolean;
  count?: number;
  /** The count heads the list of its own instruments ("twelve agreements, among them…"). */
  heads?: boolean;
  /** The count opens a list after a colon ("The six memoranda signed are as follows:"): its items follow it. */
  listing?: boolean;
  /** The count is marked as others ("altre quindici intese", "ten other agreements"). */
  further?: boolean;
  restating?: boolean;
  /** The batch is joined to an instrument of its form named before it ("an agreement on A and two on B"). */
  joined?: boolean;
  /** The count is told with an article or demonstrative ("the nineteen treaties"): a batch already known. */
  again?: boolean;
  /** The count opens an item of an enumeration ("9 agreements, 3 memoranda and 2 protocols"): a batch of its own. */
  enumerated?: boolean;
  /** A word of addition stands before the count in its sentence ("In addition, 15 documents were signed"). */
  added?: boolean;
  /** A batch told as more beyond an earlier count whose instruments are named (countsMore): its own list only. */
  beyond?: boolean;
  /** Its sentence opens on a carry phrase ("هذا فضلاً عن مذكرتي تفاهم…", "Among them are also two memoranda…"). */
  carried?: boolean;
  /** A count of another form is joined right after it by "and" ("three agreements and two memoranda"). */
  joinedCount?: boolean;
  /** A single form with an indefinite article of its own ("seven memoranda and an agreement"): one instrument more. */
  single?: boolean;
}

/**
 * Whether a count told as known ("the nineteen treaties") restates a signed batch of the same count told before
 * it in another sentence under another word ("nineteen memoranda were signed"): one batch, told twice.
 */
function restatesCount(g: GenericHit, generic: readonly GenericHit[]): boolean {
  if (!g.again || g.count === undefined || g.count < 2) return false;
  return generic.some(
    (o) =>
      o !== g &&
      o.count === g.count &&
      FIRM_STATUSES.has(o.hit.status) &&
      o.hit.quote.end <= g.hit.quote.start &&
      o.hit.legalForm !== g.hit.legalForm,
  );
}

/** Whether a counted item of an enumeration stands beside another signed count of its form in its sentence. */
function ownItem(g: GenericHit, generic: readonly GenericHit[]): boolean {
  if (!g.enumerated || g.count === undefined || g.restating || g.again || !FIRM_STATUSES.has(g.hit.status))
    return false;
  return generic.some(
    (o) =>
      o !== g &&
      o.hit.legalForm === g.hit.legalForm &&
      o.count !== undefined &&
      o.count !== g.count &&
      // …not one of the instruments a count heads ("twelve agreements, among them … two agreements on education").
      !o.heads &&
      FIRM_STATUSES.has(o.hit.status) &&
      overlaps(o.hit, g.hit),
  );
}

/** Per legal form, the generic mention that says most: the highest status, else a count or a field. */
function strongestPerForm(generic: readonly GenericHit[], named: readonly CommitmentHit[]): GenericHit[] {
  const byForm = new Map<string | undefined, GenericHit>();
  for (const g of generic) {
    // An item of an enumeration beside another count of its form ("9 agreements, … and 2 protocols") is its own batch.
    if (ownItem(g, generic)) {
      byForm.set(`${g.hit.legalForm}|${g.hit.quote.start}|${g.count}`, g);
      continue;
    }
    const prev = byForm.get(g.hit.legalForm);
    const rank = prev ? STATUS_RANK[g.hit.status] - STATUS_RANK[prev.hit.status] : 1;
    const more = countsMore(g, prev, named);
    if (rank > 0 || (rank === 0 && (prev?.restating ? !g.restating : namesField(g, prev) || more)))
      byForm.set(g.hit.legalForm, more ? { ...g, beyond: true } : g);
  }
  // The batch told again as the head of its list ("The six memoranda signed are as follows:") heads it.
  return [...byForm.values()].map((kept) => {
    const told = generic.find(
      (g) =>
        g.listing &&
        g !== kept &&
        (g.count === kept.count || g.count === undefined) &&
        g.hit.legalForm === kept.hit.legalForm,
    );
    return told ? { ...kept, heads: true, listing: true } : kept;
  });
}

/** How many instruments a commitment stands for. */
const size = (h: CommitmentHit) => h.instruments ?? 1;

/**
 * How a counted mention holds others: 0 for a batch of one form; 1 for "agreements", the word for any instrument;
 * 2 for documents of no form ("eight documents"), which hold every instrument. Others counted beyond ("ten other
 * agreements") hold none.
 */
function holding(g: GenericHit): number {
  if (g.count === undefined || g.further) return 0;
  return g.hit.legalForm === undefined ? 2 : g.hit.legalForm === "agreement" ? 1 : 0;
}

/** Whether two quotes overlap: mentions of one sentence. */
const overlaps = (a: CommitmentHit, b: CommitmentHit) => a.quote.start < b.quote.end && b.quote.start < a.quote.end;

/**
 * The instruments of batches already read that a count of any instrument holds: those no more than its count, told
 * in another sentence ("ten agreements were signed. The ministers signed two memoranda."), or in its own when it
 * heads their list; two counts side by side ("five agreements and three memoranda") are two batches. A batch of
 * its very count told elsewhere ("seven agreements", then "a total of seven memoranda") is that batch told again.
 */
function heldBy(g: GenericHit, told: readonly CommitmentHit[]): number {
  const count = g.count ?? 0;
  // (Not a batch of another form counted beside it in its enumeration: "5 agreements and 2 memoranda, as follows:".)
  const ownSentence = g.heads && !g.joinedCount;
  return told.filter((h) => size(h) <= count && (ownSentence || !overlaps(h, g.hit))).reduce((n, h) => n + size(h), 0);
}

/** What the report names and signs, against which generic mentions are read. */
interface Named {
  named: readonly CommitmentHit[];
  /** How many named instruments are signed, ratified or in force. */
  firm: number;
  /** How many documents of no form of ours (a project, minutes) are signed: some of a batch of "agreements". */
  documents: number;
  /** Some generic mention of a stated form is signed or in force. */
  formed: boolean;
  beside: Beside;
}

/**
 * Named instruments that no count holds, with where the count they stand beside starts: a single form joined right
 * after a count with an article or "one" of its own ("three agreements and a memorandum", "ثلاث مذكرات تفاهم
 * واتفاقية واحدة") is one instrument more than that count; one told as of another time ("replaces a treaty signed in
 * 2019") is of no count of the report's happening (`OF_ANOTHER_TIME`), though it may be of a count of another time.
 */
export type Beside = ReadonlyMap<CommitmentHit, number>;
export const OF_ANOTHER_TIME = -1;

/** Whether a named instrument stands beside a count rather than in it (an uncounted mention may restate any). */
function standsBeside(h: CommitmentHit, beside: Beside, count: GenericHit): boolean {
  const by = beside.get(h);
  if (count.count === undefined) return false;
  return by !== undefined && (by === OF_ANOTHER_TIME ? !count.past : by === count.at);
}

/** How many signed instruments of `hits` stand beside a count. */
function besideOf(hits: readonly CommitmentHit[], beside: Beside, count: GenericHit): number {
  return hits
    .filter((h) => FIRM_STATUSES.has(h.status) && standsBeside(h, beside, count))
    .reduce((n, h) => n + size(h), 0);
}

/**
 * Documents of no stated form stand for what the report signed only when it names nothing signed, or counts more
 * than it names ("15 documents, among them an agreement on…"); uncounted, only when no counted or plural form
 * stands for them ("14 accords … le paraphe des documents").
 */
function unformedBatch(
  gh: GenericHit,
  { named, firm: allFirm, formed, documents, beside }: Named,
): CommitmentHit | undefined {
  const { hit, count, joined } = gh;
  const firm = allFirm - besideOf(named, beside, gh);
  // Joined to an instrument named before it ("a declaration, as well as 12 documents"): a batch beyond it, whole.
  if (joined && count !== undefined) return counted(hit, count, 0);
  // (Nothing signed is nothing at all: an uncounted mention beside an older instrument is no more a batch of the day.)
  if ((!allFirm && (count !== undefined || !formed)) || (count !== undefined && count - firm - documents > 1))
    return counted(hit, count, firm + documents);
  return undefined;
}

/**
 * A generic mention of a stated form: the batch of its count beyond the instruments named, or, when it restates
 * the one named instrument of its form, that instrument's higher status and dates (merged in place).
 */
function formedBatch(
  gh: GenericHit,
  { named: all, firm: allFirm, documents, beside }: Named,
): CommitmentHit | undefined {
  const { hit: g, count, heads, further, listing } = gh;
  const named = all.filter((h) => !standsBeside(h, beside, gh));
  const firm = allFirm - besideOf(all, beside, gh);
  const same = named.filter((h) => h.legalForm === g.legalForm);
  const [only] = same;
  // A count with a field of its own, in a sentence that goes on naming the items of a batch ("هذا فضلاً عن مذكرتي
  // تفاهم…، الأولى في مجال الزراعة، والأخرى…"), is more of them, counted whole: no instrument named before in
  // another field is one of it.
  if (gh.carried && count !== undefined && g.sector !== NO_FIELD && !same.some((h) => h.sector === g.sector))
    return counted(g, count, 0);
  // "Agreement" is the word for any instrument: a count of agreements that the signed instruments of other forms
  // meet ("deux accords signés", then "un mémorandum…", "aussi un mémorandum…") is those instruments.
  if (!only && g.legalForm === "agreement" && count !== undefined && count <= firm + documents) return undefined;
  // A count a named instrument's own sentence repeats ("signent 9 accords" over "ont signé neuf accords") is that
  // batch; one heading the list of those named ("twelve agreements, among them…") stands for the rest of it.
  // An instrument named inside the count's own sentence is one of its list ("eight memorandums covering trade, …
  // and joint efforts against cybercrime"): it repeats nothing.
  const countedWith = count === undefined ? [] : same.filter((h) => countsIn(h.quote.text).includes(count));
  const repeated = countedWith.some((h) => !overlaps(h, g));
  // Others counted after an instrument named in their sentence ("signed the agreement, then fifteen other
  // agreements") are a batch beyond it, whole.
  // …and so is a batch joined to one of its form named right before it ("an agreement on A and two agreements on B").
  if ((further && countedWith.length) || gh.joined) return count === undefined ? undefined : counted(g, count, 0);
  // The instruments a count's batch names on their own: those of its form, or any for "agreements" (any form).
  // …and, for a count heading its list, the instruments of other forms named from there on ("as follows: …").
  // …not when it is one count of an enumeration of counts ("5 agreements and 2 memoranda, as follows: …"): each form's
  // items are its own.
  const ownList = listing && !gh.enumerated && !gh.joinedCount;
  const listed = ownList ? named.filter((h) => h.legalForm !== g.legalForm && h.quote.start >= g.quote.start) : [];
  const inBatch =
    g.legalForm === "agreement"
      ? firm + documents
      : [...same, ...listed].filter((h) => FIRM_STATUSES.has(h.status)).reduce((n, h) => n + size(h), 0);
  const rest = count === undefined ? 0 : count - inBatch;
  // Above the instruments of its batch (its form's, or any for "agreements") by two or more, the count leaves some
  // unnamed ("ten agreements", six named): other forms named beside it ("an agreement … and six memoranda") are
  // none of a memoranda's count. One short may be a name read twice or an instrument told in two words.
  const unnamed = rest > 1 || (inBatch === 0 && rest > 0);
  if (!only || (count !== undefined && unnamed && (!repeated || heads))) return counted(g, count, inBatch);
  if (same.length === 1 && STATUS_RANK[g.status] > STATUS_RANK[only.status]) {
    only.status = g.status;
    if (!only.signedOn && g.signedOn) only.signedOn = g.signedOn;
  }
  // An entry into force told of the instrument again ("The convention will take effect on…") is the nearest
  // one of its form named before it.
  const before = same.filter((h) => h.quote.start <= g.quote.start).sort((a, b) => b.quote.start - a.quote.start);
  const target = same.length === 1 ? only : before[0];
  if (target && !target.effectiveOn && g.effectiveOn) target.effectiveOn = g.effectiveOn;
  return undefined;
}

/**
 * Generic mentions (a restated or counted instrument with no field of its own) give way to the instruments the
 * report names with the same legal form; with exactly one, a higher status and dates pass to it. A count far
 * above what the report names ("20 agreements were signed", one of them described) stays: the rest are unnamed.
 * A restatement ("la firma del acuerdo") of instruments the report signs under another form is none of its own, and
 * no uncounted mention adds to a signed batch the report counts.
 */
export function foldGeneric(
  named: CommitmentHit[],
  generic: readonly GenericHit[],
  documents: readonly CommitmentHit[] = [],
  beside: Beside = new Map(),
  countedItems: ReadonlySet<CommitmentHit> = new Set(),
): CommitmentHit[] {
  const out = [...named];
  // Counts of any instrument ("ten agreements", "eight documents") are read last: they hold the others.
  const strongest = strongestPerForm(
    generic.filter((g) => !restatesCount(g, generic)),
    named,
  ).sort((a, b) => holding(a) - holding(b));
  const firm = named.filter((h) => FIRM_STATUSES.has(h.status)).reduce((n, h) => n + size(h), 0);
  const signs = firm > 0 || generic.some((g) => !g.restating && g.hit.legalForm && FIRM_STATUSES.has(g.hit.status));
  const formed = strongest.some((o) => o.hit.legalForm && FIRM_STATUSES.has(o.hit.status));
  const context: Named = {
    named,
    firm,
    formed,
    documents: documents.filter((h) => FIRM_STATUSES.has(h.status)).length,
    beside,
  };
  // A batch the report counts and signs stands for all its instruments: an uncounted mention beside it ("the
  // agreements and memoranda were signed at the palace", "nine instruments, including memoranda") adds none.
  const counted = generic.some((g) => (g.count ?? 0) > 1 && !g.restating && FIRM_STATUSES.has(g.hit.status));
  // The signed instruments read from generic mentions so far.
  const told: CommitmentHit[] = [];
  for (const g of strongest) {
    // A batch told as more ("In addition, 15 documents…", "Another six agreements…") holds only the instruments
    // named from it on (its list: "They include: …"), never those told before it.
    // (Others counted in the sentence of a named instrument, "signed the energy agreement, then twelve other
    // agreements", are read below with it.)
    if ((g.beyond || (g.further && !named.some((h) => overlaps(h, g.hit)))) && g.count !== undefined) {
      const listed = named.filter((h) => FIRM_STATUSES.has(h.status) && h.quote.start >= g.hit.quote.start);
      const unnamed = g.count - listed.reduce((n, h) => n + size(h), 0);
      if (unnamed < 1) continue;
      if (unnamed > 1) g.hit.instruments = unnamed;
      out.push(g.hit);
      told.push(g.hit);
      continue;
    }
    // …unless it names a field of its own ("agreements on the exchange of prisoners featured in the pacts").
    if (counted && g.count === undefined && !g.single && (g.restating || g.hit.sector === NO_FIELD)) continue;
    if (g.restating && signs && !named.some((h) => h.legalForm === g.hit.legalForm)) continue;
    // A count of any instrument holds the batches of other forms told apart from it: they are of its count.
    const held = holding(g) ? heldBy(g, told) : 0;
    const claimed = g.hit.legalForm === "agreement" ? claimedBeside(g, generic, named, countedItems) : 0;
    const within = held || claimed ? { ...context, firm: firm + held - claimed } : context;
    const batch = g.hit.legalForm ? formedBatch(g, within) : unformedBatch(g, within);
    if (batch) out.push(batch);
    if (batch && FIRM_STATUSES.has(batch.status)) told.push(batch);
  }
  return [...out, ...documents];
}
