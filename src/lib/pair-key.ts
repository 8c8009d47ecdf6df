/**
 * Pair keys: two ISO 3166-1 alpha-2 codes, sorted, joined by '-' ('KZ-MA').
 * Any order and any case are understood; `canonical` says whether the input was already canonical,
 * so routes can answer 308 to the canonical URL.
 */
import { ISO_ALPHA2 } from "./iso3166";

export type PairParse =
  | { ok: true; key: string; codes: [string, string]; canonical: boolean }
  | { ok: false; reason: string };

const SHAPE = /^([A-Za-z]{2})-([A-Za-z]{2})$/;

/** Parses a pair as typed by a user. */
export function parsePair(input: string): PairParse {
  const m = SHAPE.exec(input);
  if (!m?.[1] || !m[2]) {
    return { ok: false, reason: "A pair is two ISO 3166-1 alpha-2 country codes joined by '-', such as KZ-MA." };
  }
  const x = m[1].toUpperCase();
  const y = m[2].toUpperCase();
  for (const code of [x, y]) {
    if (!ISO_ALPHA2.has(code)) return { ok: false, reason: `'${code}' is not an ISO 3166-1 alpha-2 country code.` };
  }
  if (x === y) return { ok: false, reason: "A pair needs two different countries." };
  const codes: [string, string] = x < y ? [x, y] : [y, x];
  const key = `${codes[0]}-${codes[1]}`;
  return { ok: true, key, codes, canonical: key === input };
}

/** The canonical key of two codes, or undefined when they do not make a pair. */
export function pairKey(a: string, b: string): string | undefined {
  const r = parsePair(`${a}-${b}`);
  return r.ok ? r.key : undefined;
}
