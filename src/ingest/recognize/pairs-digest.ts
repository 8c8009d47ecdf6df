/**
 * Digests: a report whose paragraphs each tell their own pair's story ("Morocco and Kazakhstan signed…",
 * then "Egypt and Russia agreed…"). A paragraph gives its pair when both countries open it, are bonded in it,
 * and dominate it; and the pair's countries are mostly confined to the paragraphs that give it, so a
 * background paragraph of an ordinary report ("Kazakhstan and China signed a similar deal") gives nothing —
 * unless the paragraph opens by turning to another story ("In other news, …"): then only its new country
 * must be confined to it, the other may be a country of the first story.
 * A report of one country's dealings "with several countries" gives each partner it names "between X and Y".
 */
import { pairKey } from "../../lib/pair-key";
import { arabicVariants, type MatchDoc, norm, sentenceAt } from "../match/normalize";
import type { PairHit } from "../types";
import type { CountryScan } from "./countries";
import { inZones } from "./noise-zones";
import { type Bond, cueOffsets, twoSidesRefs } from "./pair-cues";

/** A mention in a paragraph's first sentence counts this much more. */
const OPENING_FACTOR = 1.5;
/** A third country in the paragraph may reach this share of the pair's weaker side. */
const LOCAL_DOMINANCE = 0.5;
/** Share of each country's salience that must lie in the paragraphs giving its pair. */
const CONFINED = 0.7;
/** The adjective "bilateral" among the two-sides cues: it refers to no pair told before. */
const BILATERAL = /^(?:bilat|двусторон|ثنائي|الثنائي)/iu;
/**
 * Words at most between "the two countries" and the countries it stands in apposition to ("Os dois países vizinhos
 * Chile e Peru").
 */
const APPOSITION_WORDS = 3;
/** A story-break cue opens a paragraph when it starts within this many characters of it. */
const OPENER_CHARS = 12;

/** A paragraph (a non-empty line outside page noise) and the end of its first sentence. */
export interface Paragraph {
  start: number;
  end: number;
  opening: number;
}

/** The paragraphs of a text, in order. */
export function paragraphsOf(doc: MatchDoc, scan: CountryScan): Paragraph[] {
  const out: Paragraph[] = [];
  let at = 0;
  for (const line of doc.text.split("\n")) {
    const start = at;
    at += line.length + 1;
    const lead = line.length - line.trimStart().length;
    if (!line.trim() || inZones(scan.noise, start + lead)) continue;
    const first = sentenceAt(doc, start + lead);
    out.push({ start, end: start + line.length, opening: Math.min(first?.end ?? start + line.length, at - 1) });
  }
  return out;
}

/** The pairs of a digest, best first; fewer than two means the report is no digest. */
export function digestPairs(doc: MatchDoc, scan: CountryScan, bonds: readonly Bond[]): PairHit[] {
  return digestGroups(doc, scan, bonds).map(({ key, score }) => ({ key, score }));
}

/** The pairs of paragraphs that open on another story ("In other news, …"): each is a pair beside the report's own. */
export function storyBreakPairs(doc: MatchDoc, scan: CountryScan, bonds: readonly Bond[]): PairHit[] {
  return digestGroups(doc, scan, bonds)
    .filter((g) => g.fresh)
    .map(({ key, score }) => ({ key, score }));
}

/**
 * Whether an offset lies in a parenthetical aside of its line ("la gira … (los otros dos son Mauritania y Senegal)",
 * "agrupa a 33 países —todo el continente salvo Estados Unidos y Canadá— y nace…").
 */
