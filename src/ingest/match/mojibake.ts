/**
 * Text whose UTF-8 bytes were read as Windows-1252 or Windows-1250 by the page or feed that served it ("sÃ©curitÃ©",
 * "coopĂ©ration", "lâ€™accord", "Ø§Ù„"): each run of characters that stands for the bytes of one UTF-8 character is
 * read back as that character. A text is repaired only when at least two such runs are found, so a lone "Ã©" in a
 * name stays as written; a page's lost no-break space ("Ă Rabat" for "à Rabat") is restored in a repaired text.
 */

/** Windows-1252 at 0x80–0x9F (0xA0–0xFF are Latin-1's own code points); undefined bytes keep their C1 control. */
const CP1252_80 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
/** Windows-1250 at 0x80–0xFF. */
const CP1250_80 =
  "€\u0081‚\u0083„…†‡\u0088‰Š‹ŚŤŽŹ\u0090‘’“”•–—\u0098™š›śťžź\u00A0ˇ˘Ł¤Ą¦§¨©Ş«¬\u00AD®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙";

function byteMap(high: string, from: number): Map<string, number> {
  const map = new Map<string, number>();
  for (const [i, ch] of [...high].entries()) map.set(ch, from + i);
  return map;
}
const CP1252 = byteMap(CP1252_80, 0x80);
for (let b = 0xa0; b <= 0xff; b++) CP1252.set(String.fromCharCode(b), b);
const CP1250 = byteMap(CP1250_80, 0x80);

/**
 * Whether a character read back is one a news text holds: a letter of the scripts we read (Latin, Greek, Cyrillic,
 * Arabic letters and digits), or general punctuation, a currency sign or "™". Correct text that happens to pair such
 * bytes ("„Fuß“" is DF 93, "PIÙ”" is D9 94) reads back to NKo or a lone combining mark: no repair.
 */
function plausible(cp: number): boolean {
  return (
    (cp >= 0xa0 && cp <= 0x24f) ||
    (cp >= 0x370 && cp <= 0x4ff) ||
    (cp >= 0x620 && cp <= 0x64a) ||
    (cp >= 0x660 && cp <= 0x669) ||
    (cp >= 0x66e && cp <= 0x6d3) ||
    (cp >= 0x2000 && cp <= 0x206f) ||
    (cp >= 0x20a0 && cp <= 0x20cf) ||
    cp === 0x2122
  );
}

/** Repairs at least this many runs, or the text is left as it is. */
const MIN_RUNS = 2;

/** The text with every run of `bytes` read as UTF-8, and how many runs were read. */
function readBack(text: string, bytes: Map<string, number>): { text: string; runs: number } {
  const chars = [...text];
  let out = "";
  let runs = 0;
  for (let i = 0; i < chars.length; i++) {
    const lead = bytes.get(chars[i] ?? "");
    const length = lead === undefined ? 0 : lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
    if (lead !== undefined && length > 0 && lead <= 0xf4) {
      let cp = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
      let ok = true;
      for (let k = 1; k < length; k++) {
        const b = bytes.get(chars[i + k] ?? "");
        if (b === undefined || b < 0x80 || b > 0xbf) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (b & 0x3f);
      }
      const minimum = length === 2 ? 0x80 : length === 3 ? 0x800 : 0x10000;
      if (ok && cp >= minimum && cp <= 0x10ffff && plausible(cp)) {
        out += String.fromCodePoint(cp);
        runs++;
        i += length - 1;
        continue;
      }
    }
    out += chars[i];
  }
  return { text: out, runs };
}

/**
 * The text read back from the code page that explains most of `sample` (the text itself, or the report it belongs
 * to: a headline alone may hold one run), when one explains at least two runs there.
 */
export function repairMojibake(text: string, sample = text): string {
  // Every run starts with a character at U+00C2 or above that is no ASCII: a plain ASCII text has none.
  if (!/[\u00C2-\u00F4\u0102\u0139\u0106\u010C]/u.test(text)) return text;
  const pages = [CP1252, CP1250].map((bytes) => ({ bytes, read: readBack(sample, bytes) }));
  const page = pages.sort((a, b) => b.read.runs - a.read.runs)[0];
  if (!page || page.read.runs < MIN_RUNS) return text;
  // The text read back, already at hand when the text is its own sample.
  const best = sample === text ? page.read : readBack(text, page.bytes);
  // "à" is C3 A0: its second byte, a no-break space, is often lost to a plain space on the way.
  return best.text.replace(/[ÃĂ][ \u00A0]?(?=[ \u00A0][\p{L}\p{N}])/gu, "à").replace(/Â(?=[ \u00A0])/g, "");
}
