/**
 * Multilingual phrase matching over a prepared text (see normalize.ts). Patterns are written as
 * people write them ("plan d'autonomie", "Nur-Sultan", "المملكة المغربية"); a word ending in `*`
 * takes any ending of up to 6 letters ("marocchin*"; with the `compounds` option, 14 in German, whose compounds
 * put the field's word first). Other words take the inflection endings of the
 * pattern's language (Russian cases, German -s/-en…, plural -s), and Arabic words match with their
 * clitics (و ف ب ل ك ال) stripped. A `…` between two words lets up to MAX_GAP other words stand there,
 * within one clause ("لجنة … الحكومية المشتركة" also finds "لجنة التعاون الحكومية المشتركة"), so a phrase
 * that languages interrupt needs one pattern, not a list of variants. Every match keeps the span of the
 * original text it covers.
 */
import { arabicVariants, type MatchDoc, normalizeForMatch, spanOf, tokenize } from "./normalize";
import type { Span } from "../types";
import { ARABIC, wordForm } from "./endings";

/** One surface form and what it stands for. */
export interface LexiconEntry<T> {
  pattern: string;
  /** ISO 639-1 of the pattern (decides its inflection endings). */
  lang: string;
  data: T;
  /** `upper`: the original must be in capitals (US, UK, США); `capital`: each word the pattern capitalizes must be capitalized (Turkey ≠ turkey, La Réunion ≠ la réunion). */
  casing?: "upper" | "capital";
}

/** A match of one entry. Token indexes are into `doc.tokens`, [tokenStart, tokenEnd). */
export interface LexiconMatch<T> {
  data: T;
  pattern: string;
  tokenStart: number;
  tokenEnd: number;
  span: Span;
  /** Whether a `*` word matched (a looser match than a full word). */
  loose: boolean;
  /** Letters the pattern's stems cover: of two readings of one word, the closer stem wins (Нигерии: Нигерия, not Нигер). */
  fit?: number;
}

interface WordPattern {
  stem: string;
  /** Allowed endings after the stem; undefined = any ending up to MAX_FREE letters. */
  endings: ReadonlySet<string> | undefined;
  /** Whether the pattern writes this word with a capital (checked under `casing: "capital"`). */
  capital: boolean;
  /** How many other words may stand before this one (a `…` in the pattern); 0 = it follows at once. */
  gap: number;
  /** Letters a `*` word takes after its stem (German compounds take more: Energie* → Energiepartnerschaft). */
  free?: number;
}

interface Compiled<T> {
  words: WordPattern[];
  entry: LexiconEntry<T>;
  loose: boolean;
}

const MAX_FREE = 6;
/** German writes a field's word as the head of a compound (Sicherheitsfragen, Verteidigungspolitik). */
const MAX_FREE_COMPOUND = 14;
/** Words a `…` may skip: enough for an inserted qualifier ("of mutual", "التعاون"), not for another clause. */
export const MAX_GAP = 3;
const GAP = /^(…|\.\.\.)$/;
/** Punctuation that ends a clause: a gap never spans it. */
const CLAUSE_BREAK = /[.;:!?؛؟\n]/;
/** How a lexicon reads its patterns. */
export interface LexiconOptions {
  /** German `*` words also match as the head of a compound (Energie* → Energiepartnerschaft). */
  compounds?: boolean;
}

