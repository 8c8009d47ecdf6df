/**
 * Text normalizing for matching. The matching form (`norm`) is lower case, without Latin diacritics,
 * with Arabic folded (harakat and tatweel dropped, alef/hamza/yeh variants merged, Eastern digits
 * made ASCII) and every run of non-letters collapsed to one space. `map` leads each `norm` offset
 * back to the original text, so a match in `norm` becomes a `Span` of the analysed text.
 */
import type { Span } from "../types";
import { repairMojibake } from "./mojibake";
import { continues, hardWrapped, wrapsAt } from "./sentence-breaks";

/** A string in matching form, with the original offset of each of its code units. */
export interface Normalized {
  norm: string;
  /** `map[i]` is the original offset of `norm[i]`; `map[norm.length]` is the original length. */
  map: Int32Array;
}

/** A word of `norm`: [start, end) in `norm` offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Punctuation that ends a clause: a mark between two words puts them in different clauses. */
export const CLAUSE_BREAK = /[,;:.!?؛،\n]/;

/** A sentence of the original text: [start, end) in original offsets. */
export interface Sentence {
  start: number;
  end: number;
}

/** A text prepared once for every matcher: the original, its matching form, words and sentences. */
export interface MatchDoc {
  text: string;
  norm: string;
  map: Int32Array;
  tokens: Token[];
  sentences: Sentence[];
}

const HARAKAT = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/u;
const MARK = /\p{M}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const INVISIBLE = /[\u00AD\u200B-\u200D\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;

/** Arabic letters merged for matching (after NFKD has split hamza carriers off alef, waw and yeh). */
const ARABIC_FOLD: Readonly<Record<string, string>> = {
  "\u0671": "\u0627", // ٱ → ا
  "\u0649": "\u064A", // ى → ي
  "\u06CC": "\u064A", // Persian yeh → ي
  "\u06A9": "\u0643", // Persian kaf → ك
};

/** Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits to ASCII; length-preserving. */
export function foldDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String.fromCharCode(48 + (c >= 0x06f0 ? c - 0x06f0 : c - 0x0660));
  });
}

/** Arabic normalizing for display-independent comparison: NFKC, harakat/tatweel out, letters folded, digits ASCII. */
export function normalizeArabic(s: string): string {
  return foldDigits(s.normalize("NFKC"))
    .replace(new RegExp(HARAKAT.source, "gu"), "")
    .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
    .replace(/\u0624/g, "\u0648")
    .replace(/[\u0626\u0649]/g, "\u064A");
}

/**
 * Input text cleaning (what `Analysis.text` is made of): UTF-8 read as a Windows code page read back (mojibake.ts),
 * NFKC, invisible marks out, whitespace collapsed.
 */
export function normalizeInputText(s: string): string {
  return repairMojibake(s)
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[^\S\n]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Folds one code point to its matching form ("" to drop it, " " for a separator). */
function foldChar(ch: string): string {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x80) {
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) return ch;
    if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 32);
    return " ";
  }
  if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) return foldDigits(ch);
  if (HARAKAT.test(ch)) return "";
  let out = "";
  for (const part of ch.toLowerCase().normalize("NFKD")) {
    if (MARK.test(part) || HARAKAT.test(part)) continue;
    const folded = ARABIC_FOLD[part] ?? part;
    out += WORD_CHAR.test(folded) ? folded : " ";
  }
  return out;
}

const foldCache = new Map<number, string>();
const ASCII_WORD = /^[A-Za-z0-9]+$/;

/** The matching form of `s` and its offset map (see the module comment). */
export function normalizeForMatch(s: string): Normalized {
  // A plain ASCII word (most lexicon words, many text tokens) maps one to one: no folding to do.
  if (ASCII_WORD.test(s)) {
    const map = new Int32Array(s.length + 1);
    for (let i = 0; i <= s.length; i++) map[i] = i;
    return { norm: s.toLowerCase(), map };
  }
  const codes: number[] = [];
  const offsets: number[] = [];
  let lastSpace = true;
  const emit = (code: number, at: number) => {
    if (code === 32) {
      if (lastSpace) return;
      lastSpace = true;
    } else {
      lastSpace = false;
    }
    codes.push(code);
    offsets.push(at);
  };
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) emit(c, i);
      else if (c >= 0x41 && c <= 0x5a) emit(c + 32, i);
      else emit(32, i);
      i++;
      continue;
    }
    const cp = s.codePointAt(i) ?? c;
    let folded = foldCache.get(cp);
    if (folded === undefined) {
      folded = foldChar(String.fromCodePoint(cp));
      foldCache.set(cp, folded);
    }
    for (let k = 0; k < folded.length; k++) emit(folded.charCodeAt(k), i);
    i += cp > 0xffff ? 2 : 1;
  }
  if (codes[codes.length - 1] === 32) {
    codes.pop();
    offsets.pop();
  }
  const map = new Int32Array(offsets.length + 1);
  map.set(offsets);
  map[offsets.length] = s.length;
  let out = "";
  for (let k = 0; k < codes.length; k += 8192) out += String.fromCharCode(...codes.slice(k, k + 8192));
  return { norm: out, map };
}

