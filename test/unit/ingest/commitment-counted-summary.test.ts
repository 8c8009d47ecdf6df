/**
 * A counted batch whose areas are read ("six agreements… The agreements cover tourism, culture, education…"), then
 * named one by one under another form ("executive programmes for tourism and for cultural cooperation were
 * signed"): each instrument named later in an area is that area's item of the batch, not one more, as it is for an
 * uncounted batch (FICTIONAL reports written for this project). Six instruments in all.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const SUMMED: readonly (readonly [string, string])[] = [
  [
    "de",
    "Am Montag unterzeichneten die Außenminister Ghanas und Österreichs in Accra sechs Kooperationsabkommen. Die Abkommen umfassen Bereiche wie Tourismus, Kultur, Bildung, Forschung, Arbeitsmobilität und diplomatische Zusammenarbeit.\n\nKonkret wurden Exekutivprogramme für Tourismus und kulturelle Zusammenarbeit sowie ein Programm zur Zusammenarbeit in der Hochschulbildung unterzeichnet.",
  ],
  [
    "en",
    "On Monday the foreign ministers of Ghana and Togo signed six cooperation agreements in Accra. The agreements cover tourism, culture, education, research, labour mobility and diplomatic cooperation.\n\nIn detail, executive programmes for tourism and for cultural cooperation were signed, as well as a programme on cooperation in higher education.",
  ],
  [
    "fr",
    "Lundi, les ministres des Affaires étrangères du Ghana et du Togo ont signé six accords de coopération à Accra. Les accords couvrent le tourisme, la culture, l'éducation, la recherche, la mobilité de la main-d'œuvre et la coopération diplomatique.\n\nConcrètement, des programmes exécutifs pour le tourisme et pour la coopération culturelle ont été signés.",
  ],
  [
    "es",
    "El lunes, los cancilleres de Ghana y Togo firmaron seis acuerdos de cooperación en Accra. Los acuerdos abarcan el turismo, la cultura, la educación, la investigación, la movilidad laboral y la cooperación diplomática.\n\nEn concreto, se firmaron programas ejecutivos para el turismo y para la cooperación cultural.",
  ],
];

describe("a counted batch's areas named later under another form", () => {
  it.for(SUMMED)("%s: six instruments", ([lang, text], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(6);
  });
  it("an older instrument ratified there is no item of the batch", ({ expect }) => {
    const text =
      "Le Ghana et le Togo ont signé jeudi deux accords, l'un sur les matières premières, l'autre sur la formation des diplomates. Le Parlement togolais a ratifié le 20 octobre l'accord sur la protection des investissements signé à Accra en 2023.";
    expect(firmInstruments("fr", text)).toBe(3);
  });
});

describe("a summary batch told again item by item", () => {
  it.for([
    [
      "fr",
      "Le président du Ghana a entamé mardi une visite au Sénégal, marquée par la signature de deux accords touchant à la pêche et à la santé.\nLes entretiens ont eu lieu à Dakar.\nLe Sénégal et le Ghana ont signé deux accords, le premier sur la pêche artisanale, le second sur la formation des personnels de santé.",
      2,
    ],
    [
      "en",
      "Ghana's president began a visit to Senegal on Tuesday, marked by the signing of two agreements on fisheries and health.\nThe talks were held in Dakar.\nSenegal and Ghana signed two agreements, the first on small-scale fisheries, the second on training health workers.",
      2,
    ],
    [
      "fr",
      "Le Ghana et le Sénégal ont signé mardi deux accords sur la pêche et la santé.\nLe même jour, ils ont aussi signé trois accords, le premier sur la pêche, le deuxième sur la santé, le troisième sur le tourisme.",
      5,
    ],
  ] as const)("%s: the batch counts once", ([lang, text, n], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(n);
  });
});

describe("a later batch told as more is no retelling", () => {
  it.for([
    [
      "fr",
      "Le Ghana et le Sénégal ont signé mardi deux accords touchant à la pêche et à la santé.\nLes deux pays ont ensuite signé deux nouveaux accords, le premier sur la pêche artisanale, le second sur la santé animale.",
    ],
    [
      "en",
      "Ghana and Senegal signed two agreements on fisheries and health on Tuesday.\nThe two countries then signed two further agreements, the first on small-scale fisheries, the second on animal health.",
    ],
  ] as const)("%s: four instruments", ([lang, text], { expect }) => {
    expect(firmInstruments(lang, text)).toBe(4);
  });
});
