/** GET /embed/{pair} (the iframe page) and GET /embed.js (its resize script). */
import { readDb } from "../http/db-session";
import { Hono } from "hono";
import * as v from "valibot";
import { buildDossierAndTimeline } from "../dossier/timeline";
import type { AppEnv } from "../http/env";
import { ProblemError } from "../http/problem";
import { defineRoute } from "../openapi/registry";
import { LangSchema, limitSchema } from "../schemas/common";
import { renderEmbed } from "../widgets/embed-page";
import { EMBED_SCRIPT } from "../widgets/embed-script";
import { embedView } from "../widgets/embed-view";
import { todayUtc } from "../widgets/format";
import { embedCsp, SCRIPT_HEADERS, widgetHeaders } from "../widgets/headers";
import { pairGet } from "./cached-get";

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** The embed's query: language, theme, track filter and number of latest events. */
export const EmbedQuery = v.object({
  lang: LangSchema,
  theme: v.optional(v.picklist(["light", "dark", "auto"], "Expected one of: light, dark, auto."), "auto"),
  tracks: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(1000, "Too many tracks."),
      v.transform((s) =>
        [
          ...new Set(
            s
              .split(",")
              .map((x) => x.trim())
              .filter((x) => x !== ""),
          ),
        ].sort(),
      ),
      v.array(
        v.pipe(v.string(), v.regex(SLUG, "Expected track slugs (lower case, digits and '-') separated by commas.")),
      ),
      v.maxLength(20, "At most 20 tracks."),
    ),
    "",
  ),
  limit: limitSchema(20, 5),
});

export const embed = new Hono<AppEnv>();

embed.use("/embed/*", widgetHeaders());
embed.use("/embed.js", widgetHeaders());

pairGet(
  embed,
  {
    path: "/embed/:pair",
    summary: "Embeddable dossier summary (iframe page)",
    tags: ["widgets"],
    query: EmbedQuery,
    responses: {
      200: { description: "The embed page", contentType: "text/html" },
      308: { description: "Redirect to the canonical pair key" },
    },
  },
  (c, { pair, query: { lang, theme, tracks, limit } }) => {
    // "Upcoming" depends on the day, so the day is part of the variant: the cached page rolls over at 00:00 UTC.
    const today = todayUtc();
    const build = async () => {
      const origin = new URL(c.req.url).origin;
      const { dossier, timeline } = await buildDossierAndTimeline(readDb(c), pair, lang, origin, tracks);
      const unknown = tracks.filter((slug) => !dossier.tracks.some((t) => t.slug === slug));
      if (unknown.length > 0) {
        throw new ProblemError("validation-failed", "The query did not validate.", {
          errors: [{ path: "query.tracks", message: `${pair} has no track: ${unknown.join(", ")}.` }],
        });
      }
      const view = embedView(dossier, { tracks, limit, today });
      const html = await renderEmbed({ dossier, view, timeline, lang, theme, origin });
      return new Response(html, {
        headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": await embedCsp() },
      });
    };
    return { also: { day: today }, build };
  },
);

embed.get(
  defineRoute({
    method: "get",
    path: "/embed.js",
    summary: "The embed page's resize script",
    tags: ["widgets"],
    responses: { 200: { description: "JavaScript", contentType: "text/javascript" } },
  }).path,
  (c) => c.body(EMBED_SCRIPT, 200, { ...SCRIPT_HEADERS }),
);
