/**
 * Sectors named by what was signed: an instrument signed, ratified or in force on a track, or with a field of its
 * own, names one of the report's areas however briefly the text tells it.
 */
import type { CommitmentHit, SectorHit } from "../types";
import { FIRM_STATUSES } from "../plan/ranks";
import { SECTOR_MIN_SCORE, trackInfo } from "./sectors";
import { NO_FIELD } from "./commitment-generic";

/**
 * What was signed names the report's areas: an instrument signed on a track ("two visa agreements"), or with a field
 * of its own ("an agreement on the recognition of driving licences"), makes its sector one of the report's, however
 * briefly the text names it.
 */
export function withSignedSectors(sectors: SectorHit[], commitments: readonly CommitmentHit[]): void {
  for (const c of commitments) {
    if (!FIRM_STATUSES.has(c.status)) continue;
    // A form with no field of its own stands in the relationship at large: it names no area.
    if (!c.track && !(c.legalForm && c.sector !== NO_FIELD)) continue;
    const slug = c.track ? (trackInfo(c.track)?.sector ?? c.sector) : c.sector;
    if (!slug || sectors.some((x) => x.slug === slug)) continue;
    sectors.push({ slug, score: SECTOR_MIN_SCORE, evidence: [c.quote] });
  }
}
