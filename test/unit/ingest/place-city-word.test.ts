import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { reportsArePlaced } from "./place-sentence";

// FICTIONAL leads written for this test: a town named through the word for city, maybe with its country's
// adjective or name ("in the Togolese city of Kpalimé", "nella città dell'Arabia Saudita di Al Ula", "na cidade da
// Praia"), whether or not the gazetteer knows it; a venue after a hosting or welcoming word; a dateline with its
// agency between slashes; the source's city ("the foreign ministry in Rabat said"), which is no place.
const placeOf = async (text: string) => (await analyze({ text, publishedAt: "2026-03-10" })).place ?? null;

describe("a town named through the word for city", () => {
  reportsArePlaced("the place", [
    ["en", "Ghana and Togo signed a border agreement on Monday in the Togolese city of Kpalimé.", "Kpalimé"],
    [
      "fr",
      "Les présidents du Sénégal et de la Mauritanie se sont retrouvés lundi dans la ville sénégalaise de Tambacounda.",
      "Tambacounda",
    ],
    [
      "it",
      "Il ministro degli Esteri italiano è giunto lunedì nella città dell'Arabia Saudita di Al Ula per incontrare il collega saudita.",
      "AlUla",
    ],
    ["it", "Italia e Albania hanno firmato lunedì nella città albanese di Fier un accordo sull'energia.", "Fier"],
    ["es", "Los presidentes de Ecuador y Perú se reunieron este lunes en la ciudad ecuatoriana de Loja.", "Loja"],
    ["es", "El gabinete binacional de Ecuador y Perú se celebró este lunes en la ciudad de Loja.", "Loja"],
    ["pt", "Cabo Verde e Cuba assinaram hoje, na cidade da Praia, um acordo de cooperação na área da saúde.", "Praia"],
    ["de", "Die Außenminister Deutschlands und Polens trafen sich am Montag in der polnischen Stadt Zamość.", "Zamość"],
  ]);

  it.for([
    ["en", "Ghana and Togo signed a border agreement on Monday. The mayor of the city of Kpalimé welcomed the deal."],
    [
      "es",
      "Ecuador y Perú firmaron este lunes un acuerdo fronterizo. La ciudad de Loja celebró la noticia con fuegos.",
    ],
    [
      "en",
      "Ghana and Togo signed a border agreement on Monday in the capital, which the city of Kpalimé will host next.",
    ],
  ])("%s: names no town that is not where the happening was: %s", async ([, text], { expect }) => {
    expect(await placeOf(text ?? "")).not.toBe("Kpalimé");
    expect(await placeOf(text ?? "")).not.toBe("Loja");
  });
});

describe("a venue after a hosting or welcoming word", () => {
  reportsArePlaced("the place", [
    [
      "en",
      "President Bola Tinubu received the Ghanaian president at the Presidential Villa, Abuja, on Monday.",
      "Abuja",
    ],
    ["en", "Uzbekistan's president met the British prime minister at 10 Downing Street on Tuesday.", "London"],
    [
      "en",
      "The US president welcomed the Kenyan president to the White House on Monday for talks on security.",
      "Washington",
    ],
    [
      "it",
      "Il primo vertice intergovernativo tra Italia e Albania si è svolto lunedì nella cornice di Villa Pamphili.",
      "Rome",
    ],
    [
      "it",
      "Il vertice tra Italia e Albania, ospitato lunedì nella cornice romana di Villa Pamphili, si è chiuso con 15 accordi.",
      "Rome",
    ],
    [
      "es",
      "El presidente de Panamá recibió este martes en el Palacio de las Garzas al presidente de Costa Rica.",
      "Panama City",
    ],
    ["es", "El presidente uruguayo recibió este martes en la Torre Ejecutiva a su par paraguayo.", "Montevideo"],
    ["en", "Ghana's president received the visiting Togolese leader at Jubilee House on Monday.", "Accra"],
    ["pt", "O Presidente de Angola recebeu hoje, no Palácio da Cidade Alta, o ministro namibiano.", "Luanda"],
    ["en", "Indonesia's president received the East Timorese president at the Merdeka Palace on Tuesday.", "Jakarta"],
    ["en", "The King of Bahrain received the Egyptian foreign minister at Al-Sakhir Palace on Tuesday.", "Manama"],
  ]);
});

describe("datelines and sources", () => {
  reportsArePlaced("the place", [
    [
      "ar",
      "مسقط في 10 مارس /العُمانية/ استقبل السلطان اليوم ولي عهد الأردن وبحث معه العلاقات بين سلطنة عمان والأردن.",
      "Muscat",
    ],
    [
      "ar",
      "الدوحة / قنا / استقبل أمير قطر اليوم بالديوان الأميري رئيس وزراء باكستان لبحث العلاقات بين قطر وباكستان.",
      "Doha",
    ],
    [
      "en",
      "Morocco and Kazakhstan agreed on Tuesday to hold political consultations, the foreign ministry in Rabat said.",
      null,
    ],
    [
      "fr",
      "Le Maroc et le Kazakhstan ont convenu mardi de tenir des consultations politiques, a indiqué le ministère à Rabat.",
      null,
    ],
  ]);
});
