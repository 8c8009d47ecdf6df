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
  const found = FROM_639_3[code] ?? "und";
  return text.length < SHORT ? (byFunctionWords(text, found) ?? found) : found;
}

/** Below this many characters franc's trigrams may mistake one Romance language for another. */
const SHORT = 600;
/** Function words only one of the Romance languages we read writes (articles, conjunctions, "yesterday"). */
const OWN_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  es: new Set("y el los las del al una por con ayer hoy fue firmaron este esta entre sus".split(" ")),
  pt: new Set("e o os as do da dos das um uma no na nos nas em com ontem hoje foi assinaram ao pelo pela".split(" ")),
  it: new Set("e il lo gli le del della dei delle un una nel nella con ieri oggi è hanno firmato tra".split(" ")),
  fr: new Set("et le les des du une au aux dans avec hier aujourd ont signé entre leur".split(" ")),
};
/** A short text's own function words overrule franc's guess when they point clearly to another language. */
const MARGIN = 2;

/** The Romance language whose own function words a short text holds clearly more of than those of `guess`. */
function byFunctionWords(text: string, guess: string): string | undefined {
  if (!(guess in OWN_WORDS)) return undefined;
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  const score = (lang: string) => words.filter((w) => OWN_WORDS[lang]?.has(w)).length;
  const own = score(guess);
  const best = Object.keys(OWN_WORDS)
    .map((lang) => [lang, score(lang)] as const)
    .sort((a, b) => b[1] - a[1])[0];
  return best && best[0] !== guess && best[1] >= own + MARGIN ? best[0] : undefined;
}