function inAside(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const newline = text.indexOf("\n", at);
  const lineEnd = newline < 0 ? text.length : newline;
  const open = text.lastIndexOf("(", at);
  if (open >= lineStart && text.lastIndexOf(")", at) < open) {
    const close = text.indexOf(")", at);
    if (close >= 0 && close < lineEnd) return true;
  }
  // Between two em dashes of one sentence, an aside too: the opening one past a dateline's ("MOSCOW — …"), the aside
  // short, no sentence's end within it (a single dash, or an en dash, opens none: "Chile—Perú", "…, – сообщили").
  const open2 = text.lastIndexOf("—", at);
  const close2 = text.indexOf("—", at);
  const prefix = open2 >= lineStart ? text.slice(lineStart, open2) : "";
  return (
    !prefix.includes("(") &&
    prefix.split(/\s+/).filter(Boolean).length >= DATELINE_WORDS &&
    close2 > at &&
    close2 < lineEnd &&
    close2 - open2 <= ASIDE_CHARS &&
    !/[.!?]/.test(text.slice(open2, close2)) &&
    (text.slice(lineStart, open2).match(/—/g) ?? []).length % 2 === 0
  );
}
/** A dateline's dash follows fewer words than this, or a bracket ("MOSCOW —", "RABAT, 28 Feb (MAP) —"). */
const DATELINE_WORDS = 5;
/** An aside between dashes is at most this long. */
const ASIDE_CHARS = 120;

/**
 * Conflict nouns (in matching form) that make the countries named right after them what two others spoke of ("shared
 * views on the war between Israel and the Palestinians", "بشأن الحرب بين إسرائيل وحركة حماس"), not a pair meeting.
 */
const CONFLICT = new Set(
  [
    "war conflict crisis fighting ceasefire tensions aggression",
    "guerre conflit crise combats cessez tensions",
    "guerra conflicto crisis combates tensiones agresion",
    "conflito crise combates tensoes agressao",
    "conflitto crisi combattimenti tensioni",
    "krieg krieges konflikt konflikts krise kampfe spannungen",
    "война войны войне конфликт конфликта кризис",
    "الحرب حرب النزاع الصراع الأزمة العدوان الاقتتال",
  ]
    .flatMap((w) => w.split(" "))
    .map(norm),
);
/** How many words before the first of the two countries a conflict noun may stand, in its clause. */
const CONFLICT_REACH = 4;

/**
 * Whether a paragraph's pair, bonded by sharing a sentence with a meeting word or by "between", is named right after a
 * conflict noun: the subject of another pair's talks.
 */
function talkedAbout(doc: MatchDoc, scan: CountryScan, d: Bond, p: Paragraph): boolean {
  const sentence = sentenceAt(doc, d.start);
  if (!sentence) return false;
  const first = scan.mentions
    .filter((m) => (m.code === d.a || m.code === d.b) && m.span.start >= sentence.start && m.span.start < sentence.end)
    .sort((x, y) => x.span.start - y.span.start)[0];
  if (!first || first.span.start < p.start) return false;
  for (let i = first.tokenStart - 1; i >= 0 && i >= first.tokenStart - CONFLICT_REACH; i--) {
    const t = doc.tokens[i];
    const at = t ? (doc.map[t.start] ?? 0) : 0;
    if (!t || at < sentence.start || /[,;:.!?،؛]/u.test(doc.text.slice(at, first.span.start))) break;
    if (arabicVariants(t.text).some((w) => CONFLICT.has(w))) return true;
  }
  return false;
}

