/** Reference lists: sectors and countries. */
import { readDb } from "../http/db-session";
import { Hono } from "hono";
import type { AppEnv } from "../http/env";
import { countryName, pickText } from "../i18n/locales";
import { ISO_ALPHA2 } from "../lib/iso3166";
import { parseJson } from "../lib/json";
import { LangQuerySchema } from "../schemas/common";
import { CountryListSchema, SectorListSchema } from "../schemas/lists";
import { allPairKeys } from "../store/pairs";
import { listSectors } from "../store/sectors";
import { globalGet } from "./cached-get";

export const reference = new Hono<AppEnv>();

// Sectors are seed data: re-seeding them must move the global version (docs/caching.md).
globalGet(
  reference,
  {
    path: "/v1/sectors",
    summary: "The sector taxonomy",
    tags: ["reference"],
    query: LangQuerySchema,
    responses: { 200: { description: "Sectors in taxonomy order", schema: SectorListSchema } },
  },
  (c, { lang }, route) =>
    async () => {
      const rows = await listSectors(readDb(c));
      return route.json(c, 200, {
        sectors: rows.map((s) => {
          const labels = parseJson<Record<string, string>>(s.labels, {});
          return { slug: s.slug, label: pickText(labels, lang), labels };
        }),
      });
    },
);

globalGet(
  reference,
  {
    path: "/v1/countries",
    summary: "Every ISO 3166-1 country, with the pairs tracked for it",
    tags: ["reference"],
    query: LangQuerySchema,
    responses: { 200: { description: "Countries sorted by code", schema: CountryListSchema } },
  },
  (c, { lang }, route) =>
    async () => {
      const byCountry = new Map<string, string[]>();
      for (const key of await allPairKeys(readDb(c))) {
        for (const code of key.split("-")) byCountry.set(code, [...(byCountry.get(code) ?? []), key]);
      }
      return route.json(c, 200, {
        countries: [...ISO_ALPHA2]
          .sort()
          .map((code) => ({ code, name: countryName(code, lang), pairs: byCountry.get(code) ?? [] })),
      });
    },
);
