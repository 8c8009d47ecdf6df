/**
 * An SVG timeline: events per month as bars stacked by sector, milestones (milestone and signing
 * events) marked with a diamond. Accessible as one image (role="img", <title>, aria-label) with a
 * <title> per bar for pointer users. Time runs left to right in every locale (as on a printed axis).
 */
import { formatMonth, labelsFor } from "../i18n/labels";
import type { Locale } from "../i18n/locales";
import type { EventOutput, TrackOutput } from "../schemas/dossier";

/** Months shown at most: the latest ones when a pair's history is longer. */
export const TIMELINE_MAX_MONTHS = 60;

// One colour per sector of seed/sectors.json, chosen to stay distinct on light and dark backgrounds.
const SECTOR_COLOURS: Record<string, string> = {
  "political-dialogue": "#3b6fb6", "sovereignty-and-disputes": "#8e44ad", "economy-trade-investment": "#d68910",
  "agriculture-food-security": "#6b8e23", "transport-logistics": "#7f8c8d", "energy-climate": "#16a085",
  "science-technology": "#2e86c1", "security-defence": "#c0392b", religion: "#a569bd", "culture-people": "#e67e22",
  "mobility-consular": "#1abc9c", multilateral: "#5d6d7e", health: "#e74c3c",
};
const OTHER = "#95a5a6";

export interface TimelineProps {
  events: readonly EventOutput[];
  tracks: readonly TrackOutput[];
  lang: Locale;
  width: number;
  height: number;
  /** Compact: no legend, fewer axis labels (for small embeds). */
  compact: boolean;
}

function monthOf(date: string): string {
  return date.slice(0, 7);
}

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  const [ly, lm] = last.split("-").map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out.slice(-TIMELINE_MAX_MONTHS);
}

/** The timeline figure. Renders an empty-state text when there are no events. */
export function Timeline(props: TimelineProps) {
  const l = labelsFor(props.lang);
  const sectorOf = new Map(props.tracks.map((t) => [t.slug, t]));
  const dates = props.events.map((e) => e.date).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  const months = first && last ? monthsBetween(monthOf(first), monthOf(last)) : [];
  const label = months.length
    ? `${l.eventsPerMonth}: ${props.events.length} (${formatMonth(months[0] ?? "", props.lang)} – ${formatMonth(months[months.length - 1] ?? "", props.lang)})`
    : `${l.eventsPerMonth}: 0`;
  // counts[month][sector] and the month's milestones
  const counts = new Map<string, Map<string, number>>();
  const milestones = new Map<string, string[]>();
  for (const e of props.events) {
    const month = monthOf(e.date);
    const sector = sectorOf.get(e.tracks[0] ?? "")?.sector ?? "other";
    const row = counts.get(month) ?? new Map<string, number>();
    row.set(sector, (row.get(sector) ?? 0) + 1);
    counts.set(month, row);
    if (e.kind === "milestone" || e.kind === "signing") milestones.set(month, [...(milestones.get(month) ?? []), e.title]);
  }
  const legendHeight = props.compact ? 0 : 22;
  const top = 16;
  const axis = 18;
  const plotHeight = Math.max(10, props.height - top - axis - legendHeight);
  const max = Math.max(1, ...[...counts.values()].map((row) => [...row.values()].reduce((a, b) => a + b, 0)));
  const slot = months.length ? props.width / months.length : props.width;
  const barWidth = Math.max(2, slot * 0.7);
  const labelEvery = Math.max(1, Math.ceil(months.length / (props.compact ? 4 : 8)));
  const sectorsShown = [...new Set([...counts.values()].flatMap((row) => [...row.keys()]))].sort();
  const sectorLabel = (slug: string) => (slug === "other" ? l.otherSector : (props.tracks.find((t) => t.sector === slug)?.sectorLabel ?? slug));
  return (
    <svg
      class="timeline" xmlns="http://www.w3.org/2000/svg" role="img" aria-label={label} style="direction:ltr"
      width={props.width} height={props.height} viewBox={`0 0 ${props.width} ${props.height}`}
    >
      <title>{label}</title>
      {months.map((month, i) => {
        const x = i * slot + (slot - barWidth) / 2;
        let y = top + plotHeight;
        const row = counts.get(month);
        const bars = [...(row?.entries() ?? [])].sort(([a], [b]) => (a < b ? -1 : 1)).map(([sector, n]) => {
          const h = (n / max) * plotHeight;
          y -= h;
          return (
            <rect x={x.toFixed(1)} y={y.toFixed(1)} width={barWidth.toFixed(1)} height={h.toFixed(1)} fill={SECTOR_COLOURS[sector] ?? OTHER}>
              <title>{`${formatMonth(month, props.lang)}: ${n} (${sectorLabel(sector)})`}</title>
            </rect>
          );
        });
        const marks = milestones.get(month);
        return (
          <g>
            {bars}
            {marks ? (
              <path d={`M${(x + barWidth / 2).toFixed(1)} ${(y - 12).toFixed(1)} l5 5 l-5 5 l-5 -5 z`} fill="currentColor" class="milestone">
                <title>{`${l.milestone}: ${marks.join("; ")}`}</title>
              </path>
            ) : null}
            {i % labelEvery === 0 ? (
              <text x={(x + barWidth / 2).toFixed(1)} y={top + plotHeight + 13} font-size="10" text-anchor="middle" fill="currentColor">
                {formatMonth(month, props.lang)}
              </text>
            ) : null}
          </g>
        );
      })}
      {props.compact
        ? null
        : sectorsShown.map((sector, i) => {
            const x = (i * props.width) / Math.max(1, sectorsShown.length);
            const y = props.height - 8;
            return (
              <g>
                <rect x={x.toFixed(1)} y={y - 9} width="9" height="9" fill={SECTOR_COLOURS[sector] ?? OTHER} />
                <text x={(x + 12).toFixed(1)} y={y} font-size="10" fill="currentColor">{sectorLabel(sector)}</text>
              </g>
            );
          })}
    </svg>
  );
}
