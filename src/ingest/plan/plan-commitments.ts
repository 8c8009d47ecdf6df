/** Planning a pair's commitments: an existing one gains a source and may move forward; a new one is created. */
import { fnv1a } from "../../lib/hash";
import type { PairTracks } from "./plan-tracks";
import { advancesStatus } from "./ranks";
import { type PairScope, quote } from "./scope";

/** Plans the commitments this report states, for one pair. */
export function planCommitments(scope: PairScope, { resolveTrack, trackForSector }: PairTracks): void {
  const { a, pair, known, plan, activity, claim } = scope;
  // Commitments: an existing one on the same track and kind gains a source instead of a twin.
  // `planned` holds each commitment's status as this plan leaves it, so two hits on one commitment never
  // push a lower status after a higher one.
  const planned = new Map((known?.commitments ?? []).map((c) => [c.id, c.status]));
  for (const hit of a.commitments) {
    const track = hit.track ? resolveTrack(hit.track, hit.sector) : trackForSector(hit.sector);
    if (!track) continue;
    const same =
      known?.commitments.find((c) => c.track === track && c.kind === hit.kind) ??
      known?.commitments.find((c) => c.track === track);
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
          on: stepDate(hit.status, hit.signedOn, hit.effectiveOn, activity),
        });
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
      plan.resolution.commitments.push(same.id);
    } else {
      const id = `cm_${pair.toLowerCase().replace("-", "")}_${track.replaceAll("-", "_")}_${fnv1a(`${pair}|${track}|${hit.kind}`)}`;
      if (plan.newCommitments.some((c) => c.id === id)) continue;
      plan.newCommitments.push({
        id,
        pair,
        track,
        kind: hit.kind,
        status: hit.status,
        titles: { en: hit.title },
        signedOn: hit.signedOn ?? null,
        effectiveOn: hit.effectiveOn ?? null,
      });
      plan.statusSteps.push({
        commitmentId: id,
        status: hit.status,
        on: stepDate(hit.status, hit.signedOn, hit.effectiveOn, activity),
      });
      claim({
        subjectType: "commitment",
        subjectId: id,
        predicate: "status",
        value: hit.status,
        confidence: hit.confidence,
        ...span,
      });
      plan.resolution.commitments.push(id);
    }
  }
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
