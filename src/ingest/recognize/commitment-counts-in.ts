/** The counts a sentence states, less those that name the whole an instrument is one of ("the first of the 13 …"). */
import { norm } from "../match/normalize";
import { numberIn } from "./commitment-list-words";

/**
 * "One of" or an ordinal "of" before a count makes it the whole a named instrument is one of ("the first of the 13
 * agreements", "o primeiro dos 13 acordos", "el primero de los 13", "l'un des 13 accords", "первого из 13"), in
 * matching form: "the signing of the 13 agreements" tells the count again.
 */
const PARTITIVE = new Set(["of", "dos", "das", "des", "de", "dei", "degli", "delle", "der", "из"]);
const ARTICLE = new Set(["the", "los", "las"]);
const ONE_OF = new Set(
  [
    "one first second third last",
    "um uma primeiro primeira segundo segunda terceiro terceira ultimo ultima",
    "uno una primero primera tercero tercera",
    "un une premier premiere deuxieme dernier derniere",
    "primo prima secondo seconda terzo terza ultimo ultima",
    "eines einer ersten zweiten letzten",
    "один одно одного одним первого первое первым второго последнего",
  ].flatMap((w) => w.split(" ")),
);

/** Whether the count at `i` of `words` is named as the whole of an instrument ("the first of the 13 …"). */
function partOf(words: readonly string[], i: number): boolean {
  let k = i - 1;
  if (ARTICLE.has(words[k] ?? "")) k--;
  const of = words[k] ?? "";
  // Spanish "de" only with its article ("de los 13"): "la firma de 13 acuerdos" counts them.
  if (!PARTITIVE.has(of) || (of === "de" && k === i - 1)) return false;
  return ONE_OF.has(words[k - 1] ?? "");
}

/**
 * The counts a text states, in figures or words ("9", "neuf", "nine"), but for a count it names an instrument one
 * of ("the first of the 13 agreements signed"): the batch it belongs to, not the count told again.
 */
export function countsIn(text: string): number[] {
  const out: number[] = [];
  const words = norm(text).split(" ");
  for (const [i, w] of words.entries()) {
    const n = numberIn(w);
    if (n !== undefined && !partOf(words, i)) out.push(n);
  }
  return out;
}
