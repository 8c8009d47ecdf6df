import { env, exports } from "cloudflare:workers";
import { describe, it } from "vitest";
import { call, dossier, post, RABAT } from "../helpers/ingest-client";
import { getJson, readJson } from "../helpers/http";
import { ArticleResultSchema } from "../../src/schemas/admin";
import { DossierSchema } from "../../src/schemas/dossier";

describe("syndication, duplicates and a second event", () => {
  it("recognizes a syndicated copy, a duplicate and another event of the same pair", { timeout: 30_000 }, async ({
    expect,
  }) => {
    const original = await post("en-position-visa");
    expect(original.status).toBe(201);
    const copy = await post("en-position-visa-syndicated");
    expect(copy.status).toBe(201);
    expect(copy.body.article.syndicatedOf).toBe(original.body.article.id);
    expect(copy.body.article.events.map((e) => e.id)).toEqual([RABAT]);

    // The same report again: 200, the same resolution, nothing written.
    const version = (await dossier()).version;
    const again = await post("en-position-visa");
    expect(again.status).toBe(200);
    expect(again.body.article).toMatchObject({
      id: original.body.article.id,
      duplicate: true,
      events: original.body.article.events,
    });
    expect((await dossier()).version).toBe(version);

    const astana = await post("en-joint-commission-astana");
    expect(astana.status).toBe(201);
    const [ev] = astana.body.article.events;
    expect(ev?.id).not.toBe(RABAT);
    expect(ev?.pair).toBe("KZ-MA");
    expect(astana.body.article.tracks).toContain("joint-commission");
    const stored = await env.DB.prepare("SELECT date, place, origin FROM events WHERE id = ?1")
      .bind(ev?.id ?? "")
      .first();
    expect(stored).toMatchObject({ place: "Astana", origin: "machine" });
  });
});

describe("syndication across pairs", () => {
  it("does not call a report about one pair a copy of the same template about another pair", {
    timeout: 30_000,
  }, async ({ expect }) => {
    const text = (a: string, b: string, ad: string) =>
      [
        `${a} and ${b} agreed on Tuesday in ${ad} to widen their cooperation on fisheries and port logistics, the two foreign ministers said after their talks.`,
        `The ministers of ${a} and ${b} also signed an agreement on scientific exchanges between their marine research institutes and agreed to create a joint working group.`,
        `Officials from ${a} and ${b} said the working group would meet every year, alternating between the two capitals, and report to both governments.`,
      ].join("\n\n");
    const send = async (body: unknown) =>
      readJson(
        await call("/v1/admin/articles", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        }),
        ArticleResultSchema,
      );
    const first = await send({
      text: text("Portugal", "Japan", "Lisbon"),
      language: "en",
      publishedAt: "2025-05-06",
      outlet: "Template Wire",
    });
    const second = await send({
      text: text("Norway", "Chile", "Oslo"),
      language: "en",
      publishedAt: "2025-05-06",
      outlet: "Template Wire",
    });
    expect(first.article.pairs).toEqual(["JP-PT"]);
    expect(second.article.pairs).toEqual(["CL-NO"]);
    expect(second.article.syndicatedOf).toBeNull();
  });
});

describe("disagreeing sources", () => {
  it("keeps a report's different date for an event and flags the conflict instead of overwriting", {
    timeout: 30_000,
  }, async ({ expect }) => {
    const text = [
      "Rabat, 27 February 2025 – Kazakh Foreign Minister Murat Nurtleu held talks in Rabat with Moroccan Foreign Minister Nasser Bourita during his first official visit to Morocco.",
      "Kazakhstan reaffirmed its support for the autonomy plan put forward by Morocco for the Sahara, and the two ministers agreed to strengthen security cooperation.",
    ].join("\n\n");
    const res = await call("/v1/admin/articles", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        title: "Kazakhstan and Morocco hold talks in Rabat",
        text,
        language: "en",
        outlet: "Early Wire",
        publishedAt: "2025-02-28",
      }),
    });
    expect(res.status).toBe(201);
    const { article } = await readJson(res, ArticleResultSchema);
    expect(
      article.events.map((e) => e.id),
      JSON.stringify(article),
    ).toEqual([RABAT]);
    const { body: d } = await getJson("/v1/pairs/KZ-MA", DossierSchema);
    const rabat = d.events.find((e) => e.id === RABAT);
    expect(rabat?.date).toBe("2025-02-28"); // the seeded date stands
    expect(rabat?.conflicts).toEqual([{ field: "date", values: ["2025-02-28", "2025-02-27"] }]);
    // The dossier page says so too, next to the event.
    const page = await (await exports.default.fetch(new Request(`https://bilateral.test/pairs/KZ-MA`))).text();
    expect(page).toContain(
      '<p class="meta disputed">Sources disagree: <span data-field="date"><time datetime="2025-02-28" dir="auto">',
    );
  });
});
