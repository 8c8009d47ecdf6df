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
import { additionSpans } from "./commitment-additional";

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

/**
 * A lead that tells "the agreement" signed, definite and with no name of its own ("O acordo entre Moçambique e
 * Indonésia foi assinado em Ricatla", "The agreement signed with Estonia provides for…"), before a body that names
 * exactly one instrument signed ("O acordo de comércio preferencial", "um memorando de entendimento"), on the same day
 * or neither dated, and not told as one more ("also signed"): the lead tells that instrument ahead of its name. It
 * gives way. A body that signs two instruments or more, or none, leaves the lead as it is.
 */
export function withoutLeadTwin(
  doc: MatchDoc,
  hits: CommitmentHit[],
  read: readonly Mentioned[],
  bareDefinite: (r: Mentioned) => boolean,
): CommitmentHit[] {
  const lead = firstProse(doc);
  if (!lead) return hits;
  const kept = new Set(hits);
  const firm = read.filter((r) => kept.has(r.hit) && FIRM_STATUSES.has(r.hit.status));
  const inLead = (r: Mentioned) => r.mention.span.start >= lead.start && r.mention.span.start < lead.end;
  const heads = firm.filter(
    (r) =>
      inLead(r) &&
      r.hit.legalForm === "agreement" &&
      !r.hit.track &&
      (r.hit.instruments ?? 1) === 1 &&
      !isPluralForm(doc, r.mention) &&
      bareDefinite(r),
  );
  // Only the lead's one instrument, before any other of the report's.
  const [head] = heads;
  if (heads.length !== 1 || !head || firm.some((r) => r.hit !== head.hit && r.mention.span.start < lead.end))
    return hits;
  const rest = firm.filter((r) => r.hit !== head.hit);
  const body = new Set(rest.map((r) => r.hit));
  const [only] = body;
  if (body.size !== 1 || !only || (only.instruments ?? 1) > 1 || only.status !== head.hit.status) return hits;
  // The same day told of both, or none of either ("had signed a memorandum in 2019" is an older one), and no word of
  // addition in the body's sentence ("The two ministers also signed a memorandum": one more).
  if (only.signedOn !== head.hit.signedOn) return hits;
  const additions = additionSpans(doc);
  const sentences = rest.map((r) => sentenceAt(doc, r.mention.span.start));
  if (sentences.some((s) => !s || additions.some((a) => a.start >= s.start && a.start < s.end))) return hits;
  return hits.filter((h) => h !== head.hit);
}
