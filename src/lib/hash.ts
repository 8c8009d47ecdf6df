/** Small hashing helpers for deterministic ids. */

/** FNV-1a 32-bit of a string as 8 hex digits: cheap, deterministic, for ids that need no secrecy. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}
