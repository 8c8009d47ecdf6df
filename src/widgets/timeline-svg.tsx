/**
 * A server-rendered SVG timeline of the whole relationship: every event counted per period (month, quarter or
 * year), bars stacked by sector, a count axis, period labels thinned so they never collide, and milestones
 * (signatures, entries into force, signing and milestone events) marked above their period. No script, no
 * external resource; every text goes through hono/jsx escaping. In Arabic the time axis runs right to left.
 */
import { formatDay, formatMonth } from "../i18n/dates";
import { labelsFor } from "../i18n/labels";
import { dirOf, type Locale } from "../i18n/locales";
import { sectorColor } from "./sector-colors";
import { placeLabels } from "./timeline-labels";
import { type Granularity, niceMax, type TimelineBin, type TimelineData, timelineBins } from "./timeline-bins";

/** Props of one drawing of the timeline. */
export interface TimelineProps {
  data: TimelineData;
  /** Sectors in taxonomy order with their localized labels ('' is events tied to no track). */
  sectors: readonly { slug: string; label: string }[];
  lang: Locale;
  width: number;
  height: number;
  /** Extra class ("wide" or "narrow": the page shows one or the other by viewport width). */
  variant: string;
}

const FONT = 11;
const PAD = { top: 26, bottom: 20, axis: 28, end: 8, headroom: 13 };
const round = (n: number) => Math.round(n * 10) / 10;

/** The label of a period in the reader's language. */
export function periodLabel(bin: TimelineBin, g: Granularity, lang: Locale): string {
  if (g === "month") return formatMonth(bin.key, lang);
  if (g === "quarter") return labelsFor(lang).quarter(bin.part, bin.year);
  return String(bin.year);
}

/** The summary line of the figure (its accessible name). */
function summaryOf(bins: readonly TimelineBin[], g: Granularity, lang: Locale): string {
  const l = labelsFor(lang);
  const per = { month: l.eventsPerMonth, quarter: l.eventsPerQuarter, year: l.eventsPerYear }[g];
  const total = bins.reduce((n, b) => n + b.total, 0);
  const first = bins[0];
  const last = bins[bins.length - 1];
  return first && last
    ? `${per}: ${total} (${periodLabel(first, g, lang)} – ${periodLabel(last, g, lang)})`
    : `${per}: 0`;
}

/** The text of one milestone: what happened and on which day. */
export function milestoneText(m: TimelineData["milestones"][number], lang: Locale): string {
  const l = labelsFor(lang);
  const what = { signed: l.signedOn, in_force: l.effectiveOn, event: l.milestone }[m.kind];
  // A title is text of unknown direction: FSI…PDI isolate it inside the tooltip and the accessible name.
  return `${what}: \u2068${m.title}\u2069 (${formatDay(m.date, lang)})`;
}

