/**
 * Language of a report: the declared language wins (BCP 47 reduced to its primary subtag); else the
 * script decides when it is Arabic or Cyrillic; else franc-min, restricted to the languages the
 * lexicons cover. Answers ISO 639-1, or 'und' when nothing can be said.
 */
import { franc } from "franc-min";

/** ISO 639-3 (franc) → ISO 639-1 for the languages we detect. */
const FROM_639_3: Readonly<Record<string, string>> = {
  eng: "en",
  fra: "fr",
  arb: "ar",
  ara: "ar",
  ita: "it",
  spa: "es",
  rus: "ru",
  por: "pt",
  deu: "de",
};
const ONLY = Object.keys(FROM_639_3).filter((k) => k !== "ara");

/** The primary language subtag of a BCP 47 tag ('fr-MA' → 'fr', 'ara' → 'ar'), or undefined if malformed. */
export function primaryLanguage(tag: string | undefined): string | undefined {
  const m = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*\s*$/.exec(tag ?? "");
  const primary = m?.[1]?.toLowerCase();
  if (!primary) return undefined;
  return primary.length === 3 ? (FROM_639_3[primary] ?? primary) : primary;
}

/** The script that makes up most of the letters ('arabic', 'cyrillic', 'latin' or 'other'). */
export function dominantScript(text: string): "arabic" | "cyrillic" | "latin" | "other" {
  const sample = text.slice(0, 5000);
  const arabic = sample.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const max = Math.max(arabic, cyrillic, latin);
  if (max === 0) return "other";
  if (max === arabic) return "arabic";
  if (max === cyrillic) return "cyrillic";
  return "latin";
}

/** Detects the language of a text, honouring a declared one. */
export function detectLanguage(text: string, declared?: string): string {
  const given = primaryLanguage(declared);
  if (given) return given;
  const script = dominantScript(text);
  if (script === "arabic") return "ar";
  if (script === "cyrillic") return "ru";
  const code = franc(text.slice(0, 4000), { only: ONLY, minLength: 10 });
  return FROM_639_3[code] ?? "und";
}
