/** Small hashing helpers for deterministic ids. */

/** SHA-256 of a string as lower-case hex. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** FNV-1a 32-bit of a string (over UTF-16 code units) as an unsigned integer: the one FNV of the codebase. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** FNV-1a 32-bit of a string as 8 hex digits: cheap, deterministic, for ids that need no secrecy. */
export function fnv1a(text: string): string {
  return fnv1a32(text).toString(16).padStart(8, "0");
}
