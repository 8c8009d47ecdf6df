import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { reportsArePlaced } from "./place-sentence";

// FICTIONAL leads written for this test: a meeting placed only by a seat of government named by its kind ("the
// presidential palace", "State House", "la Casa Presidencial", "القصر الرئاسي") or by "the capital" with no name,
// which is the host country's capital: the country whose leader receives, or the one the visit went to.
const placeOf = async (text: string) => (await analyze({ text, publishedAt: "2026-03-10" })).place ?? null;

describe("a seat of government named by its kind is the host's capital", () => {
  reportsArePlaced("the place", [
    ["en", "The Algerian president received his Somali counterpart at the presidential palace on Monday.", "Algiers"],
    ["en", "Ghana's president received the visiting Togolese leader at the presidential villa on Monday.", "Accra"],
    ["en", "The Somali president was received by his Kenyan counterpart at State House on Monday.", "Nairobi"],
    ["fr", "Le président algérien a reçu lundi au palais présidentiel son homologue somalien.", "Algiers"],
    [
      "fr",
      "Le président sénégalais, en visite officielle en Mauritanie, a été reçu lundi au palais présidentiel.",
      "Nouakchott",
    ],
    // Where the leaders receive is not the capital the gazetteer lists (seats.json).
    [
      "fr",
      "Le président ivoirien a reçu lundi au palais présidentiel le ministre ghanéen des Affaires étrangères.",
      "Abidjan",
    ],
    ["fr", "Le président sénégalais a reçu lundi à la présidence de la République son homologue mauritanien.", "Dakar"],
    ["it", "Il presidente tunisino ha ricevuto lunedì nel palazzo presidenziale il ministro italiano.", "Tunis"],
    ["es", "La presidenta hondureña recibió este lunes en Casa Presidencial al canciller guatemalteco.", "Tegucigalpa"],
    ["es", "El presidente peruano recibió este lunes en Palacio de Gobierno al canciller colombiano.", "Lima"],
    ["pt", "O Presidente angolano recebeu hoje, no Palácio Presidencial, o ministro namibiano.", "Luanda"],
    [
      "de",
      "Der kenianische Präsident hat am Montag im Präsidentenpalast den Außenminister Ghanas empfangen, um über den Handel zwischen Kenia und Ghana zu sprechen.",
      "Nairobi",
    ],
    [
      "ru",
      "Президент Узбекистана принял в понедельник в президентском дворце министра иностранных дел Пакистана.",
      "Tashkent",
    ],
    ["ar", "استقبل الرئيس الجزائري اليوم الاثنين بالقصر الرئاسي الرئيس الصومالي.", "Algiers"],
    ["ar", "استقبل أمير قطر اليوم الاثنين في الديوان الأميري الرئيس التركي.", "Doha"],
  ]);

  reportsArePlaced("the capital with no name", [
    ["en", "The Ghanaian president received the Togolese foreign minister in the capital on Monday.", "Accra"],
    [
      "fr",
      "Le président sénégalais a reçu lundi dans la capitale le ministre ghanéen des Affaires étrangères.",
      "Dakar",
    ],
    ["es", "El presidente paraguayo recibió este lunes en la capital al canciller uruguayo.", "Asunción"],
    ["ru", "Президент Таджикистана принял в понедельник в столице министра иностранных дел Турции.", "Dushanbe"],
    ["ar", "استقبل الرئيس الجزائري عبد المجيد تبون اليوم الاثنين في العاصمة الرئيس الصومالي.", "Algiers"],
  ]);

  reportsArePlaced("no host's capital", [
    // The palace of another city than the capital, named beside it.
    ["en", "The Kenyan president received the Ugandan minister at State House Mombasa on Monday.", "Mombasa"],
    // No host to tell: both leaders named before the verb, none after.
    ["en", "The presidents of Ghana and Togo met at the presidential palace on Monday.", null],
    // The palace speaking, not hosting.
    ["en", "Ghana and Togo agreed on Monday to reopen the border, the presidential palace said.", null],
    // The capital as money, not a place.
    ["en", "Ghana and Togo agreed on Monday that the capital of the joint bank would be raised.", null],
    ["ar", "استقبل الرئيس الجزائري اليوم الاثنين في العاصمة الإيطالية روما وزير الخارجية الصومالي.", "Rome"],
    // A palace still to come.
    ["en", "The Ghanaian president will receive the Togolese leader at the presidential palace next week.", null],
  ]);
});

describe("a seat of government told further down a visit's report", () => {
  it("is the host's seat when the host is told in the opening ('accueilli par son homologue mauritanien')", async ({
    expect,
  }) => {
    const text = [
      "Le nouveau président sénégalais a choisi de faire lundi son premier déplacement officiel à l'étranger dans ce pays voisin, la Mauritanie, où il a rencontré le président mauritanien pour parler des liens entre la Mauritanie et le Sénégal. Cette visite revêt une importance stratégique et symbolique pour les deux nations.",
      "Dès son arrivée à l'aéroport, il a été accueilli par son homologue mauritanien. Les deux hommes s'étaient déjà rencontrés lors de l'investiture.",
      "La visite s'est poursuivie par un entretien entre les deux chefs d'État au palais présidentiel. Les enjeux sécuritaires et le gaz figuraient à l'ordre du jour.",
    ].join("\n");
    expect(await placeOf(text)).toBe("Nouakchott");
  });
});
