/**
 * A protocol signed that amends an older treaty is one instrument signed: the treaty it amends, named after an
 * amending verb ("que modifica", "que altera", "that amends") or before the verb that closes a German relative
 * clause ("…, das das Doppelbesteuerungsabkommen abändert"), is not signed that day (sentences written for this
 * project).
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const AMENDING = [
  "en Peru and Chile signed on Monday a protocol that amends the double taxation agreement.",
  "fr Le Pérou et le Chili ont signé lundi un protocole qui modifie l'accord de non double imposition.",
  "es Perú y Chile firmaron el lunes un protocolo que modifica el Convenio para evitar la doble imposición.",
  "pt Angola e Portugal assinaram na segunda-feira um protocolo que altera a Convenção para evitar a dupla tributação.",
  "de Österreich und Tadschikistan haben am Montag ein Protokoll unterzeichnet, das das Doppelbesteuerungsabkommen abändert.",
];
/** Two instruments signed: the treaty follows no amending verb. */
const BOTH = [
  "de Das am Dienstag in Berlin unterzeichnete Protokoll ändert das Doppelbesteuerungsabkommen, und ein Kulturabkommen wurde ebenfalls unterzeichnet.",
  "en Austria and Tajikistan signed on Monday a protocol and a double taxation agreement.",
];

/** A participle that qualifies the noun it follows ("l'accord modifié sur la pêche") names the instrument signed. */
const QUALIFIED = [
  "fr Le Maroc et l'Espagne ont signé mardi l'accord modifié sur la pêche.",
  "es Marruecos y España firmaron el martes el convenio modificado sobre pesca.",
];

describe("a protocol that amends an older treaty", () => {
  it.for(QUALIFIED)("%s → signed", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual(["signed agreement"]);
  });
  it.for(AMENDING)("%s → one instrument signed", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual(["signed agreement"]);
  });
  it.for(BOTH)("%s → two", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toHaveLength(2);
  });
});
