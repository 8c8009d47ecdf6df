/**
 * A firm named by a compound whose last part is a company word ("Energiekonzern", "Autohersteller",
 * "Stromversorger", "Technologieunternehmen"), or by a case of a Russian company word the lexicon lists in one case
 * ("компанией", "концерн"): a signature such a firm makes before the instrument is a deal between companies, as the
 * `company` words of seed/lexicons/commitments.json say for whole words (isCompanyDeal). So is a batch the report
 * calls commercial in a sentence naming companies ("dieci intese commerciali tra le aziende"), and one told together
 * with contracts ("20 contrats et accords"): business deals.
 */
import type { LexiconMatch } from "../match/lexicon";
import type { MatchDoc, Sentence } from "../match/normalize";
import { lists } from "./commitment-word-lists";

/** German compound endings that name a firm (matching form: lower case, ß and umlauts folded). */
const GERMAN_FIRM =
  /^\p{L}{3,}(konzern|konzerne|konzerns|unternehmen|hersteller|herstellers|versorger|versorgers|produzent|produzenten|betreiber|betreibers|exporteur|exporteurs)$/u;
/** Russian company words in every case (компания, компанией…, концерн, холдинг, производитель, экспортер). */
const RUSSIAN_FIRM = /^(компани|корпораци|концерн|холдинг|производител|экспортер|экспортёр)\p{L}*$/u;
/** Words that call instruments business deals (commercial agreements), right by the form. */
const BUSINESS =
  /^(commercial|business|commerciaux|commerciales|commerciali|comerciales|comerciais|kommerzielle[nr]?|коммерческ\p{L}*|تجارية)$/iu;
/** Words for commercial contracts (not German "Verträge", which also names treaties). */
const CONTRACTS = /^و?(?:contracts|contrats|contratti|contratos|контракт\p{L}*|عقود|العقود)$/u;
/** Conjunctions joining two nouns. */
const AND = /^(?:and|et|e|ed|y|und|и|و)$/u;
/** Words before the instrument or its signing word within which its signer stands. */
const REACH = 8;

/** Whether a firm named by such a word stands shortly before the instrument or its signing word, in its sentence. */
export function firmSigns(
  doc: MatchDoc,
  sentence: Sentence,
  form: LexiconMatch<unknown>,
  cue: LexiconMatch<unknown> | undefined,
): boolean {
  const first = cue && cue.tokenStart < form.tokenStart ? cue : form;
  for (let i = first.tokenStart - 1; i >= Math.max(0, first.tokenStart - REACH); i--) {
    const t = doc.tokens[i];
    if (!t || (doc.map[t.start] ?? -1) < sentence.start) break;
    if (GERMAN_FIRM.test(t.text) || RUSSIAN_FIRM.test(t.text)) return true;
  }
  return businessDeals(doc, sentence, form) || withContracts(doc, form);
}

/**
 * Whether a form is joined to contracts ("Quatorze contrats et accords ont été signés", "nine contracts and
 * agreements worth…", "agreements and contracts"): a batch of firms' deals told together, not the states'.
 */
function withContracts(doc: MatchDoc, form: LexiconMatch<unknown>): boolean {
  const word = (i: number) => doc.tokens[i]?.text ?? "";
  const before = AND.test(word(form.tokenStart - 1)) ? word(form.tokenStart - 2) : word(form.tokenStart - 1);
  const after = AND.test(word(form.tokenEnd)) ? word(form.tokenEnd + 1) : "";
  return CONTRACTS.test(before) || CONTRACTS.test(after);
}

/** Whether a plural form is called commercial, right by it, in a sentence that names companies. */
function businessDeals(doc: MatchDoc, sentence: Sentence, form: LexiconMatch<unknown>): boolean {
  const near = [doc.tokens[form.tokenEnd], doc.tokens[form.tokenStart - 1]].map((t) => t?.text ?? "");
  if (!near.some((w) => BUSINESS.test(w))) return false;
  return lists(doc)
    .company.match(doc)
    .some((c) => c.span.start >= sentence.start && c.span.end <= sentence.end);
}
