/** Test helpers for the ingestion tests: admin calls, fixture posts, the dossier as JSON. */
import { exports } from "cloudflare:workers";
import type * as v from "valibot";
import { ArticleResultSchema } from "../../src/schemas/admin";
import { DossierSchema } from "../../src/schemas/dossier";
import { fixture, inputOf } from "../unit/ingest/fixtures";
import { getJson, parseJson, readJson } from "./http";

/** The seeded 2025-02-28 Rabat event. */
export const RABAT = "ev_kzma_20250228_rabat";

/** A request to the worker with the tests' admin token. */
export const call = (path: string, init: RequestInit = {}) =>
  exports.default.fetch(
    new Request(`https://bilateral.test${path}`, {
      redirect: "manual",
      ...init,
      headers: { authorization: "Bearer test-admin-token", ...(init.headers as Record<string, string> | undefined) },
    }),
  );

/** What POST /v1/admin/articles answers. */
export type Resolved = v.InferOutput<typeof ArticleResultSchema>;

/** Posts a fixture article (test/fixtures/articles) through the admin API. */
export async function post(name: string): Promise<{ status: number; body: Resolved }> {
  const res = await call("/v1/admin/articles", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(inputOf(fixture(name))),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`POST ${name}: ${res.status} ${text.slice(0, 300)}`);
  return { status: res.status, body: parseJson(ArticleResultSchema, text) };
}

/** Posts a report written for a test through the admin API: its status and answer, whatever the status. */
export async function postArticle(body: Record<string, string>): Promise<{ status: number; body: Resolved }> {
  const res = await call("/v1/admin/articles", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await readJson(res, ArticleResultSchema) };
}

/** The KZ-MA dossier, as the API declares it. */
export type Dossier = v.InferOutput<typeof DossierSchema>;

/** The KZ-MA dossier, as a visitor gets it. */
export const dossier = async (): Promise<Dossier> => (await getJson("/v1/pairs/KZ-MA", DossierSchema)).body;
