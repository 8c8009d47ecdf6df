/**
 * Guards for the rules that drop or plan an instrument: sentences where they must not (a demonstrative used as a
 * pronoun or before an instrument with a field of its own, "implementing" as an adjective or a clause of its own, a
 * German participle before its noun, a programme that is the instrument), each with the number of signed
 * instruments a reader counts. Sentences in our own words (FICTIONAL), written as adversarial probes in review.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const CASES: readonly [string, string, number][] = [
  [
    "en",
    "Morocco and Kazakhstan signed a memorandum on tourism on Monday. This agreement regarding energy was also signed by the energy ministers.",
    2,
  ],
  [
    "en",
    "Morocco and Kazakhstan signed a memorandum on tourism in 2019. On Monday they signed this agreement for energy cooperation, the first of its kind.",
    2,
  ],
  [
    "fr",
    "Le Maroc et le Kazakhstan ont signé lundi un mémorandum sur le tourisme. Les ministres ont également signé cet accord pour la promotion des investissements.",
    2,
  ],
  [
    "fr",
    "Le Maroc et le Kazakhstan ont signé lundi un mémorandum sur le tourisme. Ce protocole d'accord relatif à l'énergie a aussi été signé par les ministres.",
    2,
  ],
  [
    "it",
    "Il Marocco e il Kazakistan hanno firmato lunedì un memorandum sul turismo. Un tale accordo per l'energia è stato firmato anche dai ministri dell'energia.",
    2,
  ],
  [
    "pt",
    "Marrocos e o Cazaquistão assinaram na segunda-feira um memorando sobre turismo. Deste acordo para a energia espera-se muito; foi assinado pelos ministros.",
    2,
  ],
  [
    "de",
    "Marokko und Kasachstan unterzeichneten am Montag ein Memorandum über Tourismus. Außerdem unterzeichneten die Minister diese Abkommen für Verkehr und Energie.",
    2,
  ],
  [
    "de",
    "Marokko und Kasachstan unterzeichneten am Montag ein Memorandum über Tourismus. Daneben wurde dieses Energieabkommen unterzeichnet.",
    2,
  ],
  [
    "ru",
    "Марокко и Казахстан в понедельник подписали меморандум о туризме. При этом соглашение по энергетике подписали министры энергетики.",
    2,
  ],
  [
    "ru",
    "Марокко и Казахстан в понедельник подписали меморандум о туризме. Помимо этого, соглашение по энергетике подписали министры энергетики.",
    2,
  ],
  [
    "ru",
    "Марокко и Казахстан в понедельник подписали меморандум о туризме. Также подписано это соглашение по энергетике.",
    2,
  ],
  [
    "ru",
    "Марокко и Казахстан в понедельник подписали меморандум о туризме. Вместе с этим соглашение в сфере энергетики подписали министры.",
    2,
  ],
  [
    "ar",
    "وقع المغرب وكازاخستان يوم الاثنين مذكرة تفاهم في مجال السياحة. كما وقع الوزيران هذه الاتفاقية بشأن الطاقة.",
    2,
  ],
  [
    "ar",
    "وقع المغرب وكازاخستان يوم الاثنين مذكرة تفاهم في مجال السياحة. ووقع وزيرا الطاقة تلك الاتفاقية حول الطاقة المتجددة.",
    2,
  ],
  [
    "ar",
    "وقع المغرب وكازاخستان يوم الاثنين مذكرة تفاهم في مجال السياحة. وفي موازاة ذلك اتفاقية بشأن الطاقة تم توقيعها من طرف الوزيرين.",
    2,
  ],
  [
    "en",
    "Morocco and Kazakhstan signed a memorandum on tourism on Monday. Besides this, agreements for energy and transport were signed.",
    3,
  ],
  [
    "en",
    "Morocco and Kazakhstan signed a memorandum on tourism on Monday. In addition to this, Agreement for Energy Cooperation was signed by the ministers.",
    2,
  ],
  [
    "pt",
    "Marrocos e o Cazaquistão assinaram na segunda-feira um memorando sobre turismo. Também foi assinado este acordo relativo à energia.",
    2,
  ],
  [
    "es",
    "Marruecos y Kazajistán firmaron el lunes un memorando sobre turismo. También se firmó este acuerdo relativo a la energía.",
    2,
  ],
  [
    "es",
    "Marruecos y Kazajistán firmaron el lunes un memorando sobre turismo. Junto a este, acuerdos para la energía y el transporte fueron firmados.",
    3,
  ],
  [
    "it",
    "Il Marocco e il Kazakistan hanno firmato lunedì un memorandum sul turismo. Oltre a questo, accordi per l'energia e i trasporti sono stati firmati.",
    3,
  ],
  [
    "it",
    "Il Marocco e il Kazakistan hanno firmato lunedì un memorandum sul turismo. È stato firmato anche questo accordo relativo all'energia.",
    2,
  ],
  [
    "de",
    "Marokko und Kasachstan unterzeichneten am Montag ein Memorandum über Tourismus. Zudem unterzeichneten sie diese Vereinbarung für Energie.",
    2,
  ],
  [
    "de",
    "Marokko und Kasachstan unterzeichneten am Montag ein Memorandum über Tourismus. Zusätzlich dazu wurden diese Abkommen betreffend Energie und Verkehr unterzeichnet.",
    2,
  ],
  [
    "ru",
    "Марокко и Казахстан в понедельник подписали меморандум о туризме. Наряду с этим соглашения по энергетике и транспорту подписали министры.",
    3,
  ],
  [
    "fr",
    "Le Maroc et le Kazakhstan ont signé lundi un mémorandum sur le tourisme. Les ministres ont aussi signé cette convention concernant l'énergie.",
    2,
  ],
  ["en", "The program provides for joint research; it was signed on Monday by Morocco and Kazakhstan.", 1],
  ["de", "Das zur Unterzeichnung vorbereitete Abkommen wurde am Montag von Marokko und Kasachstan unterzeichnet.", 1],
  [
    "de",
    "Das Abkommen wurde, zur Unterzeichnung vorbereitet von beiden Ministerien, am Montag von Marokko und Kasachstan unterzeichnet.",
    1,
  ],
  [
    "en",
    "For the implementation of the project, the implementing agencies signed agreements with Kazakh banks on Monday.",
    1,
  ],
  ["en", "Morocco and Kazakhstan signed implementation agreements for the railway project on Monday.", 1],
  ["fr", "Le comité de suivi signe des accords avec les banques marocaines.", 1],
  ["it", "Per l'attuazione firmati lunedì accordi tra Marocco e Kazakistan.", 1],
  ["es", "Para su ejecución se firmaron acuerdos entre Marruecos y Kazajistán el lunes.", 1],
  ["es", "En cumplimiento se firmaron acuerdos entre Marruecos y Kazajistán el lunes.", 1],
  ["pt", "Para a sua execução foram assinados acordos entre Marrocos e o Cazaquistão na segunda-feira.", 1],
  ["pt", "Para a execução foram assinados acordos entre Marrocos e o Cazaquistão na segunda-feira.", 1],
  ["de", "Zur Umsetzung wurden Abkommen zwischen Marokko und Kasachstan am Montag unterzeichnet.", 1],
  ["ru", "Для реализации подписаны соглашения между Марокко и Казахстаном.", 1],
  ["ar", "ولتنفيذ ذلك وقعت اتفاقيات بين المغرب وكازاخستان يوم الاثنين.", 1],
  ["ar", "وفي إطار متابعة وقعت اتفاقيات بين المغرب وكازاخستان يوم الاثنين.", 1],
];

describe("instruments signed beside restatements, follow-ups and plans stay signed", () => {
  it.for(CASES)("%s: %s", ([lang, text, count], { expect }) => {
    expect(firmCommitments(lang, text)).toHaveLength(count);
  });
});
