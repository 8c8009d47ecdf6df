/** Planning a pair's positions: a known (holder, issue) is reaffirmed; a new one is created. */
import { type PairScope, quote } from "./scope";

/** Plans the positions this report states, for one pair. */
export function planPositions(scope: PairScope): void {
  const { a, ctx, pair, known, plan, activity, claim } = scope;
  for (const pos of a.positions) {
    if (!pair.split("-").includes(pos.holder)) continue;
    const same = known?.positions.find((x) => x.holder === pos.holder && x.issue === pos.issue);
    const date = activity ?? ctx.now.slice(0, 10);
    const id =
      same?.id ??
      `po_${pair.toLowerCase().replace("-", "")}_${pos.holder.toLowerCase()}_${pos.issue.replaceAll("-", "_")}`;
    if (same) {
      if (date > same.lastReaffirmed) plan.reaffirmedPositions.push({ id, date });
    } else {
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
