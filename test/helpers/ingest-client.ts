/** Test helpers for the ingestion tests: admin calls, fixture posts, the dossier as JSON. */
import { exports } from "cloudflare:workers";
import { fixture, inputOf } from "../unit/ingest/fixtures";

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
export interface Resolved {
  article: {
    id: string;
    language: string;
    pairs: string[];
    events: { id: string; pair: string; date: string }[];
    sectors: string[];
    tracks: string[];
    commitments: string[];
    syndicatedOf: string | null;
    duplicate: boolean;
  };
}

/** Posts a fixture article (test/fixtures/articles) through the admin API. */
export async function post(name: string): Promise<{ status: number; body: Resolved }> {
  const res = await call("/v1/admin/articles", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(inputOf(fixture(name))),
  });
  return { status: res.status, body: (await res.json()) as Resolved };
}

/** The parts of the KZ-MA dossier the ingestion tests read. */
export interface Dossier {
  version: number;
  events: { id: string; date: string; sources: { articleId: string; machineCoded: boolean }[] }[];
  commitments: { id: string; track: string; status: string; sources: { articleId: string }[] }[];
  positions: { holder: string; sources: { articleId: string }[] }[];
  tracks: { slug: string; sourceCount: number }[];
}

/** The KZ-MA dossier, as a visitor gets it. */
export const dossier = async () =>
  (await (await exports.default.fetch(new Request("https://bilateral.test/v1/pairs/KZ-MA"))).json()) as Dossier;