function digestGroups(doc: MatchDoc, scan: CountryScan, bonds: readonly Bond[]): (PairHit & { fresh: boolean })[] {
  const paragraphs = paragraphsOf(doc, scan);
  if (paragraphs.length < 2) return [];
  const totals = new Map<string, number>();
  const groups = new Map<string, { x: string; y: string; local: Map<string, number>; fresh: boolean }>();
  const breaks = cueOffsets(doc, "story-break", scan.noise);
  // "The two sides", "des deux pays", "الجانبين" (not the adjective "bilateral"): the pair of the story told so far.
  const backRefs = twoSidesRefs(doc, scan.noise).filter((r) => !BILATERAL.test(r.text));
  for (const p of paragraphs) {
    const local = new Map<string, number>();
    const opening = new Set<string>();
    for (const m of scan.mentions) {
      if (m.span.start < p.start || m.span.start >= p.end) continue;
      // Countries named in an aside ("(los otros dos son Mauritania y Senegal)") are no story of the paragraph.
      if (inAside(doc.text, m.span.start)) continue;
      const inOpening = m.span.start < p.opening;
      if (inOpening) opening.add(m.code);
      local.set(m.code, (local.get(m.code) ?? 0) + m.base * (inOpening ? OPENING_FACTOR : 1));
    }
    for (const [c, s] of local) totals.set(c, (totals.get(c) ?? 0) + s);
    const [a, b, c] = [...local].sort((u, v) => v[1] - u[1] || u[0].localeCompare(v[0]));
    if (!a || !b || !opening.has(a[0]) || !opening.has(b[0])) continue;
    if (c && c[1] > LOCAL_DOMINANCE * b[1]) continue;
    const bonded = bonds.some(
      (d) =>
        d.start >= p.start &&
        d.start < p.end &&
        ((d.a === a[0] && d.b === b[0]) || (d.a === b[0] && d.b === a[0])) &&
        !((d.kind === "sentence" || d.kind === "between") && talkedAbout(doc, scan, d, p)),
    );
    const key = pairKey(a[0], b[0]);
    if (!bonded || !key) continue;
    // A paragraph that speaks of "the two sides" before it names its countries goes on with the story told before
    // ("…أن الجانبين بحثا … وانعكاسات الأزمة الروسية الأوكرانية", "entre les chambres de commerce des deux pays, … le
    // chemin de fer Abidjan-Niger exploité par le groupe français"): its countries are named in passing, no story.
    const own = scan.mentions
      .filter((m) => (m.code === a[0] || m.code === b[0]) && m.span.start >= p.start && m.span.start < p.end)
      .sort((u, v) => u.span.start - v.span.start)[0];
    const first = own?.span.start ?? p.end;
    // …unless it names them at once, in apposition ("Los dos países andinos, Chile y Perú, firmaron…"); adjectives
    // ("la crisis ruso-ucraniana") stand in no apposition.
    const wordsTo = (r: { end: number }) =>
      doc.tokens.filter((t) => (doc.map[t.start] ?? -1) >= r.end && (doc.map[t.start] ?? -1) < first).length;
    const apposition = (r: { end: number }) => own?.kind === "name" && wordsTo(r) <= APPOSITION_WORDS;
    if (backRefs.some((r) => r.start >= p.start && r.start < first && !apposition(r))) continue;
    const fresh = breaks.some((o) => o >= p.start && o - p.start <= OPENER_CHARS);
    const g = groups.get(key) ?? { x: a[0], y: b[0], local: new Map<string, number>(), fresh };
    for (const [code, s] of [a, b]) g.local.set(code, (g.local.get(code) ?? 0) + s);
    groups.set(key, g);
  }
  const all = [...totals.values()].reduce((s, v) => s + v, 0);
  const out: (PairHit & { fresh: boolean })[] = [];
  for (const [key, g] of groups) {
    const lx = g.local.get(g.x) ?? 0;
    const ly = g.local.get(g.y) ?? 0;
    const cx = lx >= CONFINED * (totals.get(g.x) ?? 0);
    const cy = ly >= CONFINED * (totals.get(g.y) ?? 0);
    if (g.fresh ? !cx && !cy : !cx || !cy) continue;
    out.push({ key, score: all > 0 ? Math.round(((lx + ly) / all) * 100) / 100 : 0, fresh: g.fresh });
  }
  return out.sort((u, v) => v.score - u.score || u.key.localeCompare(v.key));
}

/** A heading line: short, and nothing but country names and joiners ("Mongolia – Uruguay", "Égypte et Russie"). */
const HEADING_CHARS = 80;
const HEADING_OTHER_WORDS = 1;

