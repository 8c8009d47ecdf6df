/**
 * Near-duplicate fingerprints: MinHash over word 3-shingles of the matching form of a text, and
 * LSH band keys (a syndicated copy shares at least one band with its original with high probability:
 * 16 bands × 4 rows put the 50 % point at a Jaccard similarity of about 0.5). Hashes are our own
 * (FNV-1a, then a murmur3 finalizer per seed), so signatures are stable across runs and isolates.
 */
import { fnv1a32 } from "../../lib/hash";
import { norm } from "../match/normalize";

export const PERMUTATIONS = 64;
export const BANDS = 16;
const ROWS = PERMUTATIONS / BANDS;

/** murmur3's 32-bit finalizer: spreads a hash mixed with a seed. */
function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: PERMUTATIONS }, (_, i) => fmix32(0x9e3779b9 + i * 0x632be5ab));

/** Word 3-shingles of a text's matching form (single words when it has fewer than 3). */
export function shingles(text: string): Set<string> {
  const words = norm(text).split(" ").filter(Boolean);
  const out = new Set<string>();
  if (words.length < 3) {
    for (const w of words) out.add(w);
    return out;
  }
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

/** The MinHash signature of a text (PERMUTATIONS unsigned 32-bit values). */
export function minhash(text: string): number[] {
  const sig = new Array<number>(PERMUTATIONS).fill(0xffffffff);
  for (const sh of shingles(text)) {
    const base = fnv1a32(sh);
    for (let i = 0; i < PERMUTATIONS; i++) {
      const v = fmix32(base ^ (SEEDS[i] ?? 0));
      if (v < (sig[i] ?? 0xffffffff)) sig[i] = v;
    }
  }
  return sig;
}

/** LSH band keys of a signature: 'b<band>:<hex hash of its rows>'. */
export function bands(sig: readonly number[]): string[] {
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix32(Math.imul(h, 0x01000193) ^ (sig[b * ROWS + r] ?? 0));
    out.push(`b${b}:${h.toString(16).padStart(8, "0")}`);
  }
  return out;
}

/** Estimated Jaccard similarity of two signatures (share of equal positions). */
export function similarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** SHA-256 hex of the matching form of a text: the same report, reformatted, hashes the same. */
export async function contentHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(norm(text)));
  return [...new Uint8Array(digest)].map((x) => x.toString(16).padStart(2, "0")).join("");
}
