/**
 * Instruments told apart by the preposition of their subject, repeated before each area: "memorandums on
 * fisheries, on higher education and on tourism", "подписаны документы о сотрудничестве в области A, о B и о C",
 * "مذكرات بشأن … وبشأن …" (seed/lexicons/commitments.json `lists.topics`, prepositions that never open a place).
 * One instrument per area so opened, as many as a count says when there is one.
 */
import type { LexiconMatch } from "../match/lexicon";
import { norm } from "../match/normalize";
import type { Span } from "../types";
import { AREA_BREAK, PUNCTUATION } from "./commitment-areas";
import { COMMITMENTS_DATA } from "./commitment-cues";

/** The sector of an area none of ours names: the relationship at large. */
const FALLBACK = "political-dialogue";
/** An Arabic conjunction written onto the next word ("وبشأن"). */
const ARABIC_AND = /^و(?=\p{L})/u;

let topics: { phrase: string; capitals: boolean }[] | undefined;
/** The subject prepositions of every language, normalized; German writes every noun after them with a capital. */
function topicPhrases(): { phrase: string; capitals: boolean }[] {
  const byLang = (COMMITMENTS_DATA as unknown as { lists: { topics: Record<string, string[] | string> } }).lists.topics;
  topics ??= Object.entries(byLang).flatMap(([lang, words]) =>
    Array.isArray(words) ? words.map((w) => ({ phrase: norm(w), capitals: lang === "de" })) : [],
  );
  return topics;
}

/**
 * Whether an item opens with a subject preposition ("on fisheries", "о туризме", "وبشأن السياحة", "sull'istruzione")
 * before a common word: a capital after it names a day, a place or a person ("on Tuesday"), but in German.
 */
function opensWithTopic(text: string): boolean {
  const raw = text.trim().replace(/['’]/gu, " ");
  const words = norm(raw);
  return [words, words.replace(ARABIC_AND, "")].some((w) =>
    topicPhrases().some(({ phrase, capitals }) => {
      if (!` ${w} `.startsWith(` ${phrase} `)) return false;
      const next = raw.split(/\s+/u)[phrase.split(" ").length] ?? "";
      return capitals || !/^\p{Lu}/u.test(next);
    }),
  );
}

/**
 * The instruments of a plural form's list (`list`, from right after the form) told apart by a repeated subject
 * preposition, each with the first sector it names (else the relationship at large); undefined when fewer than
 * two are so opened, or when a `count` says another number.
 */
export function topicItems(
  list: Span,
  count: number | undefined,
  sectors: readonly LexiconMatch<string>[],
  tracks: readonly { span: Span }[],
): { start: number; sector: string }[] | undefined {
  const starts = [0];
  // Whether the break before each start is a conjunction ("и", "and"), not punctuation.
  const joined = [false];
  for (const m of list.text.matchAll(AREA_BREAK)) {
    starts.push((m.index ?? 0) + m[0].length);
    joined.push(!PUNCTUATION.test(m[0]));
  }
  const items: { at: number; end: number }[] = [];
  for (const [i, at] of starts.entries()) {
    const end = starts[i + 1] ?? list.text.length;
    const text = list.text.slice(at, end);
    if (!/\p{L}/u.test(text)) continue;
    // The areas run from the first, right after the form, while each opens with a subject preposition; a part
    // joined by a conjunction with none ("о сотрудничестве в сфере культуры и искусства") goes on with its area.
    const last = items.at(-1);
    if (!opensWithTopic(text)) {
      if (last && joined[i]) {
        last.end = end;
        continue;
      }
      break;
    }
    items.push({ at, end });
  }
  if (items.length < 2 || (count !== undefined && count !== items.length)) return undefined;
  const out: { start: number; sector: string }[] = [];
  for (const item of items) {
    const start = list.start + item.at;
    const inside = (s: Span) => s.start >= start && s.end <= list.start + item.end;
    // An area naming a track of ours is that track's instrument, read with it.
    if (tracks.some((t) => inside(t.span))) continue;
    out.push({ start, sector: sectors.find((s) => inside(s.span))?.data ?? FALLBACK });
  }
  return out;
}