/** One drawing of the timeline. */
export function TimelineSvg(props: TimelineProps) {
  const { lang, width, height } = props;
  const l = labelsFor(lang);
  const rtl = dirOf(lang) === "rtl";
  const plotW = width - PAD.axis - PAD.end;
  const { granularity: g, bins } = timelineBins(
    props.data,
    props.sectors.map((s) => s.slug),
    Math.min(48, Math.floor(plotW / 12)),
  );
  const sectorLabel = new Map(props.sectors.map((s) => [s.slug, s.label]));
  const slot = bins.length > 0 ? plotW / bins.length : plotW;
  const barW = Math.max(2, Math.min(28, slot * 0.7));
  const top = niceMax(Math.max(1, ...bins.map((b) => b.total)));
  const yBase = height - PAD.bottom;
  const plotH = yBase - PAD.top - PAD.headroom;
  const yOf = (count: number) => yBase - (count / top) * plotH;
  // Geometry is computed left to right, then mirrored for a right-to-left language.
  const flip = (x: number) => (rtl ? width - x : x);
  const cxOf = (i: number) => flip(PAD.axis + (i + 0.5) * slot);
  const axisX = flip(PAD.axis / 2);
  const ticks = top >= 2 && top % 2 === 0 ? [0, top / 2, top] : [0, top];
  const labels = bins.map((b) => periodLabel(b, g, lang));
  const placed = placeLabels(
    labels,
    bins.map((_, i) => cxOf(i)),
    width,
    FONT,
  );
  const counts = slot >= 16;
  const summary = summaryOf(bins, g, lang);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      class={`timeline ${props.variant}`}
      direction={rtl ? "rtl" : "ltr"}
      aria-label={summary}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      font-size={FONT}
      data-granularity={g}
    >
      <title>{summary}</title>
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group is not focusable; each bar names its count */}
      <g class="axis" aria-hidden="true" fill="currentColor">
        {ticks.map((t) => (
          <>
            <line
              x1={flip(PAD.axis)}
              x2={flip(width - PAD.end)}
              y1={round(yOf(t))}
              y2={round(yOf(t))}
              stroke="currentColor"
              stroke-opacity={t === 0 ? "0.5" : "0.15"}
            />
            <text x={axisX} y={round(yOf(t) + 4)} text-anchor="middle">
              {String(t)}
            </text>
          </>
        ))}
      </g>
      {bins.length === 0 ? (
        <text x={width / 2} y={yBase - plotH / 2} text-anchor="middle" fill="currentColor">
          {l.noEvents}
        </text>
      ) : null}
      {bins.map((bin, i) => {
        const parts = bin.bySector.map(([s, n]) => `${sectorLabel.get(s) || l.otherSector} ${n}`).join(", ");
        const name = `${l.eventsIn(bin.total, labels[i] ?? bin.key)}${parts ? ` (${parts})` : ""}`;
        const x = round(cxOf(i) - barW / 2);
        let y = yBase;
        return (
          // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG group is not interactive; role=img names the bar for screen readers
          <g class="bar" role="img" aria-label={name} data-period={bin.key} data-count={bin.total}>
            <title>{name}</title>
            <rect
              x={round(cxOf(i) - slot / 2)}
              y={PAD.top}
              width={round(slot)}
              height={yBase - PAD.top}
              fill="transparent"
            />
            {bin.bySector.map(([sector, n]) => {
              const h = (n / top) * plotH;
              y -= h;
              return (
                <rect x={x} y={round(y)} width={round(barW)} height={round(h)} fill={sectorColor(sector)} data-n={n} />
              );
            })}
            {counts && bin.total > 0 ? (
              <text x={round(cxOf(i))} y={round(y - 3)} text-anchor="middle" fill="currentColor" font-size="10">
                {String(bin.total)}
              </text>
            ) : null}
          </g>
        );
      })}
      {bins.map((bin, i) => {
        if (bin.milestones.length === 0) return null;
        const text = bin.milestones.map((m) => milestoneText(m, lang)).join("\n");
        const cx = round(cxOf(i));
        return (
          // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG group is not interactive; role=img names the milestone for screen readers
          <g
            class="milestone"
            role="img"
            aria-label={text.replaceAll("\n", "; ")}
            data-dates={bin.milestones.map((m) => m.date).join(" ")}
          >
            <title>{text}</title>
            <line
              x1={cx}
              x2={cx}
              y1={17}
              y2={yBase}
              stroke="currentColor"
              stroke-opacity="0.35"
              stroke-dasharray="2 2"
            />
            <path d={`M${cx} 3l6 6-6 6-6-6z`} fill="currentColor" />
            {bin.milestones.length > 1 ? (
              <text x={round(cx + (rtl ? -9 : 9))} y="13" text-anchor="middle" font-size="9" fill="currentColor">
                {String(bin.milestones.length)}
              </text>
            ) : null}
          </g>
        );
      })}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG group is not focusable; each bar names its period */}
      <g class="periods" aria-hidden="true" fill="currentColor">
        {placed.map((p) => (
          <text x={round(p.x)} y={height - 5} text-anchor="middle">
            {labels[p.index]}
          </text>
        ))}
      </g>
    </svg>
  );
}