/** The matching form only (for lexicon patterns and hashing). */
export function norm(s: string): string {
  return normalizeForMatch(s).norm;
}

/** Words of a matching-form string. */
export function tokenize(n: string): Token[] {
  const out: Token[] = [];
  let start = 0;
  for (let i = 0; i <= n.length; i++) {
    if (i === n.length || n[i] === " ") {
      if (i > start) out.push({ text: n.slice(start, i), start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/**
 * A period after these ends no sentence: a single letter (an initial, Latin or Cyrillic: "J. Smith", "С. Лавров"; an
 * Arabic title, "د." for doctor, "م." for engineer), titles and month abbreviations.
 */
const ABBREVIATION =
  /(?:^|[\s(])(?:[A-Za-zА-ЯЁ\u0621-\u064A]|Mr|Mrs|Ms|Dr|St|Mt|No|Nos|Art|Gen|Col|Sen|Rep|Prof|Jr|Sr|Mme|Mlle|MM|Sig|Dott|Hon|vs|etc|[A-Z]\.[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/** A German ordinal date ("am 2. Juni"): its period ends no sentence. */
const ORDINAL_DATE =
  /^\.\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/u;

/**
 * Sentence spans of a text: ends at . ! ? ؟ … (and a middle dot after a word) before a capital, digit, quote or
 * Arabic letter, and at line breaks,
 * except a single one inside a clause (a hard-wrapped line: a lower-case word after it).
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  // A text hard-wrapped at a fixed width breaks its sentences at single line breaks that are no boundaries.
  const wrapped = hardWrapped(text);
  // A middle dot right after a word is a stop in some outlets' copy ("…للجزائر· ويتعلق"); one between spaces
  // separates menu entries, and one inside a word is Catalan's "l·l".
  const boundary =
    /\n{2,}|\n(?![^\S\n]*\p{Ll})|(?:[.!?؟…]+|(?<=\p{L})·)["»”’)]*(?=\s+["«“(]?[\p{Lu}\p{N}\u0600-\u06FF])/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === ".") {
      const before = text.slice(Math.max(0, m.index - 6), m.index);
      if (ABBREVIATION.test(before)) continue;
      if (/(?:^|\s)\d{1,2}$/.test(before) && ORDINAL_DATE.test(text.slice(m.index, m.index + 16))) continue;
    }
    if (m[0][0] === "\n" && continues(text, start, m.index, end)) continue;
    if (m[0] === "\n" && wrapped && wrapsAt(text, m.index)) continue;
    push(end);
    start = end;
  }
  push(text.length);
  return out;
}

/** Prepares a text for matching. */
export function prepare(text: string): MatchDoc {
  const { norm: n, map } = normalizeForMatch(text);
  return { text, norm: n, map, tokens: tokenize(n), sentences: sentences(text) };
}

/** The span of the original text covered by `norm` offsets [start, end). */
export function spanOf(doc: Pick<MatchDoc, "text" | "map">, normStart: number, normEnd: number): Span {
  const start = doc.map[normStart] ?? doc.text.length;
  const lastChar = doc.map[Math.max(normStart, normEnd - 1)] ?? start;
  // The end of the last matched original character (a surrogate pair or a decomposed letter spans more than one unit).
  let end = lastChar + 1;
  const cp = doc.text.codePointAt(lastChar) ?? 0;
  if (cp > 0xffff) end = lastChar + 2;
  while (end < doc.text.length && MARK.test(doc.text[end] ?? "")) end++;
  return { start, end, text: doc.text.slice(start, end) };
}

/** The original text between two spans, whichever comes first (empty when they touch or overlap). */
export function textBetween(doc: Pick<MatchDoc, "text">, a: Span, b: Span): string {
  return doc.text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
}

/** The sentence of `doc` containing an original offset. */
export function sentenceAt(doc: Pick<MatchDoc, "sentences">, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

const ARABIC_LETTER = /[\u0621-\u064A]/;

/**
 * Candidate stems of an Arabic word with its clitics stripped: conjunction و/ف, preposition ب/ل/ك,
 * article ال (لل = ل + ال). The word itself comes first; callers try each (a name may start with
 * one of those letters, as كازاخستان does).
 */
export function arabicVariants(word: string): string[] {
  if (!ARABIC_LETTER.test(word[0] ?? "")) return [word];
  const out = new Set<string>([word]);
  const conj = [word];
  if ((word[0] === "و" || word[0] === "ف") && word.length > 3) conj.push(word.slice(1));
  for (const w of conj) {
    out.add(w);
    const prep = [w];
    if (w.startsWith("لل") && w.length > 4) out.add(w.slice(2));
    if ((w[0] === "ب" || w[0] === "ل" || w[0] === "ك") && w.length > 3) prep.push(w.slice(1));
    for (const p of prep) {
      out.add(p);
      if (p.startsWith("ال") && p.length > 3) out.add(p.slice(2));
    }
  }
  return [...out];
}

/** Whether a string is mostly Arabic script. */
export function isArabicWord(word: string): boolean {
  return ARABIC_LETTER.test(word[0] ?? "");
}
