/** GET /widget.js: the `<bilateral-dossier>` web component, loadable from any site. */
import { Hono } from "hono";
import type { AppEnv } from "../http/env";
import { defineRoute } from "../openapi/registry";
import { SCRIPT_HEADERS, widgetHeaders } from "../widgets/headers";
import { WIDGET_SCRIPT } from "../widgets/widget-script";

export const widget = new Hono<AppEnv>();

widget.use("/widget.js", widgetHeaders());

widget.get(
  defineRoute({
    method: "get",
    path: "/widget.js",
    summary: "The <bilateral-dossier> web component",
    tags: ["widgets"],
    responses: { 200: { description: "JavaScript defining the custom element", contentType: "text/javascript" } },
  }).path,
  (c) => c.body(WIDGET_SCRIPT, 200, { ...SCRIPT_HEADERS }),
);