/**
 * The pairs of a digest whose stories sit under pair headings ("Mongolia – Uruguay", then its story): each
 * heading line naming a bonded pair gives it when the story under it names one of the two. Two such headings
 * or more make the report a digest.
 */
export function headedPairs(doc: MatchDoc, scan: CountryScan, bonds: readonly Bond[]): PairHit[] {
  const headings: { start: number; end: number; bonds: Bond[] }[] = [];
  let at = 0;
  for (const line of doc.text.split("\n")) {
    const start = at;
    const end = at + line.length;
    at = end + 1;
    if (!line.trim() || line.trim().length > HEADING_CHARS || inZones(scan.noise, start)) continue;
    const inLine = scan.mentions.filter((m) => m.span.start >= start && m.span.end <= end);
    const covered = inLine.reduce((n, m) => n + (m.tokenEnd - m.tokenStart), 0);
    const words = doc.tokens.filter((t) => {
      const o = doc.map[t.start] ?? -1;
      return o >= start && o < end;
    }).length;
    if (inLine.length < 2 || words - covered > HEADING_OTHER_WORDS) continue;
    const here = bonds.filter((b) => b.kind !== "sentence" && b.start >= start && b.start < end);
    if (here.length) headings.push({ start, end, bonds: here });
  }
  if (headings.length < 2) return [];
  const given: Bond[] = [];
  headings.forEach((h, i) => {
    // The story under a heading runs to the next heading; a heading with no story of its pair gives nothing.
    const storyEnd = headings[i + 1]?.start ?? doc.text.length;
    const named = new Set(
      scan.mentions.filter((m) => m.span.start >= h.end && m.span.start < storyEnd).map((m) => m.code),
    );
    given.push(...h.bonds.filter((b) => named.has(b.a) || named.has(b.b)));
  });
  return digestOf(scan, given);
}

/**
 * The pairs of the bonds a digest gives, each scored by its countries' share of the report's salience, best
 * first; none unless there are two pairs or more (fewer make no digest).
 */
function digestOf(scan: CountryScan, bonds: readonly Bond[]): PairHit[] {
  const total = scan.countries.reduce((sum, c) => sum + c.score, 0);
  const score = new Map(scan.countries.map((c) => [c.code, c.score]));
  const found = new Map<string, PairHit>();
  for (const b of bonds) {
    const key = pairKey(b.a, b.b);
    if (!key || found.has(key)) continue;
    const share = total > 0 ? ((score.get(b.a) ?? 0) + (score.get(b.b) ?? 0)) / total : 0;
    found.set(key, { key, score: Math.round(share * 100) / 100 });
  }
  if (found.size < 2) return [];
  return [...found.values()].sort((u, v) => v.score - u.score || u.key.localeCompare(v.key));
}

/** Bonds that name two countries outright: "between X and Y", "X and Y" (not a shared sentence). */
const NAMING: ReadonlySet<Bond["kind"]> = new Set(["between", "joined"]);

/**
 * The pairs of a report on one country's dealings "with several countries" (said in the title or the first
 * sentence): the most salient country is the hub, and each country bonded to it "between X and Y" is a pair.
 * Two such pairs or more make the report a digest.
 */
export function hubPairs(doc: MatchDoc, scan: CountryScan, bonds: readonly Bond[], title?: MatchDoc): PairHit[] {
  const leadEnd = doc.sentences[0]?.end ?? 0;
  const said =
    (title ? cueOffsets(title, "several-countries", []).length > 0 : false) ||
    cueOffsets(doc, "several-countries", scan.noise).some((o) => o < leadEnd);
  const hub = scan.countries[0]?.code;
  if (!said || !hub) return [];
  return digestOf(
    scan,
    bonds.filter((b) => NAMING.has(b.kind) && (b.a === hub || b.b === hub)),
  );
}
