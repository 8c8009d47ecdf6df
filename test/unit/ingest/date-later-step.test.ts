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

// The signing is the news: a step before it of another noun or clause, or a step after it, leaves it the event.
const SIGNING_NEWS: readonly (readonly [string, string, string, string])[] = [
  [
    "ru",
    "После одобрения правительства соглашение было подписано в Минске 6 мая министрами иностранных дел Белоруссии и Узбекистана.",
    "2025-05-08",
    "2025-05-06",
  ],
  [
    "it",
    "Dopo l'approvazione del governo l'accordo è stato firmato a Tirana il 6 maggio dai ministri di Italia e Albania.",
    "2025-05-08",
    "2025-05-06",
  ],
  [
    "es",
    "Tras la aprobación del Gobierno el acuerdo fue firmado en Lima el 6 de mayo por los cancilleres de Perú y Chile.",
    "2025-05-08",
    "2025-05-06",
  ],
  [
    "en",
    "Hungary's cabinet approved the energy agreement with Serbia on Monday and the two foreign ministers signed the agreement in Belgrade on Wednesday.",
    "2025-05-15",
    "2025-05-14",
  ],
  [
    "es",
    "El Consejo de Ministros de España aprobó el lunes el acuerdo con Marruecos y los dos ministros lo firmaron en Rabat el miércoles.",
    "2025-05-15",
    "2025-05-14",
  ],
];

describe("a signing that stays the news", () => {
  it.for(SIGNING_NEWS)("%s: the signing's day is the event's (%s)", async (row, { expect }) => {
    const [language, text, publishedAt, signed] = row;
    const a = await analyze({ text, language, publishedAt });
    expect(a.eventDate?.date).toBe(signed);
    expect(a.commitments.map((c) => c.signedOn)).toEqual([signed]);
  });
  it("en: a step told after the signing ('signed on 12 May … was approved on Wednesday') dates the report by the step", async ({
    expect,
  }) => {
    const a = await analyze({
      text: "The agreement signed on 12 May by Kenya and Somalia was approved by the Somali cabinet on Wednesday.",
      language: "en",
      publishedAt: "2025-05-15",
    });
    expect(a.eventDate?.date).toBe("2025-05-14");
    expect(a.commitments.map((c) => c.signedOn)).toEqual(["2025-05-12"]);
  });
  it("fr: the day a government told it ('…, a annoncé mercredi') is no signing's background", async ({ expect }) => {
    const a = await analyze({
      text: "Le Parlement du Togo a ratifié l'accord avec le Ghana signé en 2022, a annoncé mercredi le gouvernement togolais.",
      language: "fr",
      publishedAt: "2025-05-15",
    });
    expect(a.eventDate?.date).toBe("2025-05-14");
  });
  it("es: a ratification still pending after the day leaves it the signature's", async ({ expect }) => {
    const a = await analyze({
      text: "El acuerdo comercial firmado por Chile e India el 10 de marzo sigue pendiente de ratificación por el parlamento indio.",
      language: "es",
      publishedAt: "2024-06-01",
    });
    expect(a.commitments.map((c) => c.signedOn)).toEqual(["2024-03-10"]);
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
