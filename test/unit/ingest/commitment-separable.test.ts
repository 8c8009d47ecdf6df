/**
 * German separable verbs whose particle closes the clause (src/ingest/recognize/commitment-cues.ts): "gaben … eine
 * gemeinsame Erklärung ab" adopts a joint statement, "schließen … ein Abkommen ab" concludes an agreement. Sentences
 * written for this project.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

describe("a German separable verb with its particle at the clause end", () => {
  it.for([
    [
      "Die Präsidenten gaben zum Abschluss des Besuchs eine gemeinsame Erklärung über die Partnerschaft ab.",
      "joint-statement",
    ],
    ["Beide Staatschefs geben heute in Astana eine gemeinsame Erklärung ab.", "joint-statement"],
    ["Polen und Litauen schließen heute ein Abkommen über die Zusammenarbeit im Verkehr ab.", "agreement"],
  ])("%s: signed %s", ([text, form], { expect }) => {
    expect(firmCommitments("de", text ?? "")).toEqual([`signed ${form}`]);
  });

  it.for([
    "Die Präsidenten gaben keine gemeinsame Erklärung ab.",
    "Die Minister gaben ihre Zustimmung zu dem Abkommen ab.",
    "Die Präsidenten gaben eine gemeinsame Erklärung in Auftrag, die im Herbst abgestimmt wird.",
    "Polen und Litauen wollen im Herbst ein Abkommen abschließen.",
  ])("%s: nothing signed", (text, { expect }) => {
    expect(firmCommitments("de", text)).toEqual([]);
  });
});
