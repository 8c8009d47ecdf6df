/**
 * A compact, server-rendered SVG timeline: events per month as bars stacked by sector, milestones
 * (signings and milestone events) marked above their month. No script, no external resource; every
 * text goes through hono/jsx escaping. Arabic flows right to left, so the time axis is mirrored.
 */
import { dirOf, type Locale } from "../i18n/locales";
import type { EventOutput, TrackOutput } from "../schemas/dossier";
import { formatMonth } from "../i18n/dates";
import { labelsFor } from "../i18n/labels";
import { sectorColor } from "./sector-colors";

/** Props of the timeline: kept plain so the dossier page can reuse it. */
export interface TimelineProps {
  events: EventOutput[];
  tracks: TrackOutput[];
  lang: Locale;
  width: number;
  height: number;
  /** Compact: fewer axis labels and at most 24 months (the embed); otherwise up to 60 (the dossier page). */
  compact: boolean;
}

interface MonthBin {
  month: string;
  total: number;
  bySector: Map<string, number>;
  milestones: EventOutput[];
}

const MILESTONE_KINDS = new Set(["milestone", "signing"]);

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** Groups events by month, from the first month to the last, empty months included. */
export function monthBins(
  events: readonly EventOutput[],
  tracks: readonly TrackOutput[],
  maxMonths: number,
): MonthBin[] {
  if (events.length === 0) return [];
  const sectorOf = new Map(tracks.map((t) => [t.slug, t.sector]));
  const months = events.map((e) => e.date.slice(0, 7)).sort();
  const first = months[0] ?? "";
  const last = months[months.length - 1] ?? first;
  const bins: MonthBin[] = [];
  for (let m = first; m <= last; m = nextMonth(m))
    bins.push({ month: m, total: 0, bySector: new Map(), milestones: [] });
  const byMonth = new Map(bins.map((b) => [b.month, b]));
  for (const e of events) {
    const bin = byMonth.get(e.date.slice(0, 7));
    if (!bin) continue;
    const sector = sectorOf.get(e.tracks[0] ?? "") ?? "other";
    bin.total += 1;
    bin.bySector.set(sector, (bin.bySector.get(sector) ?? 0) + 1);
    if (MILESTONE_KINDS.has(e.kind)) bin.milestones.push(e);
  }
  return bins.slice(-maxMonths);
}

/** The timeline component. */
export function TimelineSvg(props: TimelineProps) {
  const { lang, width, height, compact } = props;
  const labels = labelsFor(lang);
  const bins = monthBins(props.events, props.tracks, compact ? 24 : 60);
  const sectorLabel = new Map(props.tracks.map((t) => [t.sector, t.sectorLabel]));
  const rtl = dirOf(lang) === "rtl";
  const pad = { top: 14, bottom: 20, side: 4 };
  const inner = { w: width - 2 * pad.side, h: height - pad.top - pad.bottom };
  const slot = bins.length > 0 ? inner.w / bins.length : inner.w;
  const barW = Math.max(2, Math.min(24, slot * 0.7));
  const max = Math.max(1, ...bins.map((b) => b.total));
  const xOf = (i: number) => {
    const x = pad.side + i * slot + (slot - barW) / 2;
    return rtl ? width - x - barW : x;
  };
  const round = (n: number) => Math.round(n * 10) / 10;
  // The first and last labels grow inwards from their bar, so they are never clipped at the edges.
  const anchorOf = (i: number): "start" | "middle" | "end" => {
    if (bins.length === 1 || (i > 0 && i < bins.length - 1)) return "middle";
    // Anchors follow the svg's explicit `direction`: in RTL, "start" is the right-hand side.
    return i === 0 ? "start" : "end";
  };
  const labelEvery = compact ? Math.max(1, bins.length - 1) : Math.max(1, Math.ceil(bins.length / 8));
  // The accessible name summarizes the figure: how many events, over which months.
  const shown = bins.reduce((n, b) => n + b.total, 0);
  const first = bins[0];
  const last = bins[bins.length - 1];
  const summary =
    first && last
      ? `${labels.eventsPerMonth}: ${shown} (${formatMonth(first.month, lang)} – ${formatMonth(last.month, lang)})`
      : `${labels.eventsPerMonth}: 0`;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      class="timeline"
      direction={rtl ? "rtl" : "ltr"}
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
    >
      <title>{summary}</title>
      <line
        x1={pad.side}
        x2={width - pad.side}
        y1={pad.top + inner.h}
        y2={pad.top + inner.h}
        stroke="currentColor"
        stroke-opacity="0.4"
      />
      {bins.length === 0 ? (
        <text x={width / 2} y={pad.top + inner.h / 2} text-anchor="middle" fill="currentColor" font-size="11">
          {labels.noEvents}
        </text>
      ) : null}
      {bins.map((bin, i) => {
        const monthLabel = formatMonth(bin.month, lang);
        const parts = [...bin.bySector]
          .map(([s, n]) => `${sectorLabel.get(s) ?? labels.otherSector} (${n})`)
          .join(", ");
        let y = pad.top + inner.h;
        return (
          <g>
            <title>
              {bin.total > 0 ? `${labels.eventsIn(bin.total, monthLabel)}: ${parts}` : labels.eventsIn(0, monthLabel)}
            </title>
            <rect x={round(xOf(i))} y={pad.top} width={round(barW)} height={inner.h} fill="transparent" />
            {[...bin.bySector].map(([sector, n]) => {
              const h = (n / max) * inner.h;
              y -= h;
              return (
                <rect x={round(xOf(i))} y={round(y)} width={round(barW)} height={round(h)} fill={sectorColor(sector)} />
              );
            })}
            {bin.milestones.length > 0 ? (
              <path
                d={`M${round(xOf(i) + barW / 2)} ${round(y - 9)}l4 4-4 4-4-4z`}
                fill="currentColor"
                aria-label={`${labels.milestone}: ${bin.milestones.map((m) => m.title).join("; ")}`}
              >
                <title>{`${labels.milestone}: ${bin.milestones.map((m) => m.title).join("; ")}`}</title>
              </path>
            ) : null}
            {i % labelEvery === 0 || i === bins.length - 1 ? (
              <text
                x={round(xOf(i) + barW / 2)}
                y={height - 4}
                text-anchor={anchorOf(i)}
                font-size="11"
                fill="currentColor"
              >
                {monthLabel}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
