/**
 * A list after a colon whose item lines hold more than one sentence ("- Cultura: acordo de coprodução audiovisual …
 * . Prevê festivais conjuntos;") runs on at the next line: every item line is signed, not only those before the
 * first line of two sentences (FICTIONAL reports written for this project).
 */
import { describe, it } from "vitest";
import { signed } from "../../helpers/commitment-read";

const LISTS: readonly (readonly [string, string])[] = [
  [
    "pt",
    "Brasília - Os presidentes do Brasil e do Chile firmaram nesta terça-feira quatro acordos bilaterais.\nConfira os acordos:\n- Cultura: acordo de coprodução audiovisual entre os dois países. Prevê festivais conjuntos;\n- Defesa: memorando de entendimento para o intercâmbio de oficiais instrutores. Inclui cursos;\n- Agricultura: memorando de entendimento sobre desenvolvimento rural sustentável;\n- Ciência: memorando de entendimento sobre inteligência artificial.",
  ],
  [
    "en",
    "Brasília - Brazil and Chile signed four agreements on Tuesday. The agreements signed:\n- Culture: an audiovisual co-production agreement. It foresees joint festivals;\n- Defence: a memorandum of understanding on the exchange of instructors. It includes courses;\n- Agriculture: a memorandum of understanding on sustainable rural development;\n- Science: a memorandum of understanding on artificial intelligence.",
  ],
  [
    "fr",
    "Brasília - Le Brésil et le Chili ont signé mardi quatre accords. Les accords signés :\n- Culture : un accord de coproduction audiovisuelle. Il prévoit des festivals communs ;\n- Défense : un mémorandum d'entente sur l'échange d'instructeurs. Il inclut des cours ;\n- Agriculture : un mémorandum d'entente sur le développement rural durable ;\n- Science : un mémorandum d'entente sur l'intelligence artificielle.",
  ],
];

describe("item lines of two sentences", () => {
  it.for(LISTS)("%s: every item line is signed", ([lang, text], { expect }) => {
    const forms = signed(lang, text).map((s) => s.split(" ")[0]);
    expect(forms.filter((f) => f === "memorandum")).toHaveLength(3);
  });
});
