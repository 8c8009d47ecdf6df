import { describe } from "vitest";
import { allOnEach, eventOnEach } from "../../helpers/date-cases";

// FICTIONAL sentences in the project's words; each fails without the rule its test names.

describe("'the day before yesterday' is two days back, in every language", () => {
  // Published on Wednesday 11 March 2026: the signing was on Monday the 9th.
  allOnEach(
    [
      ["en", "Ghana and Kenya signed a memorandum on trade in Accra the day before yesterday."],
      ["fr", "Avant-hier, le Ghana et le Kenya ont signé à Accra un mémorandum sur le commerce."],
      ["it", "Il Ghana e il Kenya hanno firmato l'altro ieri ad Accra un memorandum sul commercio."],
      ["it", "Il Ghana e il Kenya hanno firmato ieri l'altro ad Accra un memorandum sul commercio."],
      ["es", "Ghana y Kenia firmaron anteayer en Accra un memorando sobre comercio."],
      ["es", "Ghana y Kenia firmaron antier en Accra un memorando sobre comercio."],
      ["pt", "O Gana e o Quénia assinaram anteontem em Acra um memorando sobre comércio."],
      ["de", "Ghana und Kenia haben vorgestern in Accra ein Memorandum über Handel unterzeichnet."],
      ["ru", "Гана и Кения позавчера подписали в Аккре меморандум о торговле."],
      ["ar", "وقعت غانا وكينيا أمس الأول في أكرا مذكرة تفاهم في مجال التجارة."],
      ["ar", "وقعت غانا وكينيا أول أمس في أكرا مذكرة تفاهم في مجال التجارة."],
    ],
    "2026-03-11T10:00:00Z",
    "2026-03-09",
  );
});

describe("a weekday given with the relative word fixes the day", () => {
  // Published on Wednesday 11 March 2026: "the day before yesterday, Monday" is the 9th.
  allOnEach(
    [
      ["en", "Ghana and Kenya signed a memorandum on trade in Accra the day before yesterday, Monday."],
      ["fr", "Le Ghana et le Kenya ont signé avant-hier lundi à Accra un mémorandum sur le commerce."],
      ["es", "Ghana y Kenia firmaron anteayer, lunes, en Accra un memorando sobre comercio."],
      ["pt", "O Gana e o Quénia assinaram anteontem, segunda-feira, em Acra um memorando sobre comércio."],
      ["ar", "وقعت غانا وكينيا أمس الأول الإثنين في أكرا مذكرة تفاهم في مجال التجارة."],
      ["ar", "وقعت غانا وكينيا أمس الاثنين في أكرا مذكرة تفاهم في مجال التجارة."],
    ],
    "2026-03-11T10:00:00Z",
    "2026-03-09",
  );
});

describe("a weekday's name inside a place's name is no day", () => {
  // Published on Thursday 2 April 2026; 'Santo Domingo' is a city, not Sunday the 29th.
  eventOnEach(
    [
      [
        "es",
        "Santo Domingo.- Ghana y la República Dominicana firmaron un memorando de entendimiento sobre comercio en la sede de la cancillería.",
      ],
      [
        "fr",
        "Le Ghana et la République dominicaine ont signé à Santo Domingo un mémorandum d'entente sur le commerce, a indiqué la chancellerie.",
      ],
      [
        "pt",
        "O Gana e a República Dominicana assinaram em Santo Domingo um memorando de entendimento sobre comércio, informou a chancelaria.",
      ],
      [
        "it",
        "Il Ghana e la Repubblica Dominicana hanno firmato a Santo Domingo un memorandum d'intesa sul commercio, ha reso noto la cancelleria.",
      ],
    ],
    "2026-04-02T10:00:00Z",
    "2026-04-02",
    (a, expect) => expect(a.commitments.map((c) => c.signedOn)).not.toContain("2026-03-29"),
  );
});

describe("a weekday with its time of day", () => {
  // Published on Thursday 12 March 2026: Tuesday evening is the 10th, Monday morning the 9th, Sunday the 8th.
  allOnEach(
    [
      ["de", "Ghana und Kenia haben am Dienstagabend in Accra ein Abkommen über Handel unterzeichnet."],
      ["de", "Ghana und Kenia haben Dienstagnachmittag in Accra ein Abkommen über Handel unterzeichnet."],
      ["ar", "وقعت غانا وكينيا مساء الثلاثاء في أكرا مذكرة تفاهم في مجال التجارة."],
    ],
    "2026-03-12T10:00:00Z",
    "2026-03-10",
  );
  allOnEach(
    [
      ["de", "Ghana und Kenia haben am Montagmorgen in Accra ein Abkommen über Handel unterzeichnet."],
      ["ar", "وقعت غانا وكينيا مساء الاثنين في أكرا مذكرة تفاهم في مجال التجارة."],
      ["ar", "وقعت غانا وكينيا، الإثنين، في أكرا مذكرة تفاهم في مجال التجارة."],
    ],
    "2026-03-12T10:00:00Z",
    "2026-03-09",
  );
  allOnEach(
    [
      ["de", "Ghana und Kenia haben am Sonntagabend in Accra ein Abkommen über Handel unterzeichnet."],
      ["ar", "وقعت غانا وكينيا صباح الأحد في أكرا مذكرة تفاهم في مجال التجارة."],
    ],
    "2026-03-12T10:00:00Z",
    "2026-03-08",
  );
});
