/**
 * Generic mentions of instruments (restated, or counted with no field of their own: "eight agreements were
 * signed") against the instruments a report names: they give way to those of their legal form, unless their
 * count leaves some unnamed.
 */
import { norm } from "../match/normalize";
import { STATUS_RANK } from "../plan/ranks";
import type { CommitmentHit } from "../types";
import { numberIn } from "./commitment-list-words";

/** A count of instruments more than this many times those the report names leaves some unnamed. */
const UNNAMED_RATIO = 2;
const FIRM = new Set(["signed", "ratified", "in_force"]);

/** The counts a text states, in figures or words ("9", "neuf", "nine"). */
function countsIn(text: string): number[] {
  const out: number[] = [];
  for (const w of norm(text).split(" ")) {
    const n = numberIn(w);
    if (n !== undefined) out.push(n);
  }
  return out;
}

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
const NO_FIELD = "political-dialogue";

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

/** A generic mention's reading: how many it counts, and whether it restates an instrument named before. */
export interface GenericHit {
  hit: CommitmentHit;
  count?: number;
  /** The count heads the list of its own instruments ("twelve agreements, among them…"). */
  heads?: boolean;
  /** The count is marked as others ("altre quindici intese", "ten other agreements"). */
  further?: boolean;
  restating?: boolean;
}

/**
 * Generic mentions (a restated or counted instrument with no field of its own) give way to the instruments the
 * report names with the same legal form; with exactly one, a higher status and dates pass to it. A count far
 * above what the report names ("20 agreements were signed", one of them described) stays: the rest are unnamed.
 */
export function foldGeneric(named: CommitmentHit[], generic: readonly GenericHit[]): CommitmentHit[] {
  const out = [...named];
  const byForm = new Map<string | undefined, GenericHit>();
  for (const g of generic) {
    const prev = byForm.get(g.hit.legalForm);
    const rank = prev ? STATUS_RANK[g.hit.status] - STATUS_RANK[prev.hit.status] : 1;
    if (rank > 0 || (rank === 0 && (prev?.restating ? !g.restating : namesField(g, prev))))
      byForm.set(g.hit.legalForm, g);
  }
  const firm = named.filter((h) => FIRM.has(h.status)).length;
  // A restatement ("la firma del acuerdo") of instruments the report signs under another form is none of its own.
  const signs = firm > 0 || generic.some((g) => !g.restating && g.hit.legalForm && FIRM.has(g.hit.status));
  for (const { hit: g, count, heads, further, restating } of byForm.values()) {
    if (restating && signs && !named.some((h) => h.legalForm === g.legalForm)) continue;
    // Documents of no stated form stand for what the report signed only when it names nothing signed, or
    // counts more than it names ("15 documents, among them an agreement on…").
    if (!g.legalForm) {
      // …and, uncounted, only when no counted or plural form stands for them ("14 accords … le paraphe des documents").
      const formed = [...byForm.values()].some((o) => o.hit.legalForm && FIRM.has(o.hit.status));
      if ((!firm && (count !== undefined || !formed)) || (count !== undefined && count - firm > 1))
        out.push(counted(g, count, firm));
      continue;
    }
    const same = named.filter((h) => h.legalForm === g.legalForm);
    const [only] = same;
    // "Agreement" is the word for any instrument: a count of agreements that the signed instruments of other forms
    // meet ("deux accords signés", then "un mémorandum…", "aussi un mémorandum…") is those instruments.
    if (!only && g.legalForm === "agreement" && count !== undefined && count <= firm) continue;
    // A count a named instrument's own sentence repeats ("signent 9 accords" over "ont signé neuf accords") is that
    // batch; one heading the list of those named ("twelve agreements, among them…") stands for the rest of it.
    const repeated = count !== undefined && same.some((h) => countsIn(h.quote.text).includes(count));
    // The instruments a count's batch names on their own: those of its form, or any for "agreements" (any form).
    const inBatch = g.legalForm === "agreement" ? firm : same.filter((h) => FIRM.has(h.status)).length;
    // Others counted after an instrument named in their sentence ("signed the agreement, then fifteen other
    // agreements") are a batch beyond it, whole.
    if (further && repeated && count !== undefined) {
      out.push(counted(g, count, 0));
      continue;
    }
    const rest = count === undefined ? 0 : count - inBatch;
    if (!only || (count !== undefined && ((count > UNNAMED_RATIO * firm && !repeated) || (heads && rest > 1)))) {
      out.push(counted(g, count, inBatch));
      continue;
    }
    if (same.length === 1 && STATUS_RANK[g.status] > STATUS_RANK[only.status]) {
      only.status = g.status;
      if (!only.signedOn && g.signedOn) only.signedOn = g.signedOn;
    }
    // An entry into force told of the instrument again ("The convention will take effect on…") is the nearest
    // one of its form named before it.
    const before = same.filter((h) => h.quote.start <= g.quote.start).sort((a, b) => b.quote.start - a.quote.start);
    const target = same.length === 1 ? only : before[0];
    if (target && !target.effectiveOn && g.effectiveOn) target.effectiveOn = g.effectiveOn;
  }
  return out;
}
