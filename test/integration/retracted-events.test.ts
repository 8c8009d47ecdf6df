/**
 * An event stands on its claims: once a reviewer rejects every claim that placed it in a pair (or a re-analysis
 * retracts them), it leaves every reader surface — the dossier (which the embed is built from), the events list,
 * the page and its timeline, Atom and iCalendar — while a seeded event stays.
 */
import { env } from "cloudflare:workers";
import { describe, it } from "vitest";
import { call, post } from "../helpers/ingest-client";

const texts = async (paths: string[]) => Promise.all(paths.map(async (p) => (await call(p)).text()));
const SURFACES = [
  "/v1/pairs/KZ-MA",
  "/v1/pairs/KZ-MA/events?limit=100",
  "/pairs/KZ-MA",
  "/v1/pairs/KZ-MA/feed.atom",
  "/v1/pairs/KZ-MA/calendar.ics",
];

describe("events whose every claim is rejected", () => {
  it("leave every reader surface; seeded events without claims stay", async ({ expect }) => {
    const { body } = await post("en-joint-commission-astana");
    const event = body.article.events.find((e) => e.pair === "KZ-MA");
    if (!event) throw new Error("the fixture report gives no KZ-MA event");
    const before = await texts(SURFACES);
    for (const [i, t] of before.entries()) expect(t, SURFACES[i]).toContain(event.id);

    const { results } = await env.DB.prepare(
      "SELECT id FROM claims WHERE pair = 'KZ-MA' AND subject_type = 'event' AND subject_id = ?1",
    )
      .bind(event.id)
      .all<{ id: string }>();
    expect(results.length).toBeGreaterThan(0);
    for (const { id } of results) {
      // Through the admin API, as a reviewer does: GET for the ETag, PATCH with If-Match.
      const etag = (await call(`/v1/admin/claims/${id}`)).headers.get("etag") ?? "";
      const res = await call(`/v1/admin/claims/${id}`, {
        method: "PATCH",
        headers: { "content-type": "application/json", "if-match": etag },
        body: JSON.stringify({ action: "reject", note: "not a meeting of this pair" }),
      });
      expect(res.status).toBe(200);
    }

    const after = await texts(SURFACES);
    for (const [i, t] of after.entries()) expect(t, SURFACES[i]).not.toContain(event.id);
    const seeded = await env.DB.prepare(
      "SELECT id FROM events WHERE pair = 'KZ-MA' AND origin = 'seed' LIMIT 1",
    ).first<{ id: string }>();
    if (!seeded) throw new Error("no seeded event");
    expect(after[1]).toContain(seeded.id);
  });
});
