/**
 * A wire dateline with its own day ("Díli, 26 jan (Agency) -") is the day the report was written: "today" and
 * weekdays in it are that day's, even when the page publishing it is dated later. Texts are FICTIONAL.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

describe("relative days against a dated wire dateline", () => {
  it.for([
    [
      "pt",
      "Díli, 26 jan (Agência Fictícia) - Os governos de Timor-Leste e da Indonésia assinaram hoje cinco acordos bilaterais numa cerimónia no palácio do governo em Díli.",
    ],
    [
      "en",
      "Dili, Jan 26 (Fixture Wire) - The governments of Timor-Leste and Indonesia today signed five bilateral agreements at a ceremony at the government palace in Dili.",
    ],
    [
      "fr",
      "Dili, 26 janv. (Agence Fictive) - Les gouvernements du Timor-Leste et de l'Indonésie ont signé aujourd'hui cinq accords bilatéraux au palais du gouvernement à Dili.",
    ],
    [
      "es",
      "Dili, 26 ene (Agencia Ficticia) - Los gobiernos de Timor Oriental e Indonesia firmaron hoy cinco acuerdos bilaterales en el palacio de gobierno en Dili.",
    ],
  ])("dates the signing by the dateline, not the later page (%s)", async ([lang, text], { expect }) => {
    const a = await analyze({ text: text ?? "", publishedAt: "2016-01-28", language: lang ?? "" });
    expect(a.eventDate?.date).toBe("2016-01-26");
    const signed = a.commitments.filter((c) => c.status === "signed");
    expect(signed.length).toBeGreaterThan(0);
    for (const c of signed) expect(c.signedOn).toBe("2016-01-26");
  });

  it("keeps a dateline of the publication day as it is", async ({ expect }) => {
    const a = await analyze({
      text: "Dili, Jan 28 (Fixture Wire) - The governments of Timor-Leste and Indonesia today signed five bilateral agreements in Dili.",
      publishedAt: "2016-01-28",
    });
    expect(a.eventDate?.date).toBe("2016-01-28");
  });
});
