/**
 * A headline that tells one instrument signed by the word for any instrument ("firmata un'intesa su difesa e migranti",
 * "Italy and Britain sign agreement", "Firman acuerdo"), over a body that tells exactly one instrument signed, of
 * another form ("il Memorandum d'intesa sulla cooperazione bilaterale"): the headline names that instrument in the
 * words of a headline, not one more. It gives way and lends its day. A body that signs two instruments or more, or
 * none, leaves the headline as it is.
 */
import { type MatchDoc, sentenceAt } from "../match/normalize";
import { FIRM_STATUSES } from "../plan/ranks";
import type { CommitmentHit } from "../types";
import type { Mentioned } from "./commitment-restated";
import { isPluralForm } from "./commitment-plural";
import { firstProse, isHeadingLine } from "./heading-lines";

export function withoutHeadlineTwin(doc: MatchDoc, hits: CommitmentHit[], read: readonly Mentioned[]): CommitmentHit[] {
  const kept = new Set(hits);
  const firm = read.filter((r) => kept.has(r.hit) && FIRM_STATUSES.has(r.hit.status));
  // Only the lines atop the text, before its first sentence of prose (a list's lines further on are items).
  const prose = firstProse(doc);
  const heading = (r: Mentioned) => {
    const s = sentenceAt(doc, r.mention.span.start);
    return !!s && !!prose && s.end <= prose.start && isHeadingLine(doc, s);
  };
  const heads = firm.filter(
    (r) =>
      heading(r) && r.hit.legalForm === "agreement" && (r.hit.instruments ?? 1) === 1 && !isPluralForm(doc, r.mention),
  );
  if (!heads.length) return hits;
  const headHits = new Set(heads.map((r) => r.hit));
  const body = new Set(firm.filter((r) => !headHits.has(r.hit) && !heading(r)).map((r) => r.hit));
  const [only] = body;
  if (body.size !== 1 || !only || (only.instruments ?? 1) > 1 || only.legalForm === "agreement") return hits;
  if ([...headHits].some((h) => h.status !== only.status)) return hits;
  for (const h of headHits) if (!only.signedOn && h.signedOn) only.signedOn = h.signedOn;
  return hits.filter((h) => !headHits.has(h));
}
