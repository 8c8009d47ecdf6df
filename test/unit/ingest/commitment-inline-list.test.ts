/**
 * A sentence of no status of its own that names a signed batch again and lists it inline after a colon, items set off
 * by semicolons ("The documents are the following: an agreement on…; a memorandum on…", "Le intese sono le seguenti:
 * accordo…; memorandum…"), signs each item in place of the batch. A colon sentence naming no batch takes nothing.
 * Sentences written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

const REPORTS = [
  "en Italy and Kazakhstan signed three documents on Saturday. The documents are the following: an agreement on readmission; a memorandum on energy; a programme on education.",
  "it Italia e Kazakistan hanno firmato sabato tre documenti. I documenti sono i seguenti: accordo di riammissione; memorandum sull'energia; programma sull'istruzione.",
  "fr L'Italie et le Kazakhstan ont signé samedi trois documents. Les documents sont les suivants : un accord de réadmission ; un mémorandum sur l'énergie ; un programme sur l'éducation.",
];

describe("a batch listed again inline after a colon", () => {
  it.for(REPORTS)("%s → three instruments, each of its form", (line, { expect }) => {
    const firm = commitmentsOf(line.slice(0, 2), line.slice(3)).filter((c) => c.status === "signed");
    expect(firm.map((c) => [c.legalForm, c.instruments ?? 1]).sort()).toEqual([
      ["agreement", 1],
      ["memorandum", 1],
      ["programme", 1],
    ]);
  });
  it("signs nothing in a colon sentence that names no batch", ({ expect }) => {
    const text =
      "Italy and Kazakhstan signed three documents on Saturday. The minister recalled the past: an agreement on readmission; a memorandum on energy.";
    const firm = commitmentsOf("en", text).filter((c) => c.status === "signed");
    expect(firm.map((c) => c.instruments ?? 1)).toEqual([3]);
  });
});
