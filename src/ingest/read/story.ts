/**
 * Pass 3 of reading a page, over its text blocks and linear: what only the blocks' words give away as no part of
 * the story (a "Most read" heading and the list after it, page furniture, captions, a block printed twice), and the
 * headline the body prints again near its start.
 */
import { CAPTION, COOKIE_BANNER, FURNITURE, NOISE_HEADING } from "./boilerplate";
import { norm } from "../match/normalize";

/** One text block of a page: its tag, its text and how much of it is link text. */
export interface Block {
  tag: string;
  text: string;
  linkChars: number;
}

/** Pass 3 (linear): drops list blocks under a noise heading, page furniture, and repeated blocks. */
export function keepStory(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let inNoiseList = false;
  for (const b of blocks) {
    const n = norm(b.text);
    const heading = /^h[1-6]$/.test(b.tag);
    const short = b.text.length <= 60;
    if ((heading || short) && NOISE_HEADING.test(n)) {
      inNoiseList = true;
      continue;
    }
    const linky = b.linkChars >= 0.5 * b.text.length;
    if (inNoiseList) {
      if (!heading && (b.tag === "li" || linky || b.tag === "ul" || b.tag === "ol")) continue;
      inNoiseList = false;
    }
    if (COOKIE_BANNER.test(n)) continue;
    if (b.text.length <= 120 && (CAPTION.test(b.text) || FURNITURE.some((r) => r.test(n)))) continue;
    const prev = out[out.length - 1];
    if (prev && norm(prev.text) === n) continue;
    out.push(b);
  }
  return out;
}

/** How many leading lines of a body may repeat its headline (a kicker or byline may sit between). */
const HEADLINE_ZONE = 4;

/** Removes the headline where the body prints it again near its start (once or twice). */
export function dropRepeatedTitle(text: string, title: string | undefined): string {
  const t = title ? norm(title) : "";
  if (!t) return text;
  const lines = text.split("\n");
  const kept: string[] = [];
  let seen = 0;
  for (const line of lines) {
    if (seen < HEADLINE_ZONE && line.trim()) {
      seen++;
      if (norm(line) === t) continue;
    }
    kept.push(line);
  }
  return kept
    .join("\n")
    .replace(/^\n+/, "")
    .replace(/\n{3,}/g, "\n\n");
}
