/** Planning a pair's positions: a known (holder, issue) is reaffirmed; a new one is created. */
import type { Analysis } from "../types";
import { type PairScope, quote } from "./scope";

/** The latest date a report states as past (not an entry into force, not still to come). */
function latestStated(a: Analysis): string | null {
  const stated = a.dates
    .filter((d) => d.evidence === "explicit" && !d.future && d.role !== "entry-into-force")
    .map((d) => d.date)
    .sort();
  return stated.at(-1) ?? null;
}

/** Plans the positions this report states, for one pair. */
export function planPositions(scope: PairScope): void {
  const { a, pair, known, plan, activity, claim } = scope;
  // Never the ingestion day: the report's own date, else the latest date it states, else none.
  const date = activity ?? latestStated(a);
  for (const pos of a.positions) {
    if (!pair.split("-").includes(pos.holder)) continue;
    const same = known?.positions.find((x) => x.holder === pos.holder && x.issue === pos.issue);
    // Without any date, a new position cannot be dated: it waits for a dated report.
    if (!same && !date) continue;
    const id =
      same?.id ??
      `po_${pair.toLowerCase().replace("-", "")}_${pos.holder.toLowerCase()}_${pos.issue.replaceAll("-", "_")}`;
    if (same) {
      if (date && date > same.lastReaffirmed) plan.reaffirmedPositions.push({ id, date });
    } else if (date) {
      plan.newPositions.push({
        id,
        pair,
        holder: pos.holder,
        issue: pos.issue,
        stance: pos.stance,
        statements: { [a.language]: pos.quote.text.slice(0, 400), en: `${pos.stance} (${pos.issue})` },
        date,
      });
    }
    claim({
      subjectType: "position",
      subjectId: id,
      predicate: "stance",
      value: pos.stance,
      confidence: pos.confidence,
      ...quote(pos.quote),
    });
  }
}
