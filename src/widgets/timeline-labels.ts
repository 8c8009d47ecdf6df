/**
 * Where the period labels of a timeline go (pure): a regular step wide enough for the longest label, each label
 * kept inside the drawing, and none overlapping another, in either direction of the axis. Without text
 * metrics on the server, widths are generous estimates.
 */

/** The estimated width of a short label at a font size (generous: real text is narrower). */
export function textWidth(text: string, size: number): number {
  return text.length * size * 0.62 + 2;
}

/** A placed label: the bin it names and the x of its centre (drawn with text-anchor="middle"). */
export interface PlacedLabel {
  index: number;
  x: number;
}

const GAP = 8;

/**
 * Places the labels of bins centred at `centers` (ascending or descending x) in a drawing `width` wide: every
 * `step`-th label, moved inwards at the edges, and dropped when it would still touch the last one kept.
 */
export function placeLabels(
  labels: readonly string[],
  centers: readonly number[],
  width: number,
  size: number,
): PlacedLabel[] {
  const slot = centers.length > 1 ? Math.abs((centers[1] ?? 0) - (centers[0] ?? 0)) : width;
  const widest = Math.max(0, ...labels.map((t) => textWidth(t, size)));
  const step = Math.max(1, Math.ceil((widest + GAP) / slot));
  const placed: PlacedLabel[] = [];
  let previous: { lo: number; hi: number } | undefined;
  labels.forEach((text, index) => {
    const center = centers[index];
    if (index % step !== 0 || center === undefined) return;
    const half = textWidth(text, size) / 2;
    const x = Math.min(width - half - 1, Math.max(half + 1, center));
    const extent = { lo: x - half, hi: x + half };
    if (previous && extent.lo < previous.hi + GAP && extent.hi > previous.lo - GAP) return;
    placed.push({ index, x });
    previous = extent;
  });
  return placed;
}
