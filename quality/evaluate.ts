/**
 * Scoring one analysed report against its expectation, adding to the tallies and keeping, for `--verbose`,
 * what failed with what was expected and what came out.
 */
import type { Analysis } from "../src/ingest/types";
import type { ScoredReport } from "./expect";
import {
  instrumentsOf,
  afterPublication,
  eventDateMatches,
  exactPair,
  FIRM_STATUSES,
  matchCommitments,
  pairCounts,
  placeMatches,
  type PredictedCommitment,
  realTitle,
  sectorCounts,
} from "./match";
import type { Tallies } from "./tally";

/** One failed check: the field, what was expected and what the pipeline gave. */
export interface Failure {
  field: string;
  expected: string;
  got: string;
}

/** A scored report: its id, language and failures (empty when every check passed). */
export interface ReportResult {
  id: string;
  set: string;
  language: string;
  kind?: string;
  failures: Failure[];
  /** Why the pipeline decided as it did, for `--verbose`: country scores, date hits, commitments. */
  trace: string[];
}

const list = (xs: readonly string[]): string => (xs.length ? xs.join(", ") : "(none)");

function commitmentLabel(c: PredictedCommitment | { status: string; track?: string; legalForm?: string | null }) {
  const p = c as PredictedCommitment;
  const dates = [p.signedOn && `signed ${p.signedOn}`, p.effectiveOn && `effective ${p.effectiveOn}`].filter(Boolean);
  const form = c.legalForm ?? p.kind ?? "?";
  const times = (p.instruments ?? 1) > 1 ? ` ×${p.instruments}` : "";
  return `${c.status} ${form}${times}${c.track ? `/${c.track}` : ""}${dates.length ? ` (${dates.join(", ")})` : ""}`;
}

/** Scores one report into the tallies (under the expected language) and returns its failures. */
export function evaluate(r: ScoredReport, a: Analysis | Error, t: Tallies): ReportResult {
  const lang = r.language;
  const result: ReportResult = { id: r.id, set: r.set, language: lang, failures: [], trace: [] };
  if (r.kind) result.kind = r.kind;
  const fail = (field: string, expected: string, got: string) => result.failures.push({ field, expected, got });
  if (a instanceof Error) {
    fail("analysis", "an analysis", `${a.name}: ${a.message}`);
    return result;
  }
  const e = r.expect;

  t.add(lang, "language", a.language === lang ? 1 : 0);
  if (a.language !== lang) fail("language", lang, a.language);

  const predicted = a.pairs.map((p) => p.key);
  const pc = pairCounts(e.pairs, predicted);
  t.add(lang, "pairPrecision", pc.tp, pc.predicted);
  t.add(lang, "pairRecall", pc.tp, pc.expected);
  if (e.pairs.length === 1) t.add(lang, "exactPair", exactPair(e.pairs, predicted) ? 1 : 0);
  if (e.pairs.length === 0) t.add(lang, "negatives", predicted.length === 0 ? 1 : 0);
  if (pc.tp !== pc.expected || pc.tp !== pc.predicted) fail("pairs", list(e.pairs), list(predicted));

  const publishedOn = a.publishedOn;
  if (e.eventDate !== undefined) {
    const ok = eventDateMatches(e.eventDate, a.eventDate, publishedOn);
    t.add(lang, "eventDate", ok ? 1 : 0);
    if (!ok) {
      const got = a.eventDate
        ? `${a.eventDate.date} (${a.eventDate.evidence}, "${a.eventDate.span?.text ?? ""}")`
        : "none";
      fail("eventDate", e.eventDate ?? "none stated (publication date accepted)", got);
    }
  }
  const future = afterPublication(a.eventDate?.date, publishedOn);
  t.add(lang, "future", future ? 1 : 0);
  if (future) fail("future date", `≤ ${publishedOn}`, a.eventDate?.date ?? "");

  // A place is the place of a pair's event: a negative makes none, so its place is not scored (the manifest's
  // negatives note the summit's city or none, see quality/real/README.md).
  if (e.place !== undefined && e.pairs.length > 0) {
    const ok = placeMatches(e.place, a.place);
    t.add(lang, "place", ok ? 1 : 0);
    if (!ok) fail("place", e.place ?? "none", a.place ?? "none");
  }
  if (e.title) {
    const ok = realTitle(a.title);
    t.add(lang, "title", ok ? 1 : 0);
    if (!ok) fail("title", "a real title", JSON.stringify(a.title));
  }

  if (e.sectors) {
    const got = a.sectors.map((s) => s.slug);
    const sc = sectorCounts(e.sectors, got);
    if (sc.required > 0) t.add(lang, "sectorsAll", sc.all ? 1 : 0);
    t.add(lang, "sectorRecall", sc.found, sc.required);
    t.add(lang, "sectorPrecision", sc.correct, sc.predicted);
    if (!sc.all) fail("sectors", `includes ${list(e.sectors)}`, list(got));
  }

  if (e.commitments) {
    const predictedC = a.commitments as unknown as PredictedCommitment[];
    const m = matchCommitments(e.commitments, predictedC);
    const firmExpected = e.commitments.filter((c) => FIRM_STATUSES.includes(c.status)).length;
    t.add(lang, "firmRecall", m.matches.length, firmExpected);
    const dated = m.matches.filter((x) => x.datesRight).length;
    t.add(lang, "firmRecallDated", dated, firmExpected);
    t.add(lang, "firmPrecision", m.matches.length, m.matches.length + m.invented.length);
    t.add(lang, "firmDates", dated, m.matches.length);
    t.add(lang, "invented", m.invented.length, 0);
    // How much of the recall a count gives (instruments of a batch known only by its number, no subject).
    t.add(lang, "firmByCount", m.matches.filter((x) => (x.predicted.instruments ?? 1) > 1).length, 0);
    for (const status of FIRM_STATUSES) {
      const matched = m.matches.filter((x) => x.expected.status === status).length;
      const wanted = e.commitments.filter((c) => c.status === status).length;
      const given = instrumentsOf(predictedC).filter((c) => c.status === status).length;
      if (wanted) t.add(lang, `recall:${status}`, matched, wanted);
      if (given) t.add(lang, `precision:${status}`, matched, given);
    }
    for (const x of m.missed) fail("commitment missed", `${x.about}: ${commitmentLabel(x)}`, "(no match)");
    for (const x of m.invented) fail("commitment invented", "(none)", `${x.title ?? ""}: ${commitmentLabel(x)}`);
    for (const x of m.matches.filter((y) => !y.datesRight)) {
      fail("commitment dates", commitmentLabel(x.expected), commitmentLabel(x.predicted));
    }
  }

  if (result.failures.length) {
    result.trace.push(`countries: ${a.countries.map((c) => `${c.code} ${c.score.toFixed(2)}`).join(", ") || "(none)"}`);
    result.trace.push(`pairs: ${a.pairs.map((p) => `${p.key} ${p.score.toFixed(2)}`).join(", ") || "(none)"}`);
    result.trace.push(`title: ${JSON.stringify(a.title)} · published ${publishedOn ?? "?"} · place ${a.place ?? "-"}`);
    const dates = a.dates.map((d) => `${d.date} ${d.evidence}/${d.role} "${d.span?.text ?? ""}"`);
    result.trace.push(`dates: ${dates.join(" | ") || "(none)"}`);
    const cs = a.commitments.map(
      (c) => `${commitmentLabel(c as unknown as PredictedCommitment)} «${c.quote.text.slice(0, 90)}»`,
    );
    if (cs.length) result.trace.push(`commitments: ${cs.join(" | ")}`);
  }
  return result;
}
