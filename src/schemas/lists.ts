/** Cross-pair lists: pairs, sectors, countries. */
import * as v from "valibot";
import { CountrySchema } from "./dossier";

export const PairSummarySchema = v.object({
  pair: v.string(),
  countries: v.array(CountrySchema),
  version: v.pipe(v.number(), v.integer()),
  updatedAt: v.string(),
  trackCount: v.pipe(v.number(), v.integer()),
  links: v.object({ dossier: v.string() }),
});
export const PairListSchema = v.object({ pairs: v.array(PairSummarySchema), nextCursor: v.nullable(v.string()) });

export const SectorSchema = v.object({ slug: v.string(), label: v.string(), labels: v.record(v.string(), v.string()) });
export const SectorListSchema = v.object({ sectors: v.array(SectorSchema) });

export const CountryListItemSchema = v.object({ code: v.string(), name: v.string(), pairs: v.array(v.string()) });
export const CountryListSchema = v.object({ countries: v.array(CountryListItemSchema) });
