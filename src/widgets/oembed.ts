/** oEmbed (https://oembed.com, version 1.0): which URLs are ours, and the "rich" response. */
import type { Locale } from "../i18n/locales";
import { LOCALES } from "../i18n/locales";
import { safeDecodeURIComponent } from "../lib/decode";
import { parsePair } from "../lib/pair-key";
import type { OembedRich } from "../schemas/oembed";
import type { Theme } from "./embed-page";

/** The embed size we suggest, shrunk to the consumer's maxwidth/maxheight. */
export const OEMBED_DEFAULT = { width: 480, height: 640 } as const;

/** A URL of ours that can be embedded: a dossier page or an embed page. */
export interface OembedTarget {
  pair: string;
  lang: Locale;
  theme: Theme | undefined;
}

const PATH = /^\/(?:pairs|embed)\/([^/]+)\/?$/;
const THEMES: readonly string[] = ["light", "dark", "auto"];

/** Parses `url` as one of our embeddable URLs (same origin, /pairs/{pair} or /embed/{pair}); undefined otherwise. */
export function parseOembedTarget(url: string, origin: string): OembedTarget | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.origin !== origin) return undefined;
  const m = PATH.exec(u.pathname);
  // A malformed percent-escape is a URL that is not ours (404), never a 500.
  const parsed = m?.[1] ? parsePair(safeDecodeURIComponent(m[1]) ?? "") : undefined;
  if (!parsed?.ok) return undefined;
  const lang = u.searchParams.get("lang");
  const theme = u.searchParams.get("theme");
  return {
    pair: parsed.key,
    lang: (LOCALES as readonly string[]).includes(lang ?? "") ? (lang as Locale) : "en",
    theme: theme !== null && THEMES.includes(theme) ? (theme as Theme) : undefined,
  };
}

const escapeAttr = (s: string): string =>
  s.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** Builds the oEmbed response of a target; width and height never exceed the consumer's maxima. */
export function oembedRich(
  origin: string,
  target: OembedTarget,
  title: string,
  max: { maxwidth?: number | undefined; maxheight?: number | undefined },
): OembedRich {
  const width = Math.min(OEMBED_DEFAULT.width, max.maxwidth ?? Number.POSITIVE_INFINITY);
  const height = Math.min(OEMBED_DEFAULT.height, max.maxheight ?? Number.POSITIVE_INFINITY);
  const src = new URL(`/embed/${target.pair}`, origin);
  if (target.lang !== "en") src.searchParams.set("lang", target.lang);
  if (target.theme) src.searchParams.set("theme", target.theme);
  const html =
    `<iframe src="${escapeAttr(src.href)}" width="${width}" height="${height}" title="${escapeAttr(title)}"` +
    ` loading="lazy" style="border:0;max-width:100%" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  return {
    type: "rich",
    version: "1.0",
    title,
    provider_name: "Bilateral",
    provider_url: `${origin}/`,
    html,
    width,
    height,
    cache_age: 3600,
  };
}
