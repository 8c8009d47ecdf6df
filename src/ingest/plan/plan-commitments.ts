/** Planning a pair's commitments: an existing one gains a source and may move forward; a new one is created. */
import { fnv1a } from "../../lib/hash";
import type { PairTracks } from "./plan-tracks";
import { advancesStatus } from "./ranks";
import { type PairScope, quote } from "./scope";
import type { LegalForm } from "../../schemas/vocabulary";
import type { CommitmentHit } from "../types";

/** Plans the commitments this report states, for one pair. */
export function planCommitments(scope: PairScope, { resolveTrack, trackForSector }: PairTracks): void {
  const { a, ctx, pair, known, plan, activity, claim } = scope;
  // Commitments: an existing one on the same track and kind gains a source instead of a twin.
  // `planned` holds each commitment's status as this plan leaves it, so two hits on one commitment never
  // push a lower status after a higher one.
  const planned = new Map((known?.commitments ?? []).map((c) => [c.id, c.status]));
  const formed = new Map<string, LegalForm>();
  // The legal form and a batch's count are claims too, with their quote: a source stating others shows as a conflict.
  const claimForm = (id: string, hit: CommitmentHit) => {
    const stated: [string, string | undefined][] = [
      ["legal_form", hit.legalForm],
      ["instruments", (hit.instruments ?? 1) > 1 ? String(hit.instruments) : undefined],
    ];
    for (const [predicate, value] of stated)
      if (value)
        claim({
          subjectType: "commitment",
          subjectId: id,
          predicate,
          value,
          confidence: hit.confidence,
          ...quote(hit.quote),
        });
  };
  const sides = pair.split("-");
  for (const hit of a.commitments) {
    // An instrument whose clause names its parties belongs to that pair only (a digest reports several).
    if (hit.parties && !hit.parties.every((c) => sides.includes(c))) continue;
    // A track hit resolves to the pair's track of that slug. An instrument named with no track of ours (a
    // memorandum on energy) goes to the track named after its sector, created for it: never into another
    // instrument's track of the same sector (a consular memorandum is not the visa agreement).
    const track = hit.track
      ? resolveTrack(hit.track, hit.sector)
      : hit.legalForm && hit.sector
        ? resolveTrack(hit.sector, hit.sector)
        : trackForSector(hit.sector);
    if (!track) continue;
    // The forms as this plan leaves them: a form filled in by one hit is not free for the next one.
    const same = sameCommitment(
      (known?.commitments ?? []).map((c) => ({ ...c, legalForm: c.legalForm ?? formed.get(c.id) ?? null })),
      track,
      hit,
    );
    const span = quote(hit.quote);
    if (same) {
      const current = planned.get(same.id) ?? same.status;
      if (advancesStatus(current, hit.status)) {
        planned.set(same.id, hit.status);
        const earlier = plan.advancedCommitments.findIndex((c) => c.id === same.id);
        if (earlier >= 0) plan.advancedCommitments.splice(earlier, 1);
        plan.advancedCommitments.push({
          id: same.id,
          status: hit.status,
          signedOn: same.signedOn ?? hit.signedOn ?? null,
          effectiveOn: same.effectiveOn ?? hit.effectiveOn ?? null,
        });
        plan.statusSteps.push({
          commitmentId: same.id,
          status: hit.status,
          on: stepDate(hit.status, hit.signedOn, hit.effectiveOn, hit.earlier ? null : activity),
        });
      }
      if ((hit.instruments ?? 1) > same.instruments) {
        plan.countedCommitments.push({ id: same.id, instruments: hit.instruments ?? 1 });
        same.instruments = hit.instruments ?? 1;
      }
      if (hit.legalForm && !same.legalForm) {
        plan.formedCommitments.push({ id: same.id, legalForm: hit.legalForm });
        formed.set(same.id, hit.legalForm);
      }
      claim({
        subjectType: "commitment",
        subjectId: same.id,
        predicate: "status",
        value: hit.status,
        confidence: hit.confidence,
        ...span,
      });
      if (hit.signedOn)
        claim({
          subjectType: "commitment",
          subjectId: same.id,
          predicate: "signed_on",
          value: hit.signedOn,
          confidence: hit.confidence,
          ...span,
        });
      if (hit.effectiveOn)
        claim({
          subjectType: "commitment",
          subjectId: same.id,
          predicate: "effective_on",
          value: hit.effectiveOn,
          confidence: hit.confidence,
          ...span,
        });
      claimForm(same.id, hit);
      plan.resolution.commitments.push(same.id);
    } else {
      // Two instruments on one track (an agreement and a memorandum) are two commitments: the form is in the id.
      const id = `cm_${pair.toLowerCase().replace("-", "")}_${track.replaceAll("-", "_")}_${fnv1a(`${pair}|${track}|${hit.kind}${hit.legalForm ? `|${hit.legalForm}` : ""}${hit.track ? "" : `|${hit.signedOn ?? ""}`}`)}`;
      if (plan.newCommitments.some((c) => c.id === id)) continue;
      plan.newCommitments.push({
        id,
        pair,
        track,
        kind: hit.kind,
        status: hit.status,
        titles: { en: hit.track ? hit.title : `${hit.title}: ${ctx.sectorLabels.get(hit.sector)?.en ?? hit.sector}` },
        legalForm: hit.legalForm ?? null,
        instruments: hit.instruments ?? 1,
        signedOn: hit.signedOn ?? null,
        effectiveOn: hit.effectiveOn ?? null,
      });
      plan.statusSteps.push({
        commitmentId: id,
        status: hit.status,
        on: stepDate(hit.status, hit.signedOn, hit.effectiveOn, hit.earlier ? null : activity),
      });
      claim({
        subjectType: "commitment",
        subjectId: id,
        predicate: "status",
        value: hit.status,
        confidence: hit.confidence,
        ...span,
      });
      claimForm(id, hit);
      plan.resolution.commitments.push(id);
    }
  }
}

type Known = NonNullable<PairScope["known"]>["commitments"];

/**
 * The stored commitment a hit restates, never a twin: one with the same track and legal form; for a hit naming
 * a form, one on the track with no form yet and the same kind (the form is then filled in); for a hit naming
 * none ("the visa exemption that entered into force"), one on the track of the same kind, else any on it.
 */
export function sameCommitment(
  known: Known,
  track: string,
  hit: Pick<CommitmentHit, "kind" | "legalForm" | "track" | "signedOn">,
): Known[number] | undefined {
  // Two instruments of one form in one sector signed on different days are two: a date tells them apart.
  const onTrack = known.filter(
    (c) => c.track === track && (hit.track || !hit.signedOn || !c.signedOn || c.signedOn === hit.signedOn),
  );
  if (hit.legalForm)
    return (
      onTrack.find((c) => c.legalForm === hit.legalForm) ?? onTrack.find((c) => !c.legalForm && c.kind === hit.kind)
    );
  return onTrack.find((c) => c.kind === hit.kind) ?? onTrack[0];
}

function stepDate(
  status: string,
  signedOn: string | undefined,
  effectiveOn: string | undefined,
  fallback: string | null,
): string | null {
  if (status === "signed") return signedOn ?? fallback;
  if (status === "in_force") return effectiveOn ?? fallback;
  return fallback;
}
