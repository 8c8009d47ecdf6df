/**
 * One side dealing "with" the other: a sentence that names one country (or its leader) and then the other after
 * "with" ("Chile's president and his ministers closed six agreements with Thailand") bonds the two as clearly as "X
 * and Y", so a report set at a summit of many states still gives their pair (FICTIONAL items written for this
 * project). "With X and Y" names two partners of a third party, still no pair of each other.
 */
import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

const WITH: readonly (readonly [string, string])[] = [
  [
    "en",
    "Bangkok – Chile's president and his ministers closed six cooperation agreements with Thailand on Saturday.\n\nChile is one of the countries invited to the ASEAN summit, which runs until next week.",
  ],
  [
    "fr",
    "Bangkok – Le président chilien et ses ministres ont conclu samedi six accords de coopération avec la Thaïlande.\n\nLe Chili est l'un des pays invités au sommet de l'ASEAN, qui se poursuit jusqu'à la semaine prochaine.",
  ],
  [
    "it",
    "Bangkok – Il presidente cileno e i suoi ministri hanno chiuso sabato sei accordi di cooperazione con la Thailandia.\n\nIl Cile è uno dei paesi invitati al vertice dell'ASEAN, che prosegue fino alla prossima settimana.",
  ],
  [
    "es",
    "Bangkok – El presidente chileno y sus ministros cerraron el sábado seis acuerdos de cooperación con Tailandia.\n\nChile es uno de los países invitados a la cumbre de la ASEAN, que sigue hasta la próxima semana.",
  ],
  [
    "pt",
    "Banguecoque – O presidente chileno e os seus ministros fecharam no sábado seis acordos de cooperação com a Tailândia.\n\nO Chile é um dos países convidados para a cimeira da ASEAN, que segue até à próxima semana.",
  ],
  [
    "de",
    "Bangkok – Chiles Präsident und seine Minister haben am Samstag sechs Kooperationsabkommen mit Thailand geschlossen.\n\nChile ist eines der Länder, die zum ASEAN-Gipfel eingeladen sind, der bis nächste Woche dauert.",
  ],
  [
    "ru",
    "Бангкок – Президент Чили и его министры в субботу заключили шесть соглашений о сотрудничестве с Таиландом.\n\nЧили входит в число стран, приглашённых на саммит АСЕАН, который продлится до следующей недели.",
  ],
  [
    "ar",
    "بانكوك – أبرم الرئيس التشيلي ووزراؤه يوم السبت ست اتفاقيات تعاون مع تايلاند.\n\nتشيلي من الدول المدعوة إلى قمة آسيان التي تستمر حتى الأسبوع المقبل.",
  ],
];

describe("one side dealing with the other, at a summit", () => {
  it.for(WITH)("%s: the pair of the two", async ([, text], { expect }) => {
    expect(await pairKeysOf(text, "2026-03-07")).toEqual(["CL-TH"]);
  });
  it("two partners of a third party after 'with' are no pair of each other", async ({ expect }) => {
    const text =
      "Astana – The Prime Minister of Japan signed memoranda with Kazakhstan and Uzbekistan on Saturday at the summit of Central Asian states.";
    expect(await pairKeysOf(text, "2026-03-07")).not.toContain("KZ-UZ");
  });
});
