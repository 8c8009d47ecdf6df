/** The change feed's JSON shape (GET /v1/pairs/{pair}/changes). */
import * as v from "valibot";

export const ChangeSchema = v.object({
  seq: v.pipe(v.number(), v.integer()),
  entity: v.object({ type: v.string(), id: v.string(), title: v.nullable(v.string()) }),
  action: v.picklist(["added", "updated", "retracted"]),
  at: v.string(),
});

export const ChangePageSchema = v.object({
  pair: v.string(),
  changes: v.array(ChangeSchema),
  /** Always present: poll with it to get what happened after the last change shown. */
  nextCursor: v.string(),
  hasMore: v.boolean(),
});
