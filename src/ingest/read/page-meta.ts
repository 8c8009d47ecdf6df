/**
 * The headline and publication time an article page declares about itself (Open Graph, `article:` and
 * schema-like meta tags), read with HTMLRewriter. The feed item's own title and date are the fallbacks.
 */

export interface PageMeta {
  title?: string;
  publishedAt?: string;
}

const TITLE_KEYS = new Set(["og:title", "twitter:title"]);
const DATE_KEYS = new Set(["article:published_time", "og:published_time", "datepublished", "date", "dc.date.issued"]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads the page's declared title and publication date; values that do not look right are ignored. */
export async function readPageMeta(html: string): Promise<PageMeta> {
  const meta: PageMeta = {};
  const rewriter = new HTMLRewriter().on("meta", {
    element(el) {
      const key = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop") ?? "")
        .trim()
        .toLowerCase();
      const value = (el.getAttribute("content") ?? "").replace(/\s+/g, " ").trim();
      if (!value) return;
      if (meta.title === undefined && TITLE_KEYS.has(key) && value.length <= 500) meta.title = value;
      if (meta.publishedAt === undefined && DATE_KEYS.has(key) && ISO_DATE.test(value)) {
        const d = new Date(value.replace(" ", "T"));
        if (!Number.isNaN(d.getTime())) meta.publishedAt = value.length === 10 ? value : d.toISOString();
      }
    },
  });
  // Only the head matters; the rewriter still streams the whole string, which is bounded by the fetch cap.
  await rewriter.transform(new Response(html)).text();
  return meta;
}
