/**
 * A ratification or approval of an instrument already signed is the news; the signing's day its sentence gives
 * ("the treaty …, signed in New York on 19 September 2022") is the instrument's background: never the report's
 * happening, nor the place of it, and the approval's own day ("approved on Tuesday") is no signing day
 * (FICTIONAL sentences written for this project).
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// No publication date: the approval is undated, so the report has no event date at all.
const UNDATED: readonly (readonly [string, string, string])[] = [
  [
    "en",
    "Ghana's parliament ratified the air services agreement between Ghana and Togo, signed in Lomé on 3 May 2021 by the two transport ministers.",
    "2021-05-03",
  ],
  [
    "fr",
    "Le Parlement du Sénégal a ratifié l'accord de coopération entre le Sénégal et la Gambie, signé à Banjul le 12 mars 2022.",
    "2022-03-12",
  ],
  [
    "it",
    "Il Presidente ratifica l'accordo di cooperazione fra Italia e Slovenia, sottoscritto a Lubiana il 14 aprile 2020 dai due ministri.",
    "2020-04-14",
  ],
  [
    "es",
    "El Senado aprobó la resolución que aprueba el tratado entre Chile y Perú sobre asistencia judicial, suscrito en Lima el 19 de septiembre de 2022.",
    "2022-09-19",
  ],
  [
    "pt",
    "O Parlamento aprovou o acordo de cooperação entre Portugal e Angola, assinado em Luanda a 10 de julho de 2023.",
    "2023-07-10",
  ],
  [
    "de",
    "Der Bundestag billigte das Abkommen zwischen Deutschland und Kasachstan, unterzeichnet in Astana am 3. Mai 2024.",
    "2024-05-03",
  ],
  [
    "ru",
    "Президент подписал закон, которым ратифицирован договор между Арменией и Грузией о границе, подписанный в Тбилиси 13 марта 2025 года.",
    "2025-03-13",
  ],
];

// With the approval's own weekday: that day is the event's, the participle's day the signature's.
const DATED: readonly (readonly [string, string, string, string])[] = [
  [
    "en",
    "Morocco's parliament on Tuesday approved the agreement with Kazakhstan signed on 26 September 2024 in Astana.",
    "2025-01-15",
    "2024-09-26",
  ],
  [
    "fr",
    "Le Parlement du Maroc a approuvé mardi l'accord avec le Kazakhstan signé le 26 septembre 2024 à Astana.",
    "2025-01-15",
    "2024-09-26",
  ],
  [
    "de",
    "Der Bundestag billigte am Donnerstag das Abkommen zwischen Deutschland und Kasachstan, unterzeichnet am 3. Mai 2024 in Astana.",
    "2025-01-17",
    "2024-05-03",
  ],
];

describe("a later step acts on an instrument signed before", () => {
  it.for(UNDATED)("%s: the signing's day is no event day (%s)", async ([language, text, signed], { expect }) => {
    const a = await analyze({ text, language });
    expect(a.eventDate).toBeUndefined();
    expect(a.commitments.map((c) => c.signedOn)).toContain(signed);
  });
  it.for(DATED)("%s: the approval's day is the event's, not the signature's (%s)", async (row, { expect }) => {
    const [language, text, publishedAt, signed] = row;
    const a = await analyze({ text, language, publishedAt });
    expect(a.eventDate?.date).not.toBe(signed);
    expect(a.commitments.map((c) => c.signedOn)).toEqual([signed]);
  });
  // A step told before the signing in another clause leaves the signing the news.
  it("en: 'Following the approval of the cabinet, the agreement … was signed on 3 May' dates the signing", async ({
    expect,
  }) => {
    const a = await analyze({
      text: "Following the approval of the cabinet, the agreement between Ghana and Togo was signed in Accra on 3 May 2025.",
      language: "en",
      publishedAt: "2025-05-05",
    });
    expect(a.eventDate?.date).toBe("2025-05-03");
    expect(a.commitments.map((c) => c.signedOn)).toEqual(["2025-05-03"]);
  });
});

describe("the place of a background signing is not the report's", () => {
  it("es: a capitals dateline ('SANTO DOMINGO.-') over 'suscrito en Nueva York' places it, and is no Sunday", async ({
    expect,
  }) => {
    const a = await analyze({
      text: "SANTO DOMINGO.- En su sesión de este martes, la Cámara de Diputados aprobó la resolución que aprueba el Tratado entre la República Dominicana y Paraguay sobre traslado de personas condenadas, suscrito en Nueva York el 19 de septiembre de 2022.",
      language: "es",
    });
    expect(a.place).toBe("Santo Domingo");
    expect(a.eventDate).toBeUndefined();
  });
});