/** Compiles one pattern into word patterns (undefined when it normalizes to nothing). */
function compile<T>(entry: LexiconEntry<T>, options: LexiconOptions = {}): Compiled<T> | undefined {
  const words: WordPattern[] = [];
  let loose = false;
  let gap = 0;
  const raws = entry.pattern.trim().split(/\s+/);
  const lastWord = raws.findLastIndex((r) => !GAP.test(r));
  raws.forEach((raw, r) => {
    if (GAP.test(raw)) {
      if (words.length > 0) gap = MAX_GAP;
      return;
    }
    const free = raw.endsWith("*");
    const word = free ? raw.slice(0, -1) : raw;
    const { norm: n, map } = normalizeForMatch(word);
    const toks = tokenize(n);
    toks.forEach((t, i) => {
      const firstChar = word[map[t.start] ?? 0] ?? "";
      const capital = firstChar !== firstChar.toLowerCase();
      let stem = t.text;
      const arabic = /^[\u0621-\u064A]/.test(stem);
      // Arabic: the article is matched as a clitic, so the pattern keeps the bare word.
      if (arabic && stem.startsWith("ال") && stem.length > 3) stem = stem.slice(2);
      const g = i === 0 ? gap : 0;
      if (free && i === toks.length - 1) {
        loose = true;
        const word: WordPattern = { stem, endings: undefined, capital, gap: g };
        if (options.compounds && entry.lang === "de") word.free = MAX_FREE_COMPOUND;
        words.push(word);
      } else if (arabic) {
        words.push({ stem, endings: ARABIC, capital, gap: g });
      } else {
        // A word before the name's last one may be its adjective (Новая Зеландия, Vereinigtes Königreich).
        const attribute = r < lastWord || i < toks.length - 1;
        words.push({ ...wordForm(stem, entry.lang, attribute), capital, gap: g });
      }
    });
    gap = 0;
  });
  return words.length ? { words, entry, loose } : undefined;
}

function wordMatches(p: WordPattern, variants: readonly string[]): boolean {
  for (const v of variants) {
    if (!v.startsWith(p.stem)) continue;
    const rest = v.length - p.stem.length;
    if (p.endings ? p.endings.has(v.slice(p.stem.length)) : rest <= (p.free ?? MAX_FREE)) return true;
  }
  return false;
}

/** Checks the case rule of an entry on the original text of a match. */
function casingOk<T>(doc: MatchDoc, c: Compiled<T>, at: readonly number[], span: Span): boolean {
  const casing = c.entry.casing;
  if (!casing) return true;
  if (casing === "upper") {
    const letters = span.text.match(/\p{L}/gu) ?? [];
    return letters.length > 0 && letters.every((l) => l !== l.toLowerCase());
  }
  // "capital": every word the pattern capitalizes is capitalized in the text.
  return c.words.every((w, k) => {
    if (!w.capital) return true;
    const tok = doc.tokens[at[k] ?? -1];
    const ch = tok ? (doc.text[doc.map[tok.start] ?? -1] ?? "") : "";
    return ch !== ch.toLowerCase();
  });
}

const variantCache = new WeakMap<MatchDoc, string[][]>();
/** The clitic variants of each token of a text, computed once per text for all lexicons. */
function variantsOf(doc: MatchDoc): string[][] {
  let v = variantCache.get(doc);
  if (!v) {
    v = doc.tokens.map((t) => arabicVariants(t.text));
    variantCache.set(doc, v);
  }
  return v;
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  /** Entries whose first word's stem ends at this node. */
  here: Compiled<T>[];
}

/** A compiled set of patterns. Build once per module (it is immutable) and match many texts. */
export class Lexicon<T> {
  /** First-word stems in a character trie: a word finds every stem it starts with in one walk. */
  private readonly root: TrieNode<T> = { next: new Map(), here: [] };

