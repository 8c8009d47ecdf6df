/**
 * A headline that counts the signed batch its body tells uncounted: "Russia and Turkey sign 8 documents" over "a
 * package of documents was signed", "Le Ghana et le Togo signent cinq accords" over "les deux pays ont signé des
 * accords de coopération". The body's one batch is as many instruments as its headline counts. Only then: when the
 * body tells one signature and counts nothing, the headline's count is all a reader has of how many were signed.
 */
import { prepare } from "../match/normalize";
import type { CommitmentHit } from "../types";
import { findCommitments } from "./commitments";
import { matchTracks } from "./sectors";

/**
 * A headline's present of signing tells the news ("Jordan and Tunisia sign four memoranda", "الأردن وتونس يوقعان
 * أربع مذكرات"): read as done, unless a word before it puts it ahead ("to sign", "will sign").
 */
const PRESENT: Readonly<Record<string, string>> = {
  sign: "signed",
  ink: "inked",
  seal: "sealed",
  يوقعان: "وقع",
  توقعان: "وقع",
  يوقع: "وقع",
  توقع: "وقع",
  يوقعون: "وقع",
};
const AHEAD = new Set(["to", "will", "would", "may", "could", "shall", "set", "plan", "expected"]);

/** A headline with its present of signing read as a past. */
function headlinePast(title: string): string {
  const words = title.split(/(\s+)/);
  return words
    .map((w, i) => {
      const past = PRESENT[w.toLowerCase()];
      const before = (words[i - 2] ?? "").toLowerCase();
      return past && !AHEAD.has(before) ? past : w;
    })
    .join("");
}

/** The signed commitments of a report whose body tells one uncounted batch, counted as its headline counts them. */
export function countedByTitle(commitments: CommitmentHit[], headline: string | undefined): CommitmentHit[] {
  if (!headline) return commitments;
  const firm = commitments.filter((c) => c.status === "signed" || c.status === "ratified" || c.status === "in_force");
  const [only] = firm;
  if (firm.length !== 1 || !only || only.status !== "signed" || (only.instruments ?? 1) > 1) return commitments;
  // Only then is the headline read: most reports never need it.
  const title = prepare(headlinePast(headline));
  const titled = findCommitments(title, matchTracks(title), []).filter((c) => c.status === "signed");
  const [counted] = titled;
  if (titled.length !== 1 || !counted || (counted.instruments ?? 1) <= 1) return commitments;
  // The same instruments: the body's form is the headline's, or one of the two names none ("documents").
  if (only.legalForm && counted.legalForm && only.legalForm !== counted.legalForm) return commitments;
  const legalForm = only.legalForm ?? counted.legalForm;
  const batch: CommitmentHit = { ...only, instruments: counted.instruments ?? 1, ...(legalForm ? { legalForm } : {}) };
  return commitments.map((c) => (c === only ? batch : c));
}
