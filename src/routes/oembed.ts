/** GET /oembed: oEmbed 1.0 for dossier and embed URLs (JSON only; XML answers 501 as the spec says). */
import { readDb } from "../http/db-session";
import { Hono } from "hono";
import * as v from "valibot";
import type { AppEnv } from "../http/env";
import { ProblemError } from "../http/problem";
import { valid } from "../http/validate";
import { defineRoute } from "../openapi/registry";
import { OembedSchema } from "../schemas/oembed";
import { requireTracked } from "./pair-param";
import { parseOembedTarget, oembedRich } from "../widgets/oembed";
import { pairTitle } from "../lib/links";

const Dimension = v.optional(
  v.pipe(
    v.string(),
    v.regex(/^\d{1,5}$/, "Expected a whole number of pixels."),
    v.transform(Number),
    v.minValue(1, "Expected at least 1."),
  ),
);
/** The oEmbed query (https://oembed.com section 2.2). */
export const OembedQuery = v.object({
  url: v.pipe(v.string("A url is required."), v.minLength(1, "A url is required."), v.maxLength(2000, "URL too long.")),
  maxwidth: Dimension,
  maxheight: Dimension,
  format: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{1,10}$/, "Expected a format such as json.")), "json"),
});

export const oembed = new Hono<AppEnv>();

const oembedRoute = defineRoute({
  method: "get",
  path: "/oembed",
  summary: "oEmbed for a dossier or embed URL",
  tags: ["widgets"],
  query: OembedQuery,
  responses: {
    200: { description: "A 'rich' oEmbed response", schema: OembedSchema },
    400: { description: "Malformed parameter" },
    404: { description: "The URL is not an embeddable Bilateral URL" },
    501: { description: "Format not supported (only json)" },
  },
});

oembed.get(oembedRoute.path, valid("query", OembedQuery), async (c) => {
  const { url, maxwidth, maxheight, format } = c.req.valid("query");
  if (format !== "json")
    throw new ProblemError("not-implemented", `oEmbed format '${format}' is not supported; use format=json.`);
  const origin = new URL(c.req.url).origin;
  const target = parseOembedTarget(url, origin);
  if (!target) throw new ProblemError("not-found", "The url is not a Bilateral dossier or embed URL of this site.");
  await requireTracked(readDb(c), target.pair);
  const title = `${pairTitle(target.pair, target.lang)} · Bilateral`;
  const body = oembedRich(origin, target, title, { maxwidth, maxheight });
  return oembedRoute.json(c, 200, body, {
    "access-control-allow-origin": "*",
    "cache-control": "public, max-age=3600",
  });
});
