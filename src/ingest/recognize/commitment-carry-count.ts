/**
 * A batch signed uncounted, then counted in the next sentence: "ont signé des accords de coopération. Au total, 22
 * accords…", "firmaron varios convenios. En total fueron nueve acuerdos…", "assinaram vários instrumentos de
 * cooperação. Ao todo, foram dez acordos", "une cérémonie de signature d'accords. … renforcé par 22 accords". The
 * count tells how many the batch holds, so the batch's signing word stands for it there (the count's sentence has
 * none of its own) when a total word or the occasion ties it to the batch. An approximate stock ("plus de 100
 * accords") is none.
 */
import type { LexiconMatch } from "../match/lexicon";
import { type MatchDoc, norm } from "../match/normalize";
import { anyForm, legalFormOf } from "./commitment-carry";
import { lendCue } from "./commitment-carry-lines";
import { countOf, documentsOf, isPluralForm, MAX_COUNT } from "./commitment-plural";
import { followsFutureVerb } from "./date-cues";

/** Words right before a count that make it approximate ("more than 100"): a stock told, not a batch counted. */
const APPROXIMATE =
  /(?:^| )(?:more than|over|about|around|nearly|almost|plus de|pres de|environ|quelque|oltre|circa|quasi|mas de|cerca de|casi|unos|mais de|quase|uber|mehr als|rund|etwa|fast|более|около|почти|свыше|اكثر من|نحو|حوالي)\s*$/u;

/**
 * What ties the count to the batch: a word for a total ("Au total", "Ao todo", "En total", "insgesamt", "всего",
 * "إجمالا"), or the signing occasion taken up again ("cette cérémonie durant laquelle…"). Without one, a count in the
 * next sentence may be another stock ("Ethiopia has 40 agreements with its neighbours").
 */
const TOTAL_OR_OCCASION =
  /(?:^| )(?:in total|a total of|altogether|in all|au total|en tout|in tutto|in totale|complessivamente|en total|ao todo|no total|insgesamt|всего|в общей сложности|اجمالا|في المجموع|بلغ مجموعها|(?:this|that|cette|ce|esta|este|essa|questa|dieser|diese|этой|هذه|هذا) (?:ceremony|ceremonie|ceremonia|cerimonia|zeremonie|церемонии|المراسم|الحفل))(?= |$)/u;

export function carryToCount<C>(
  doc: MatchDoc,
  cuesBy: Map<number, LexiconMatch<C>[]>,
  formsBy: ReadonlyMap<number, readonly LexiconMatch<unknown>[]>,
  firm: (cue: C) => boolean,
): void {
  const documents = documentsOf(doc);
  for (const [k, s] of doc.sentences.entries()) {
    const next = doc.sentences[k + 1];
    if (!next) break;
    const within = (m: LexiconMatch<unknown>) => m.span.start >= s.start && m.span.end <= s.end;
    const forms = formsBy.get(s.start) ?? [];
    // The batch: one plural form or word for documents, uncounted, in a sentence that counts none.
    const documentsHere = documents.filter(within);
    if ([...forms, ...documentsHere].some((f) => countOf(doc, f) !== undefined)) continue;
    const plurals = [...forms.filter((f) => isPluralForm(doc, f)), ...documentsHere];
    if (plurals.length !== 1) continue;
    const batch = plurals[0];
    const cue = (cuesBy.get(s.start) ?? []).find((c) => firm(c.data) && !followsFutureVerb(doc, c.span.start));
    if (!batch || !cue) continue;
    // The count's sentence tells no status of its own.
    if ((cuesBy.get(next.start) ?? []).some((c) => String(c.data) !== "action")) continue;
    const counted = (formsBy.get(next.start) ?? []).filter(
      (f) => isPluralForm(doc, f) && countOf(doc, f) !== undefined,
    );
    const count = counted[0];
    if (counted.length !== 1 || !count) continue;
    const n = countOf(doc, count) ?? 0;
    if (n < 2 || n > MAX_COUNT) continue;
    if (!anyForm(batch) && legalFormOf(count) !== legalFormOf(batch)) continue;
    if (!TOTAL_OR_OCCASION.test(` ${norm(doc.text.slice(next.start, next.end))} `)) continue;
    if (APPROXIMATE.test(norm(doc.text.slice(next.start, count.span.start)).replace(/\s*\d+\s*$/u, ""))) continue;
    lendCue(doc, cuesBy, next.start, cue, Math.max(next.start, count.span.start - 1), count.span.start);
  }
}
