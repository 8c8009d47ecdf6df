/**
 * An instrument whose clause tells it signed and taking effect on a day the report has passed is in force now
 * (FICTIONAL sentences in the project's words).
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const SENTENCE =
  "Considerada uno de los pilares de la relación entre ambos países, la Comisión Mixta de Cooperación Técnica y Científica nació al amparo del Convenio de Cooperación Técnica y Científica, que Costa Rica y Perú firmaron el 4 de mayo de 1990 y que rige desde el 2 de marzo de 1992.";

const statuses = async (text: string, publishedAt?: string) =>
  (await analyze({ text, language: "es", ...(publishedAt ? { publishedAt } : {}) })).commitments.map(
    (c) => `${c.status} ${c.signedOn ?? "-"} ${c.effectiveOn ?? "-"}`,
  );

describe("an entry into force on a day passed", () => {
  it("is in force in a report with no date of its own", async ({ expect }) => {
    expect(await statuses(SENTENCE)).toEqual(["in_force 1990-05-04 1992-03-02"]);
  });

  it("is in force in a report published after it", async ({ expect }) => {
    expect(await statuses(SENTENCE, "2023-06-12")).toEqual(["in_force 1990-05-04 1992-03-02"]);
  });

  it("leaves an entry into force still ahead of the report signed", async ({ expect }) => {
    const text =
      "Costa Rica y Perú firmaron el 4 de mayo un convenio de cooperación técnica que entrará en vigor el 2 de marzo de 2027.";
    expect(await statuses(text, "2026-05-05")).toEqual(["signed 2026-05-04 2027-03-02"]);
  });
});
