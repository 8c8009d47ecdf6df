/**
 * A headline that counts the signed instruments its body tells without a count of its own: "Russia and Turkey sign 8
 * documents" over "a package of documents was signed", "Le Ghana et le Togo signent cinq accords" over "les deux pays
 * ont signé des accords de coopération" (the body's one batch is as many instruments as its headline counts), or
 * "firman 12 acuerdos" over three agreements named one by one (the rest are unnamed instruments of the headline's
 * form). Only then: when the body counts nothing, the headline's count is all a reader has of how many were signed.
 */
import { prepare } from "../match/normalize";
import type { CommitmentHit } from "../types";
import { findCommitments } from "./commitments";
import { NO_FIELD } from "./commitment-generic";
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
  // The presents of the other languages whose signing words have no present ("suscribe", "assina", "подписывает");
  // "firma" is also the noun ("la firma de…") and stays.
  suscribe: "suscribió",
  suscriben: "suscribieron",
  firman: "firmaron",
  assina: "assinou",
  assinam: "assinaram",
  firmam: "firmaram",
  signent: "ont signé",
  sottoscrive: "ha sottoscritto",
  sottoscrivono: "hanno sottoscritto",
  firmano: "hanno firmato",
  unterzeichnen: "unterzeichneten",
  подписывает: "подписал",
  подписывают: "подписали",
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

/** A headline's count above the instruments its body names one by one by this many at least leaves the rest unnamed. */
const UNNAMED_REST = 2;

/**
 * The signed commitments of a report counted as its headline counts them: a body that tells one uncounted batch is
 * that many; a body that names several one by one, each by its field, and counts none ("firman diez acuerdos" over
 * three agreements named) keeps them and gains the rest as one batch of unnamed instruments, when the count exceeds
 * them by UNNAMED_REST or more (one short may be a name read twice).
 */
export function countedByTitle(commitments: CommitmentHit[], headline: string | undefined): CommitmentHit[] {
  if (!headline) return commitments;
  const firm = commitments.filter((c) => c.status === "signed" || c.status === "ratified" || c.status === "in_force");
  const [only] = firm;
  if (!only || firm.some((c) => c.status !== "signed" || (c.instruments ?? 1) > 1)) return commitments;
  // Only then is the headline read: most reports never need it.
  const title = prepare(headlinePast(headline));
  const titled = findCommitments(title, matchTracks(title), []).filter((c) => c.status === "signed");
  const [counted] = titled;
  if (titled.length !== 1 || !counted || (counted.instruments ?? 1) <= 1) return commitments;
  const count = counted.instruments ?? 1;
  if (firm.length > 1) {
    // Each named by its field: one with none may be an uncounted batch ("signed cooperation agreements") the
    // headline's count already covers.
    const rest = count - firm.length;
    if (rest < UNNAMED_REST || firm.some((c) => c.sector === NO_FIELD && !c.track)) return commitments;
    const { track: _track, parties: _parties, effectiveOn: _effective, ...first } = only;
    const legalForm = counted.legalForm;
    const unnamed: CommitmentHit = {
      ...first,
      kind: counted.kind,
      sector: NO_FIELD,
      instruments: rest,
      title: counted.title,
    };
    if (legalForm) unnamed.legalForm = legalForm;
    else delete unnamed.legalForm;
    return [...commitments, unnamed];
  }
  // The same instruments: the body's form is the headline's, or one of the two names none ("documents").
  if (only.legalForm && counted.legalForm && only.legalForm !== counted.legalForm) return commitments;
  const legalForm = only.legalForm ?? counted.legalForm;
  const batch: CommitmentHit = { ...only, instruments: count, ...(legalForm ? { legalForm } : {}) };
  return commitments.map((c) => (c === only ? batch : c));
}
