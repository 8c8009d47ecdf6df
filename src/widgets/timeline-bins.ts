/**
 * The periods of a timeline (pure): every month from the first event or milestone to the last, folded into
 * quarters, then years, when there are more than a width can show. Counts come whole from the aggregate read
 * (store/timeline.ts), so a bar is the count of its period, never of a page of events.
 */

/** Events of one month under one sector (the sector of the event's first track; '' for none). */
export interface TimelineCell {
  month: string;
  sector: string;
  count: number;
}

/** A dated milestone: a signature or entry into force of a commitment, or a signing or milestone event. */
export interface TimelineMilestone {
  date: string;
  kind: "signed" | "in_force" | "event";
  title: string;
}

/** Everything a timeline draws. */
export interface TimelineData {
  cells: TimelineCell[];
  milestones: TimelineMilestone[];
}

export type Granularity = "month" | "quarter" | "year";

/** One bar: a period with its count per sector (in the order given) and its milestones. */
export interface TimelineBin {
  /** `YYYY-MM`, `YYYY-Qn` or `YYYY`. */
  key: string;
  year: number;
  /** 1–12 for a month, 1–4 for a quarter, 0 for a year. */
  part: number;
  total: number;
  bySector: [string, number][];
  milestones: TimelineMilestone[];
}

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

function periodOf(month: string, g: Granularity): { key: string; year: number; part: number } {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  if (g === "month") return { key: month, year, part: m };
  if (g === "quarter") {
    const q = Math.ceil(m / 3);
    return { key: `${year}-Q${q}`, year, part: q };
  }
  return { key: String(year), year, part: 0 };
}

/** The bars of a timeline: the finest granularity with at most `maxBins` periods, empty periods included. */
export function timelineBins(
  data: TimelineData,
  sectorOrder: readonly string[],
  maxBins: number,
): { granularity: Granularity; bins: TimelineBin[] } {
  const months = [...data.cells.map((c) => c.month), ...data.milestones.map((m) => m.date.slice(0, 7))].sort();
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return { granularity: "month", bins: [] };
  const all: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) all.push(m);
  const granularity =
    (["month", "quarter", "year"] as const).find((g) => new Set(all.map((m) => periodOf(m, g).key)).size <= maxBins) ??
    "year";
  const bins = new Map<string, TimelineBin & { counts: Map<string, number> }>();
  for (const m of all) {
    const p = periodOf(m, granularity);
    if (!bins.has(p.key)) bins.set(p.key, { ...p, total: 0, bySector: [], milestones: [], counts: new Map() });
  }
  for (const c of data.cells) {
    const bin = bins.get(periodOf(c.month, granularity).key);
    if (!bin) continue;
    bin.total += c.count;
    bin.counts.set(c.sector, (bin.counts.get(c.sector) ?? 0) + c.count);
  }
  for (const m of [...data.milestones].sort((a, b) => a.date.localeCompare(b.date)))
    bins.get(periodOf(m.date.slice(0, 7), granularity).key)?.milestones.push(m);
  const rank = (s: string) => {
    const i = sectorOrder.indexOf(s);
    return i < 0 ? sectorOrder.length : i;
  };
  return {
    granularity,
    bins: [...bins.values()].map(({ counts, ...bin }) => ({
      ...bin,
      bySector: [...counts].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0])),
    })),
  };
}

/** A round top for the count axis at or above `max` (1–6, 8, 10, 20, 30, ...), so bars use most of the height. */
export function niceMax(max: number): number {
  if (max <= 1) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  for (const f of [1, 2, 3, 4, 5, 6, 8, 10]) if (f * step >= max) return f * step;
  return 10 * step;
}
