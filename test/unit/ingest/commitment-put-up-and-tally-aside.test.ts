/**
 * Instruments put up for signing, and a future verb governing the signing noun ("ستشهد الزيارة إبرام", the visit will
 * witness the conclusion of), sign nothing yet; a tally told with an aside before its relative clause ("the 21
 * agreements, spanning many fields, that have been signed since relations were established") is no batch of the day.
 * A signing verb in the present that "this week" dates ("signent cette semaine") is still ahead. Sentences written for
 * this project (FICTIONAL).
 */
import { describe } from "vitest";
import { itSigns, itSignsNothing } from "../../helpers/commitment-read";

const AHEAD = [
  "en Three agreements between Peru and Russia will be put forward for signing at the commission, the minister said.",
  "fr Trois accords entre le Pérou et la Russie, soumis à la signature des ministres, portent sur la pêche.",
  "es Los cuatro convenios entre Bolivia y Paraguay sometidos a la firma de los ministros incluyen uno sobre transporte.",
  "pt Os três acordos entre Angola e Namíbia submetidos à assinatura dos ministros abrangem a pesca.",
  "it I tre accordi tra Italia e Tunisia sottoposti alla firma dei ministri riguardano la pesca.",
  "de Drei Abkommen zwischen Deutschland und Ghana wurden den Ministern zur Unterzeichnung vorgelegt.",
  "ru По словам министра, на подписание вынесут три соглашения между Россией и Перу.",
  "ru Документы России и Перу, предложенные к подписанию, касаются рыболовства.",
  "ar وقال المصدر إن الزيارة ستشهد إبرام ست اتفاقيات بين تونس وعمان في مجالات النقل والسياحة.",
  "ar وأضاف أن زيارة الرئيس ستتوج بتوقيع ثلاث اتفاقيات بين تونس وعمان.",
];

const TALLIES = [
  "en The ministers of Ghana and Kenya took stock of the 21 agreements, spanning many fields, that have been signed since diplomatic relations were established in 1963.",
  "fr Les ministres du Bénin et du Niger ont passé en revue les 15 accords, couvrant de nombreux domaines, qui ont été signés depuis l'établissement des relations diplomatiques.",
];

/** A relative clause that belongs to an aside ("at the State House, which has hosted…"), or "after" with a participle. */
const NO_TALLY = [
  [
    "en Ghana and Kenya signed three agreements in Accra, at the State House, which has hosted such ceremonies since 1963.",
    ["signed agreement", "signed agreement", "signed agreement"],
  ],
  [
    "en Ghana and Kenya signed three agreements on Monday, which were drafted after the rules established by the joint commission.",
    ["signed agreement"],
  ],
] as const;

/** "ستشهد بعد توقيع…" (will see, after the signing…) and the noun "la firma" with "this week" sign what they tell. */
const SIGNED_ANYWAY = [
  [
    "ar وقعت تونس وعمان اليوم ثلاث اتفاقيات، وقالت الوزيرة إن العلاقات ستشهد بعد توقيع الاتفاقيات نقلة نوعية.",
    ["signed agreement"],
  ],
  ["es Perú y Chile celebraron esta semana la firma de tres acuerdos sobre comercio.", ["signed agreement"]],
] as const;

const DONE = [
  [
    "en The ministers of Ghana and Kenya signed three agreements, covering trade and tourism, on Thursday in Accra.",
    ["signed agreement", "signed agreement", "signed agreement"],
  ],
] as const;

describe("instruments put up for signing, or whose conclusion a visit will witness", () => {
  itSignsNothing(AHEAD);
});

// A signing verb in the present dated "this week" is a programme's; a past one is the news.
const THIS_WEEK_AHEAD = [
  "pt Os governos de Angola e da Namíbia assinam durante esta semana acordos sobre pescas.",
  "fr Le Bénin et le Togo signent cette semaine trois accords sur le commerce.",
  "es Perú y Chile firman esta semana tres acuerdos sobre comercio.",
  "en Benin and Togo sign three trade agreements later this week.",
];
const THIS_WEEK_DONE = [
  ["fr Le Bénin et le Togo ont signé cette semaine un accord sur le commerce.", ["signed agreement"]],
  ["en Benin and Togo signed a trade agreement this week.", ["signed agreement"]],
] as const;

describe("a signing in the present that this week still holds", () => {
  itSignsNothing(THIS_WEEK_AHEAD);
  itSigns(THIS_WEEK_DONE);
});

describe("a tally of the relationship told with an aside", () => {
  itSignsNothing(TALLIES);
  itSigns(DONE);
  itSigns(NO_TALLY);
});

describe("a future verb or 'this week' that does not govern the signing", () => {
  itSigns(SIGNED_ANYWAY);
});
