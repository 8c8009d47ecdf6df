/**
 * Main text of a report: HTML → paragraphs with HTMLRewriter (streaming, so it runs over a Response),
 * or submitted plain text cleaned. Boilerplate goes in three passes: pass 1 removes whole elements
 * (navigation, asides, scripts, forms, share bars, "latest stories" boxes found by class, id or
 * aria-label); pass 2 collects text blocks; pass 3, linear over the blocks, drops what only their
 * words give away (a "Most read" heading and the list after it, comment counters, audio captions,
 * a headline printed twice). Nothing here recurses, and over-deep or over-large pages are capped.
 */
import { BREADCRUMB, CAPTION, COOKIE_BANNER, DROP_SELECTOR, FURNITURE, SHARE_LABEL } from "./boilerplate";
import { type Block, keepStory } from "./story";
import { decodeEntities } from "./entities-html";
import { norm, normalizeInputText } from "../match/normalize";

export type TextError = "empty" | "binary" | "too-deep";

/** The main text of a page or a submitted text, or why there is none (the caller answers 422). */
export type TextResult =
  | { ok: true; text: string; title?: string; lang?: string; publishedAt?: string }
  | { ok: false; error: TextError; detail: string };

/** HTML beyond this many UTF-16 units is cut off before parsing (no news article is that long). */
export const MAX_HTML = 3_000_000;
/** Pages nested deeper than this are refused (422): no real article needs it, and it is a classic parser attack. */
export const MAX_DEPTH = 400;

const BLOCK_TAGS = [
  "p",
  "div",
  "section",
  "article",
  "main",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "blockquote",
  "pre",
  "table",
  "tr",
  "td",
  "th",
  "figure",
  "figcaption",
  "address",
  "body",
];
const VOID = new Set(["br", "hr", "img", "wbr"]);

/** Whether the start of a string holds C0 control characters other than tab and line breaks (binary data). */
function hasControlChars(s: string, nulOnly = false): boolean {
  const n = Math.min(s.length, 20_000);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0 || (!nulOnly && (c <= 8 || (c >= 14 && c <= 31)))) return true;
  }
  return false;
}

/** Reasons not to analyse a text at all. */
function reject(text: string): TextResult | undefined {
  if (hasControlChars(text) || (text.match(/\uFFFD/g)?.length ?? 0) > 20) {
    return { ok: false, error: "binary", detail: "The input contains control characters: it is not text." };
  }
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return { ok: false, error: "empty", detail: "The input has no readable text." };
  return undefined;
}

/** Cleans a submitted plain text (NFKC, invisible marks, whitespace) or says why it cannot be analysed. */
export function cleanText(input: string): TextResult {
  // Short lines that are only page chrome (a skip link, a share bar) were copied with the article, not written in it.
  const lines = normalizeInputText(input)
    .split("\n")
    .filter((l) => !BREADCRUMB.test(l.trim()))
    .map((l) => l.replace(SHARE_LABEL, ""));
  const text = normalizeInputText(
    lines
      .filter((l) => !COOKIE_BANNER.test(norm(l)))
      .filter((l) => l.length > 120 || !(CAPTION.test(l) || FURNITURE.some((r) => r.test(norm(l)))))
      .join("\n"),
  );
  return reject(text) ?? { ok: true, text };
}

/** The nesting depth of an HTML string, counted linearly and given up past `cap`. */
export function htmlDepth(html: string, cap = MAX_DEPTH): number {
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = (m[2] ?? "").toLowerCase();
    if (
      VOID.has(name) ||
      m[3] === "/" ||
      ["meta", "link", "input", "source", "col", "area", "base", "param", "track"].includes(name)
    )
      continue;
    depth += m[1] === "/" ? -1 : 1;
    if (depth > max) max = depth;
    if (max > cap) return max;
  }
  return max;
}

/** Title text without the outlet's suffix ("Headline | Outlet", "Headline - Outlet"). */
function bareTitle(title: string): string {
  const t = normalizeInputText(decodeEntities(title));
  const m = /^(.{15,}?)\s+[|–—-]\s+[^|–—-]{2,40}$/.exec(t);
  return m?.[1] ?? t;
}

