/**
 * Documents signed with no form named ("24 documents were signed"): one generic signature of unstated form, or
 * one document per area told apart by a repeated subject preposition ("документы о рыболовстве, о туризме…").
 */
import { type MatchDoc, sentenceAt } from "../match/normalize";
import { isCounted } from "./commitment-context";
import { countOf, documentsOf, MAX_COUNT } from "./commitment-plural";
import { distance, type StandaloneContext, type Subject } from "./commitment-standalone";
import { topicItems } from "./commitment-topic-items";
import { joinedToPrevious } from "./commitment-coordination";
import { isTally } from "./commitment-tallies";

/** Documents signed with no form named: an agreement of unstated form. */
const DOCUMENTS = {
  track: "",
  kind: "agreement",
  title: "Signed documents",
  agreementTrack: true,
  standalone: true,
} as const;

/** The subjects of the documents a report signs with no form named; `fallback` is the sector of one naming none. */
export function documentSubjects(doc: MatchDoc, c: StandaloneContext, fallback: string): Subject[] {
  const out: Subject[] = [];
  // Documents signed with no form named ("24 documents were signed"): one generic signature of unstated form.
  // Uncounted ones in a report that names instruments ("le paraphe des documents") restate those instruments.
  const namesForms = [...c.formsBy.values()].some((forms) => forms.length > 0);
  for (const d of documentsOf(doc)) {
    if (c.subjects.some((s) => distance(s.span, d.span) === 0)) continue;
    if (namesForms && !isCounted(doc, d)) continue;
    const sentence = sentenceAt(doc, d.span.start);
    if (!sentence || d.span.end > sentence.end) continue;
    // The relationship's documents over the years ("resulted in the signing of 13 legal instruments") are no batch.
    if (isTally(doc, d, sentence, c.publishedOn)) continue;
    // Documents with a count of one form in their sentence ("nine documents, including six memoranda") are that
    // batch, which the counted form stands for.
    if ((c.formsBy.get(sentence.start) ?? []).some((f) => countOf(doc, f) !== undefined)) continue;
    const count = countOf(doc, d);
    if (count !== undefined && count > MAX_COUNT) continue;
    // "документы о рыболовстве, о туризме и о …": one document per area, of unstated form.
    const list = { start: d.span.end, end: sentence.end, text: doc.text.slice(d.span.end, sentence.end) };
    const items = topicItems(
      list,
      count,
      c.sectorsBy.get(sentence.start) ?? [],
      c.subjectsBy.get(sentence.start) ?? [],
    );
    for (const it of items ?? []) out.push({ ...DOCUMENTS, sector: it.sector, slot: it.start, match: d, span: d.span });
    if (items) continue;
    const counted = count === undefined ? {} : { count };
    // Joined to an instrument named before it ("signed a declaration, as well as 12 documents"), the documents share
    // its signing word, whatever stands between, and are a batch beyond it, counted whole.
    const previous = (c.formsBy.get(sentence.start) ?? []).filter((f) => f.span.end <= d.span.start).at(-1)?.span;
    const joined =
      previous && joinedToPrevious(doc, previous, d)
        ? { joinedTo: previous, slot: d.span.start, beyond: true as const }
        : {};
    out.push({ ...counted, ...DOCUMENTS, ...joined, sector: fallback, generic: true, match: d, span: d.span });
  }
  return out;
}
