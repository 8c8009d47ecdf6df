/**
 * German separable verbs whose particle closes the clause (seed/lexicons/commitments.json, `separable`): "gaben …
 * eine gemeinsame Erklärung ab" adopts a declaration, "schließen … ein Abkommen ab" concludes an instrument. The
 * finite verb is the status word when its particle stands, in its clause, right before the clause's end; "gaben
 * ihre Zustimmung … ab" adopts nothing a form names (an adopting word signs only a joint statement).
 */
import data from "../../../seed/lexicons/commitments.json";
import { entriesOf, Lexicon, type LexiconMatch } from "../match/lexicon";
import { type MatchDoc, sentenceAt } from "../match/normalize";
import { wordSet } from "./commitment-plurals";

type ByLang = Readonly<Record<string, readonly string[]>>;
type Step = "signed" | "adopted";
interface SeparableData {
  particle: ByLang;
  signed: ByLang;
  adopted: ByLang;
}

/** Words at most between the verb and its particle. */
const PARTICLE_REACH = 20;
/** What ends a clause: the particle must stand right before one. */
const CLAUSE_END = /^\s*(?:[,;:.!?)"»“”]|$)/;
/** Punctuation between the verb and its particle that puts them in different clauses. */
const CLAUSE_BREAK = /[,;:.!?()\n]/;

let lex: { verbs: Lexicon<Step>; particles: Set<string> } | undefined;

function lexicons() {
  const { particle, signed, adopted } = (data as unknown as { separable: SeparableData }).separable;
  lex ??= {
    verbs: new Lexicon<Step>([...entriesOf<Step>(signed, "signed"), ...entriesOf<Step>(adopted, "adopted")]),
    particles: wordSet(particle),
  };
  return lex;
}

/** The separable verbs of a text whose particle closes their clause, each a status word at the verb. */
export function separablesOf(doc: MatchDoc): LexiconMatch<Step>[] {
  const { verbs, particles } = lexicons();
  return verbs.match(doc).filter((v) => {
    const sentence = sentenceAt(doc, v.span.start);
    if (!sentence) return false;
    for (let i = v.tokenEnd; i < Math.min(doc.tokens.length, v.tokenEnd + PARTICLE_REACH); i++) {
      const t = doc.tokens[i];
      if (!t) return false;
      const start = doc.map[t.start] ?? doc.text.length;
      const end = doc.map[t.end] ?? doc.text.length;
      if (start >= sentence.end || CLAUSE_BREAK.test(doc.text.slice(v.span.end, start))) return false;
      if (particles.has(t.text) && CLAUSE_END.test(doc.text.slice(end, sentence.end))) return true;
    }
    return false;
  });
}
