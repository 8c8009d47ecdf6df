/**
 * /favicon.ico: browsers ask for it on every first visit, and a 404 logs a console error. The icon is a
 * 16×16 32-bit ICO built once from code (two overlapping discs: a pair), so no binary file lives in the repo.
 */
import { Hono } from "hono";
import type { AppEnv } from "../http/env";
import { defineRoute } from "../openapi/registry";

const SIZE = 16;

/** The icon's colour at pixel (x, y), top-left origin, as [r, g, b, a]. */
function pixel(x: number, y: number): [number, number, number, number] {
  const inDisc = (cx: number, cy: number) => (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= 5.2 ** 2;
  const left = inDisc(6, 8);
  const right = inDisc(10, 8);
  if (left && right) return [0x1d, 0x23, 0x2b, 0xff];
  if (left) return [0x0b, 0x5c, 0xad, 0xff];
  if (right) return [0x2e, 0x9e, 0x6b, 0xff];
  return [0, 0, 0, 0];
}

/** Builds the ICO file: ICONDIR, one ICONDIRENTRY, a BITMAPINFOHEADER, bottom-up BGRA pixels and an empty AND mask. */
export function buildFavicon(): Uint8Array {
  const pixels = SIZE * SIZE * 4;
  const mask = SIZE * 4; // one bit per pixel, rows padded to 32 bits: 4 bytes × 16 rows
  const image = 40 + pixels + mask;
  const buf = new Uint8Array(6 + 16 + image);
  const view = new DataView(buf.buffer);
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, 1, true); // one image
  view.setUint8(6, SIZE);
  view.setUint8(7, SIZE);
  view.setUint16(10, 1, true); // planes
  view.setUint16(12, 32, true); // bits per pixel
  view.setUint32(14, image, true);
  view.setUint32(18, 22, true); // offset of the image
  const h = 22;
  view.setUint32(h, 40, true);
  view.setInt32(h + 4, SIZE, true);
  view.setInt32(h + 8, SIZE * 2, true); // ICO bitmaps count the AND mask in their height
  view.setUint16(h + 12, 1, true);
  view.setUint16(h + 14, 32, true);
  view.setUint32(h + 20, pixels + mask, true);
  let at = h + 40;
  for (let y = SIZE - 1; y >= 0; y--) {
    for (let x = 0; x < SIZE; x++) {
      const [r, g, b, a] = pixel(x, y);
      buf.set([b, g, r, a], at);
      at += 4;
    }
  }
  return buf;
}

const ICON = buildFavicon();

export const favicon = new Hono<AppEnv>();

favicon.get(
  defineRoute({
    method: "get",
    path: "/favicon.ico",
    summary: "The site icon",
    tags: ["meta"],
    responses: { 200: { description: "A 16×16 icon", contentType: "image/x-icon" } },
  }).path,
  (c) => c.body(ICON.slice(), 200, { "content-type": "image/x-icon", "cache-control": "public, max-age=86400" }),
);
