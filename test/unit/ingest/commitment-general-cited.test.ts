import { describe, it } from "vitest";
import { firmRows, sortedRows } from "../../helpers/firm-rows";

// FICTIONAL sentences in the project's words.
const ONE = [["signed", "agreement"]] as const;

// A definite form whose complement names only the relationship ("l'accord de coopération bilatérale") restates the
// instrument signed before it, whatever field words stand elsewhere in its sentence (a ministry's name).
const RESTATED: readonly (readonly [string, string, readonly (readonly string[])[]])[] = [
  [
    "fr",
    "Le Mali et le Niger ont signé mardi un accord-cadre sur le commerce et la culture. Le ministre des Affaires étrangères s'est réjoui, après la signature de l'accord de coopération bilatérale, des relations entre les deux pays.",
    ONE,
  ],
  [
    "es",
    "El Salvador y Honduras firmaron el martes un acuerdo marco sobre comercio y cultura. El canciller habló tras la firma del acuerdo de cooperación bilateral, según la nota.",
    ONE,
  ],
  [
    "pt",
    "Timor-Leste e a Guiné-Bissau firmaram na terça-feira um Acordo Geral de Cooperação nas áreas da cultura e da economia. O ministro falou após a assinatura do acordo de cooperação bilateral, segundo a nota do Ministério dos Negócios Estrangeiros.",
    ONE,
  ],
  // …of its own form only: a memorandum before it is another instrument.
  [
    "en",
    "Kenya and Ethiopia signed a memorandum on Monday. After the signing of the agreement on bilateral cooperation, the presidents met.",
    [
      ["signed", "agreement"],
      ["signed", "memorandum"],
    ],
  ],
  // …whose clause goes on with no break, when no field is named in the rest of it (German and English word order).
  [
    "de",
    "Sambia und Malawi unterzeichneten am Montag ein Rahmenabkommen über Handel und Landwirtschaft. Nach der Unterzeichnung des Abkommens über bilaterale Zusammenarbeit sprachen die beiden Präsidenten vor der Presse.",
    ONE,
  ],
  [
    "en",
    "Laos and Cambodia signed a framework agreement on trade and tourism on Thursday. After the signing of the agreement on bilateral cooperation the two prime ministers spoke to the press.",
    ONE,
  ],
  // …and in noun-adjective order, when the complement holds the noun of the relationship ("de coopération bilatérale").
  [
    "fr",
    "Le Bénin et le Togo ont signé jeudi un accord-cadre sur le commerce et la culture. Après la signature de l'accord de coopération bilatérale les deux ministres ont visité le port de Lomé.",
    ONE,
  ],
  [
    "es",
    "Chile y Perú firmaron el jueves un acuerdo marco sobre comercio y cultura. Tras la firma del acuerdo de cooperación bilateral los cancilleres recorrieron una planta desalinizadora.",
    ONE,
  ],
  // A complement ending on an adjective with no such noun goes on ("on mutual recognition of diplomas"): another one.
  [
    "en",
    "Laos and Cambodia signed a framework agreement on trade and tourism on Thursday. They also signed an agreement on mutual recognition of diplomas.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
    ],
  ],
  // …but a field named later in its clause is its subject: another instrument.
  [
    "de",
    "Sambia und Malawi unterzeichneten am Montag ein Rahmenabkommen über Handel und Landwirtschaft. Außerdem wurde das Abkommen über bilaterale Zusammenarbeit im Bereich der Energie unterzeichnet.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
    ],
  ],
  [
    "en",
    "Laos and Cambodia signed a framework agreement on trade and tourism on Thursday. The agreement on bilateral cooperation that covers energy was also signed.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
    ],
  ],
  // A complement that goes on past the relationship names a subject: another instrument.
  [
    "en",
    "Kenya and Uganda signed on Tuesday an agreement on bilateral cooperation and an agreement on fisheries.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
    ],
  ],
];

// An instrument cited for a numbered provision after the day's signing verb is none signed that day; with its own
// verb after it ("el artículo 9 del Convenio … que firmaron en 2010") it is still told signed.
const CITED: readonly (readonly [string, string, readonly (readonly string[])[]])[] = [
  [
    "en",
    "Ghana and Togo on Monday signed an agreement on the running of their joint commission, set up under Article 5 of the General Agreement on Economic, Scientific and Cultural Cooperation.",
    ONE,
  ],
  [
    "es",
    "Bolivia y Perú firmaron el lunes un protocolo sobre aduanas, previsto por el artículo 9 del Convenio de Integración que firmaron en 2010.",
    [
      ["signed", "agreement"],
      ["signed", "agreement"],
    ],
  ],
  [
    "es",
    "Paraguay y Qatar celebraron su comisión mixta, prevista por el artículo 9 del Convenio Marco de Cooperación Económica que los dos países firmaron en Doha en 2010.",
    ONE,
  ],
];

describe("a definite form that names only the relationship restates the instrument before it", () => {
  it.for(RESTATED)("%s: %s", async ([, text, expected], { expect }) => {
    const got = await firmRows(text, ["status", "legalForm"], { perInstrument: true });
    expect(got.pairs).toHaveLength(1);
    expect(got.rows).toEqual(sortedRows(expected));
  });
});

describe("an instrument cited for a numbered provision", () => {
  it.for(CITED)("%s: %s", async ([, text, expected], { expect }) => {
    const got = await firmRows(text, ["status", "legalForm"], { perInstrument: true });
    expect(got.pairs).toHaveLength(1);
    expect(got.rows).toEqual(sortedRows(expected));
  });
});
