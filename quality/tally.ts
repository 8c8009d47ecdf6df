/**
 * Counting per language and overall: each metric is a fraction (numerator over denominator) or a plain count.
 * The order of METRICS is the order of the printed tables.
 */

/** A metric's key, label, kind and the threshold the issues set (for the documentation). */
export interface Metric {
  key: string;
  label: string;
  /** "rate": num/den; "count": num only (lower is better). */
  kind: "rate" | "count";
  target?: string;
}

/** Every metric the scorer reports, in table order. */
export const METRICS: readonly Metric[] = [
  { key: "language", label: "language right", kind: "rate", target: "100 %" },
  { key: "pairPrecision", label: "pairs: precision", kind: "rate", target: "precision before recall" },
  { key: "pairRecall", label: "pairs: recall", kind: "rate" },
  { key: "exactPair", label: "single-pair: exactly its pair", kind: "rate", target: "≥ 95 %" },
  { key: "negatives", label: "negatives: no pair", kind: "rate", target: "100 %" },
  { key: "eventDate", label: "event date right", kind: "rate", target: "≥ 90 %" },
  { key: "future", label: "dates after publication", kind: "count", target: "0" },
  { key: "place", label: "place right", kind: "rate" },
  { key: "title", label: "real title", kind: "rate", target: "100 %" },
  { key: "sectorsAll", label: "sectors: every required one", kind: "rate", target: "≥ 90 %" },
  { key: "sectorRecall", label: "sectors: recall", kind: "rate" },
  { key: "sectorPrecision", label: "sectors: precision (≥)", kind: "rate" },
  { key: "firmRecall", label: "signed/in force: recall", kind: "rate" },
  { key: "firmRecallDated", label: "signed/in force: recall with right dates", kind: "rate", target: "≥ 80 %" },
  { key: "firmPrecision", label: "signed/in force: precision", kind: "rate", target: "≥ 95 %" },
  { key: "firmDates", label: "signed/in force: dates right", kind: "rate" },
  { key: "invented", label: "invented signed/in force", kind: "count", target: "0" },
  { key: "firmByCount", label: "  recalled only by a count", kind: "count" },
  { key: "recall:signed", label: "  signed: recall", kind: "rate" },
  { key: "precision:signed", label: "  signed: precision", kind: "rate" },
  { key: "recall:ratified", label: "  ratified: recall", kind: "rate" },
  { key: "precision:ratified", label: "  ratified: precision", kind: "rate" },
  { key: "recall:in_force", label: "  in force: recall", kind: "rate" },
  { key: "precision:in_force", label: "  in force: precision", kind: "rate" },
  { key: "cohesion", label: "groups forming one event", kind: "rate", target: "100 %" },
];

/** Numerator and denominator of one metric. */
export interface Fraction {
  num: number;
  den: number;
}

/** Metric key → fraction, for one language (or all). */
export type Tally = Map<string, Fraction>;

/** Adds `num` over `den` to a metric of a tally. */
export function add(t: Tally, key: string, num: number, den = 1): void {
  const f = t.get(key) ?? { num: 0, den: 0 };
  f.num += num;
  f.den += den;
  t.set(key, f);
}

/** Tallies by language, with "all" kept alongside. */
export class Tallies {
  readonly byLanguage = new Map<string, Tally>();

  /** The tally of a language (created on first use). */
  of(language: string): Tally {
    let t = this.byLanguage.get(language);
    if (!t) {
      t = new Map();
      this.byLanguage.set(language, t);
    }
    return t;
  }

  /** Adds to the report's language and to "all". */
  add(language: string, key: string, num: number, den = 1): void {
    add(this.of(language), key, num, den);
    add(this.of("all"), key, num, den);
  }
}

/** A fraction as "num/den pct" (or "–" when nothing was scored); counts print as their number. */
export function cell(metric: Metric, f: Fraction | undefined, withPct = true): string {
  if (metric.kind === "count") return f ? String(f.num) : "–";
  if (!f || f.den === 0) return "–";
  const pct = Math.round((100 * f.num) / f.den);
  return withPct ? `${f.num}/${f.den} ${pct}%` : `${f.num}/${f.den}`;
}