/** Extracts the main text (and title, lang, published time) of an HTML page. */
export async function htmlToText(input: string): Promise<TextResult> {
  const html = input.length > MAX_HTML ? input.slice(0, MAX_HTML) : input;
  if (hasControlChars(html, true))
    return { ok: false, error: "binary", detail: "The input contains NUL bytes: it is not HTML." };
  const meta: { title?: string; ogTitle?: string; h1?: string; lang?: string; publishedAt?: string } = {};
  if (htmlDepth(html) > MAX_DEPTH) {
    return {
      ok: false,
      error: "too-deep",
      detail: `The HTML is nested deeper than ${MAX_DEPTH} levels; send its text instead.`,
    };
  }
  const audioFigures = new Set<string>();
  const cleaned = await dropElements(html, meta, audioFigures);
  const blocks: Block[] = await collectBlocks(cleaned, audioFigures);
  const text = normalizeInputText(
    keepStory(blocks)
      .map((b) => b.text)
      .join("\n\n"),
  );
  const rejected = reject(text);
  if (rejected) return rejected;
  const title = meta.ogTitle ?? meta.h1 ?? meta.title;
  return {
    ok: true,
    text,
    ...(title ? { title: bareTitle(title) } : {}),
    ...(meta.lang ? { lang: meta.lang } : {}),
    ...(meta.publishedAt ? { publishedAt: meta.publishedAt } : {}),
  };
}

/** Pass 1: removes boilerplate elements, and reads the head (title, og:title, lang, published time). */
async function dropElements(
  html: string,
  meta: { title?: string; ogTitle?: string; h1?: string; lang?: string; publishedAt?: string },
  audioFigures: Set<string>,
) {
  let title = "";
  let h1 = "";
  let h1Done = false;
  let figure = 0;
  const openFigures: string[] = [];
  return new HTMLRewriter()
    .on("html", {
      element(e) {
        const lang = e.getAttribute("lang");
        if (lang) meta.lang = lang;
      },
    })
    .on("title", {
      text(t) {
        title += t.text;
        if (t.lastInTextNode && title.trim()) meta.title ??= title;
      },
    })
    .on("h1", {
      text(t) {
        if (h1Done) return;
        h1 += t.text;
        if (t.lastInTextNode && h1.trim()) {
          meta.h1 = normalizeInputText(decodeEntities(h1));
          h1Done = true;
        }
      },
    })
    .on("meta", {
      element(e) {
        const key = (
          e.getAttribute("property") ??
          e.getAttribute("name") ??
          e.getAttribute("itemprop") ??
          ""
        ).toLowerCase();
        const content = e.getAttribute("content");
        if (!content) return;
        if (key === "og:title") meta.ogTitle = normalizeInputText(decodeEntities(content));
        if (key === "article:published_time" || key === "datepublished" || key === "date") meta.publishedAt ??= content;
      },
    })
    .on("time[datetime]", {
      element(e) {
        const datetime = e.getAttribute("datetime");
        if (datetime) meta.publishedAt ??= datetime;
      },
    })
    .on("figure", {
      element(e) {
        const id = String(++figure);
        e.setAttribute("data-fig", id);
        openFigures.push(id);
        e.onEndTag(() => {
          openFigures.pop();
        });
      },
    })
    .on("audio, [class*='audio' i], [class*='player' i], [class*='podcast' i]", {
      element() {
        const id = openFigures[openFigures.length - 1];
        if (id) audioFigures.add(id);
      },
    })
    .on(DROP_SELECTOR, {
      element(e) {
        e.remove();
      },
    })
    .transform(new Response(html))
    .text();
}

/** Pass 2: text blocks of the cleaned page (figures holding an audio player are skipped). */
async function collectBlocks(html: string, audioFigures: ReadonlySet<string>): Promise<Block[]> {
  const blocks: Block[] = [];
  const stack: string[] = [];
  let buf = "";
  let linkChars = 0;
  let inLink = 0;
  let skip = 0;
  const flush = () => {
    const text = decodeEntities(buf).replace(/\s+/g, " ").trim();
    if (text)
      blocks.push({ tag: stack[stack.length - 1] ?? "body", text, linkChars: Math.min(linkChars, text.length) });
    buf = "";
    linkChars = 0;
  };
  const rewriter = new HTMLRewriter()
    .on(BLOCK_TAGS.join(", "), {
      element(e) {
        flush();
        if (stack.length < 10_000) stack.push(e.tagName);
        e.onEndTag(() => {
          flush();
          stack.pop();
        });
      },
    })
    .on("br, hr", {
      element() {
        flush();
      },
    })
    .on("a", {
      element(e) {
        inLink++;
        e.onEndTag(() => {
          inLink = Math.max(0, inLink - 1);
        });
      },
    })
    .on("title", {
      element(e) {
        skip++;
        e.onEndTag(() => {
          skip--;
        });
      },
    })
    .on("figure[data-fig]", {
      element(e) {
        if (!audioFigures.has(e.getAttribute("data-fig") ?? "")) return;
        skip++;
        e.onEndTag(() => {
          skip--;
        });
      },
    })
    .onDocument({
      text(t) {
        if (skip > 0) return;
        buf += t.text;
        if (inLink > 0) linkChars += t.text.trim().length;
      },
    });
  await rewriter.transform(new Response(html)).text();
  flush();
  return blocks;
}