  constructor(entries: Iterable<LexiconEntry<T>>, options: LexiconOptions = {}) {
    for (const e of entries) {
      const c = compile(e, options);
      const first = c?.words[0];
      if (!c || !first) continue;
      let node = this.root;
      for (let i = 0; i < first.stem.length; i++) {
        const code = first.stem.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) {
          child = { next: new Map(), here: [] };
          node.next.set(code, child);
        }
        node = child;
      }
      node.here.push(c);
    }
  }

  /**
   * Every match in `doc`. With `overlap: false` (the default) overlapping matches are resolved
   * longest first (so "Guinea-Bissau" wins over "Guinea", "food security" over "security").
   */
  match(doc: MatchDoc, options: { overlap?: boolean } = {}): LexiconMatch<T>[] {
    const variants = variantsOf(doc);
    const found: LexiconMatch<T>[] = [];
    for (let i = 0; i < doc.tokens.length; i++) {
      const seen = new Set<Compiled<T>>();
      for (const v of variants[i] ?? []) {
        let node: TrieNode<T> | undefined = this.root;
        for (let k = 0; k < v.length && node; k++) {
          node = node.next.get(v.charCodeAt(k));
          for (const c of node?.here ?? []) {
            if (seen.has(c)) continue;
            seen.add(c);
            const m = this.tryAt(doc, variants, i, c);
            if (m) found.push(m);
          }
        }
      }
    }
    if (options.overlap) return found.sort((a, b) => a.span.start - b.span.start);
    return resolveOverlaps(found);
  }

  private tryAt(doc: MatchDoc, variants: string[][], i: number, c: Compiled<T>): LexiconMatch<T> | undefined {
    const at = placeWords(doc, variants, c.words, 0, i);
    const end = at?.at(-1);
    if (!at || end === undefined) return undefined;
    const first = doc.tokens[i];
    const last = doc.tokens[end];
    if (!first || !last) return undefined;
    const span = spanOf(doc, first.start, last.end);
    if (!casingOk(doc, c, at, span)) return undefined;
    return {
      data: c.entry.data,
      pattern: c.entry.pattern,
      tokenStart: i,
      tokenEnd: end + 1,
      span,
      loose: c.loose,
      fit: c.words.reduce((n, w) => n + w.stem.length, 0),
    };
  }
}

/**
 * The token index of each word from `words[k]` on, the first placed at `pos`; a word with a gap may also sit
 * up to `gap` tokens later, never across a clause break. The nearest placement wins.
 */
function placeWords(
  doc: MatchDoc,
  variants: string[][],
  words: readonly WordPattern[],
  k: number,
  pos: number,
): number[] | undefined {
  const w = words[k];
  if (!w) return [];
  const reach = k === 0 ? 0 : w.gap;
  for (let p = pos; p <= pos + reach; p++) {
    const vs = variants[p];
    if (!vs) return undefined;
    if (reach > 0 && clauseBreakBetween(doc, p - 1, p)) return undefined;
    if (!wordMatches(w, vs)) continue;
    const rest = placeWords(doc, variants, words, k + 1, p + 1);
    if (rest) return [p, ...rest];
  }
  return undefined;
}

/** Whether the original text between tokens `a` and `b` (a before b) ends a clause. */
function clauseBreakBetween(doc: MatchDoc, a: number, b: number): boolean {
  const ta = doc.tokens[a];
  const tb = doc.tokens[b];
  if (!ta || !tb) return true;
  const from = spanOf(doc, ta.start, ta.end).end;
  const to = doc.map[tb.start] ?? from;
  return CLAUSE_BREAK.test(doc.text.slice(from, to));
}

/** The token indexes the matches cover (a token another reading already took). */
export function coveredTokens(matches: readonly { tokenStart: number; tokenEnd: number }[]): Set<number> {
  const out = new Set<number>();
  for (const m of matches) for (let i = m.tokenStart; i < m.tokenEnd; i++) out.add(i);
  return out;
}

/** Keeps the longest of overlapping matches (then full words over `*` words, then the closer stems, then the earliest). */
export function resolveOverlaps<T>(found: LexiconMatch<T>[]): LexiconMatch<T>[] {
  const ranked = [...found].sort(
    (a, b) =>
      b.tokenEnd - b.tokenStart - (a.tokenEnd - a.tokenStart) ||
      Number(a.loose) - Number(b.loose) ||
      b.span.end - b.span.start - (a.span.end - a.span.start) ||
      (b.fit ?? 0) - (a.fit ?? 0) ||
      a.tokenStart - b.tokenStart,
  );
  const taken: LexiconMatch<T>[] = [];
  for (const m of ranked) {
    if (taken.some((t) => m.tokenStart < t.tokenEnd && t.tokenStart < m.tokenEnd)) continue;
    taken.push(m);
  }
  return taken.sort((a, b) => a.span.start - b.span.start);
}

/** Entries for every pattern of a `{ lang: patterns[] }` map. */
export function entriesOf<T>(byLang: Readonly<Record<string, readonly string[]>>, data: T): LexiconEntry<T>[] {
  const out: LexiconEntry<T>[] = [];
  for (const [lang, patterns] of Object.entries(byLang)) {
    for (const pattern of patterns) out.push({ pattern, lang, data });
  }
  return out;
}
