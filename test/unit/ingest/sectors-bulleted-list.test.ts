import { describe, it } from "vitest";
import { afterLongLead, itFindsAfterLongLead, sectorsIn } from "../../helpers/sectors";

// FICTIONAL reports in the project's words: after a long lead that names no field, a line announces areas and ends on
// a colon, and each area stands on a bulleted line of its own, named once (border demarcation among them).
const list = (intro: string, items: readonly string[]) => `\n${intro}\n${items.map((i) => `-\n${i}`).join("\n")}\n`;

describe("findSectors: an area on a line of a bulleted list a cue announces counts alone", () => {
  itFindsAfterLongLead([
    [
      "en",
      list("The agreement covers many areas, notably:", [
        "Air services;",
        "Border demarcation;",
        "Fisheries and aquaculture;",
        "Film co-production.",
      ]),
      "sovereignty-and-disputes",
    ],
    [
      "fr",
      list("La convention touche de nombreux domaines, notamment :", [
        "Les services aériens ;",
        "La délimitation des frontières ;",
        "La pêche et l'aquaculture ;",
        "La coproduction cinématographique.",
      ]),
      "sovereignty-and-disputes",
    ],
    [
      "es",
      list("El convenio abarca numerosos ámbitos, en particular:", [
        "Los servicios aéreos;",
        "La delimitación de fronteras;",
        "La pesca y la acuicultura;",
        "La coproducción cinematográfica.",
      ]),
      "sovereignty-and-disputes",
    ],
    [
      "pt",
      list("A convenção abrange numerosos domínios, nomeadamente:", [
        "Os serviços aéreos;",
        "A delimitação das fronteiras;",
        "A pesca e a aquicultura;",
        "A coprodução cinematográfica.",
      ]),
      "sovereignty-and-disputes",
    ],
    [
      "it",
      list("La convenzione riguarda numerosi settori, in particolare:", [
        "I servizi aerei;",
        "La delimitazione dei confini;",
        "La pesca e l'acquacoltura;",
        "La coproduzione cinematografica.",
      ]),
      "sovereignty-and-disputes",
    ],
    [
      "de",
      list("Das Abkommen betrifft zahlreiche Bereiche, insbesondere:", [
        "Luftverkehr;",
        "Grenzziehung;",
        "Fischerei und Aquakultur;",
        "Filmkoproduktion.",
      ]),
      "sovereignty-and-disputes",
    ],
    [
      "ru",
      list("Соглашение касается многих сфер, в том числе:", [
        "воздушного сообщения;",
        "делимитации границы;",
        "рыболовства и аквакультуры;",
        "совместного кинопроизводства.",
      ]),
      "sovereignty-and-disputes",
    ],
    [
      "ar",
      list("وتشمل الاتفاقية مجالات عديدة، لا سيما:", [
        "النقل الجوي؛",
        "ترسيم الحدود؛",
        "الصيد البحري وتربية الأحياء المائية؛",
        "الإنتاج السينمائي المشترك.",
      ]),
      "sovereignty-and-disputes",
    ],
  ]);
});

describe("findSectors: a single line after a colon is no list", () => {
  it("en: one long sentence after the colon, its area named once far from any cue", ({ expect }) => {
    const text = afterLongLead(
      "en",
      "\nThe president said:\nWe remember the long quarrel over the border demarcation of the old days, and we will never forget it, however far the past now seems to all of us here.\n",
    );
    expect(sectorsIn("en", text)).not.toContain("sovereignty-and-disputes");
  });
});
