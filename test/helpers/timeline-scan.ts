/** Reads the timeline drawings of a page or embed with workerd's HTML parser (HTMLRewriter). */

export interface ScannedBar {
  period: string;
  count: number;
  /** Each sector's segment: its count and drawn height. */
  segments: { n: number; height: number }[];
}

export interface ScannedTimeline {
  variant: string;
  width: number;
  granularity: string;
  bars: ScannedBar[];
  milestones: { dates: string[]; label: string; title: string }[];
  /** The period labels drawn under the axis, with their centre x. */
  labels: { x: number; text: string }[];
}

/** Every `svg.timeline` of a response body, in document order. */
export async function scanTimelines(html: string): Promise<ScannedTimeline[]> {
  const out: ScannedTimeline[] = [];
  const current = () => out[out.length - 1];
  let inMilestoneTitle = false;
  let inLabel = false;
  await new HTMLRewriter()
    .on("svg.timeline", {
      element: (e) =>
        void out.push({
          variant: (e.getAttribute("class") ?? "").replace("timeline", "").trim(),
          width: Number(e.getAttribute("width")),
          granularity: e.getAttribute("data-granularity") ?? "",
          bars: [],
          milestones: [],
          labels: [],
        }),
    })
    .on("svg.timeline g.bar", {
      element: (e) =>
        void current()?.bars.push({
          period: e.getAttribute("data-period") ?? "",
          count: Number(e.getAttribute("data-count")),
          segments: [],
        }),
    })
    .on("svg.timeline g.bar rect[data-n]", {
      element: (e) =>
        void current()
          ?.bars.at(-1)
          ?.segments.push({ n: Number(e.getAttribute("data-n")), height: Number(e.getAttribute("height")) }),
    })
    .on("svg.timeline g.milestone", {
      element: (e) =>
        void current()?.milestones.push({
          dates: (e.getAttribute("data-dates") ?? "").split(" "),
          label: e.getAttribute("aria-label") ?? "",
          title: "",
        }),
    })
    .on("svg.timeline g.milestone > title", {
      element: (e) => {
        inMilestoneTitle = true;
        e.onEndTag(() => {
          inMilestoneTitle = false;
        });
      },
      text: (t) => {
        const m = current()?.milestones.at(-1);
        if (m && inMilestoneTitle) m.title += t.text;
      },
    })
    .on("svg.timeline g.periods > text", {
      element: (e) => {
        inLabel = true;
        current()?.labels.push({ x: Number(e.getAttribute("x")), text: "" });
        e.onEndTag(() => {
          inLabel = false;
        });
      },
      text: (t) => {
        const l = current()?.labels.at(-1);
        if (l && inLabel) l.text += t.text;
      },
    })
    .transform(new Response(html))
    .arrayBuffer();
  return out;
}
