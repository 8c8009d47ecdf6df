/**
 * Counts of two forms told side by side ("three agreements and two memoranda were signed"): the memoranda the report
 * names are the memoranda's count, not some of the agreements' (commitment-generic.ts reads "agreement" otherwise as
 * the word for any instrument).
 */
import { FIRM_STATUSES } from "../plan/ranks";
import type { CommitmentHit } from "../types";
import type { GenericHit } from "./commitment-generic";

const size = (h: CommitmentHit) => h.instruments ?? 1;
/** Whether two quotes overlap: mentions of one sentence. */
const overlaps = (a: CommitmentHit, b: CommitmentHit) => a.quote.start < b.quote.end && b.quote.start < a.quote.end;

/**
 * The named instruments that a count of another form beside a count of agreements holds ("three agreements and two
 * memoranda were signed", then "the two memoranda cover…"): that count's, not some of the agreements' (for which
 * "agreement" is otherwise the word for any instrument). Only when "and" joins the two counts: not when the
 * agreements head a list ("twelve agreements, among them two memoranda…", "…, of which two memoranda").
 */
export function claimedBeside(
  g: GenericHit,
  generic: readonly GenericHit[],
  named: readonly CommitmentHit[],
  countedItems: ReadonlySet<CommitmentHit>,
): number {
  if (g.count === undefined || g.heads || !g.joinedCount) return 0;
  const counts = new Map<string, number>();
  for (const o of generic) {
    const form = o.hit.legalForm;
    if (o === g || !form || form === "agreement" || o.count === undefined || o.restating) continue;
    if (!FIRM_STATUSES.has(o.hit.status) || !overlaps(o.hit, g.hit)) continue;
    counts.set(form, Math.max(counts.get(form) ?? 0, o.count));
  }
  let claimed = 0;
  const firmOf = (hits: readonly CommitmentHit[]) =>
    hits.filter((h) => FIRM_STATUSES.has(h.status)).reduce((n, h) => n + size(h), 0);
  for (const [form, count] of counts) claimed += Math.min(count, firmOf(named.filter((h) => h.legalForm === form)));
  // …and the items read off such a count in the agreements' own sentence (its areas told in the next one).
  const items = named.filter(
    (h) =>
      h.legalForm &&
      h.legalForm !== "agreement" &&
      !counts.has(h.legalForm) &&
      countedItems.has(h) &&
      overlaps(h, g.hit),
  );
  return claimed + firmOf(items);
}
