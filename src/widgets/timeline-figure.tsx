/**
 * The timeline as pages and the embed show it: a wide and a narrow drawing (CSS shows the one that fits the
 * viewport, so labels stay readable on a phone) and a legend naming each sector's colour and the milestone mark.
 */
import { formatDay } from "../i18n/dates";
import { labelsFor } from "../i18n/labels";
import type { Locale } from "../i18n/locales";
import type { TrackOutput } from "../schemas/dossier";
import { sectorColor } from "./sector-colors";
import type { TimelineData } from "./timeline-bins";
import { TimelineSvg } from "./timeline-svg";

/** The sectors a timeline draws, in taxonomy order (tracks come sorted by it), with their localized labels. */
export function timelineSectors(
  tracks: readonly TrackOutput[],
  data: TimelineData,
  lang: Locale,
): { slug: string; label: string }[] {
  const present = new Set(data.cells.map((c) => c.sector));
  const sectors = new Map<string, string>();
  for (const t of tracks) if (present.has(t.sector)) sectors.set(t.sector, t.sectorLabel);
  for (const s of present) if (!sectors.has(s)) sectors.set(s, labelsFor(lang).otherSector);
  return [...sectors].map(([slug, label]) => ({ slug, label }));
}

/** Sizes of the two drawings: the page's and the embed's. */
const SIZES = {
  page: { wide: [720, 200], narrow: [360, 190] },
  embed: { wide: [600, 120], narrow: [320, 120] },
} as const;

/** The legend: one swatch per sector drawn, and the milestone mark. */
export function TimelineLegend(props: { sectors: readonly { slug: string; label: string }[]; lang: Locale }) {
  const l = labelsFor(props.lang);
  return (
    <ul class="legend" aria-label={l.sectorsLegend}>
      {props.sectors.map((s) => (
        <li>
          <svg width="10" height="10" aria-hidden="true">
            <rect width="10" height="10" fill={sectorColor(s.slug)} />
          </svg>
          <bdi>{s.label}</bdi>
        </li>
      ))}
      <li>
        <svg width="10" height="12" aria-hidden="true">
          <path d="M5 1l5 5-5 5-5-5z" fill="currentColor" />
        </svg>
        <bdi>{l.milestone}</bdi>
      </li>
    </ul>
  );
}

/** Milestones shown as text under the page's drawing (a phone has no hover): the latest ones, oldest first. */
const MILESTONES_LISTED = 6;

/** The key of the milestone marks: each milestone's day and what happened, for readers without a pointer. */
export function MilestoneList(props: { data: TimelineData; lang: Locale }) {
  const l = labelsFor(props.lang);
  const shown = props.data.milestones.slice(-MILESTONES_LISTED);
  if (shown.length === 0) return null;
  const what = { signed: l.signedOn, in_force: l.effectiveOn, event: l.milestone };
  return (
    <ol class="milestones">
      {shown.map((m) => (
        <li>
          <time datetime={m.date} dir="auto">
            {formatDay(m.date, props.lang)}
          </time>
          {" · "}
          {what[m.kind]}: <bdi>{m.title}</bdi>
        </li>
      ))}
    </ol>
  );
}

/** Both drawings and the legend (and, on the page, the milestones as text). */
export function TimelineFigure(props: {
  data: TimelineData;
  tracks: readonly TrackOutput[];
  lang: Locale;
  surface: keyof typeof SIZES;
}) {
  const sectors = timelineSectors(props.tracks, props.data, props.lang);
  const sizes = SIZES[props.surface];
  return (
    <>
      {(["wide", "narrow"] as const).map((variant) => (
        <TimelineSvg
          data={props.data}
          sectors={sectors}
          lang={props.lang}
          width={sizes[variant][0]}
          height={sizes[variant][1]}
          variant={variant}
        />
      ))}
      <TimelineLegend sectors={sectors} lang={props.lang} />
      {props.surface === "page" ? <MilestoneList data={props.data} lang={props.lang} /> : null}
    </>
  );
}
