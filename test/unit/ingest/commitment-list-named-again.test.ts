/**
 * A colon sentence that names a signed batch again ("La lista de los acuerdos es la siguiente:", "The list of the
 * agreements is as follows:", "Voici la liste des accords :") lists that batch's instruments one per line, though
 * other sentences stand between it and the signing: each line is an instrument signed, with its own form. After the
 * signing of one instrument, not a batch, a list of others signs nothing. Sentences written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

const LINES =
  "\n- Memorandum of Understanding on trade.\n- Memorandum of Understanding on fisheries.\n- Protocol on rice exports.";
const REPORTS = [
  [
    "en",
    `Uruguay and Vietnam signed three agreements on Wednesday. The foreign minister praised the relationship. The ministry said the texts open a new stage.\nThe list of the agreements is as follows:${LINES}`,
  ],
  [
    "es",
    "Uruguay y Vietnam firmaron tres acuerdos el miércoles. La canciller elogió la relación. La cancillería dijo que los textos abren una nueva etapa.\nLa lista de los acuerdos es la siguiente:\n- Memorándum de Entendimiento sobre comercio.\n- Memorándum de Entendimiento sobre pesca.\n- Protocolo sobre la exportación de arroz.",
  ],
  [
    "fr",
    "L'Uruguay et le Vietnam ont signé trois accords mercredi. La ministre a salué la relation. Le ministère a indiqué que les textes ouvrent une nouvelle étape.\nVoici la liste des accords :\n- Mémorandum d'entente sur le commerce.\n- Mémorandum d'entente sur la pêche.\n- Protocole sur les exportations de riz.",
  ],
] as const;

describe("a colon sentence naming a signed batch again", () => {
  it.for(REPORTS)("%s: the lines are the batch's instruments", ([lang, text], { expect }) => {
    const firm = commitmentsOf(lang, text).filter((c) => c.status === "signed");
    expect(firm.map((c) => [c.legalForm, c.instruments ?? 1]).sort()).toEqual([
      ["agreement", 1],
      ["memorandum", 1],
      ["memorandum", 1],
    ]);
  });
  it("lends nothing when the signing before it is of one instrument, not a batch", ({ expect }) => {
    const text = `Uruguay and Vietnam signed an agreement on energy on Wednesday. The foreign minister praised the relationship. The ministry said the text opens a new stage.\nThe list of the agreements under study is as follows:${LINES}`;
    const firm = commitmentsOf("en", text).filter((c) => c.status === "signed");
    expect(firm.map((c) => c.legalForm)).toEqual(["agreement"]);
  });
  it("lends nothing when the batch told nearest before the list is still ahead", ({ expect }) => {
    const text =
      "Perú y Chile firmaron cinco acuerdos el lunes. Anunciaron además que firmarán otros acuerdos en 2027. La lista de los acuerdos es la siguiente:\n- Memorándum de Entendimiento sobre comercio.\n- Memorándum de Entendimiento sobre pesca.";
    const firm = commitmentsOf("es", text).filter((c) => c.status === "signed");
    expect(firm.map((c) => c.legalForm)).toEqual(["agreement"]);
  });
});
