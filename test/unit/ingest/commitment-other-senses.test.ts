/**
 * A status word in another of its senses (sentences written for this project, FICTIONAL): Spanish and Portuguese
 * 'ratificar' is also to reaffirm ('ratificaron su compromiso con el acuerdo'), and Arabic 'المبرمة' (concluded) tells
 * a signing only when a day follows it ('المبرمة في 17 جوان 2003'), not of a final ruling or a background agreement.
 */
import { describe } from "vitest";
import { itSigns, itSignsNothing } from "../../helpers/commitment-read";

const REAFFIRMED = [
  "es Los presidentes de Argentina y Uruguay ratificaron este miércoles su compromiso con el acuerdo de libre comercio.",
  "es Los cancilleres de Colombia y Venezuela ratificaron su voluntad de avanzar en el acuerdo de reapertura de la frontera.",
  "es Los jueces ratificaron la extradición del ciudadano colombiano a Estados Unidos.",
  "pt Os presidentes do Brasil e do Uruguai ratificaram o compromisso com o acordo de livre comércio entre os dois países.",
];

const RATIFIED = [
  [
    "es La Cámara de Representantes de Colombia ratificó con el respaldo de la bancada oficialista el acuerdo comercial con Venezuela.",
    ["ratified agreement"],
  ],
  [
    "pt O parlamento de Cabo Verde ratificou com amplo apoio o tratado de extradição com o Senegal.",
    ["ratified treaty"],
  ],
  [
    "es Los diputados ratificaron por unanimidad el acuerdo de exención de visas entre Nicaragua y Catar.",
    ["ratified agreement"],
  ],
  ["es El Senado ratificó el tratado de extradición entre México y Colombia.", ["ratified treaty"]],
  ["pt Os deputados ratificaram o acordo de supressão de vistos entre Cabo Verde e o Senegal.", ["ratified agreement"]],
] as const;

const STILL_PENDING = [
  "ar لا تزال المصادقة على الاتفاقية بين الجزائر وإيطاليا متعثرة.",
  "ar لا يزال توقيع اتفاقية التجارة الحرة بين مصر وتركيا مؤجلا.",
];

const UNDATED_CONCLUDED = [
  "ar وأعرب الوزيران عن ارتياحهما لمستوى تنفيذ اتفاقية التعاون المبرمة بين الكويت والعراق.",
  "ar سلمت السلطات المغربية إلى فرنسا مواطنا مطلوبا وفقا لاتفاقية تسليم المجرمين بين البلدين بعد صدور الحكم المبرم في حقه.",
];

const DATED_CONCLUDED = [
  [
    "ar أعلنت وزارة الخارجية السعودية أن الاتفاقية المبرمة اليوم بين المملكة العربية السعودية وباكستان تعزز التعاون الدفاعي.",
    ["signed agreement"],
  ],
  [
    "ar ويأتي اللقاء تكريسا لمعاهدة الصداقة وحسن الجوار والتعاون بين تونس والبرتغال المبرمة في 17 جوان 2003.",
    ["signed treaty"],
  ],
] as const;

describe("a status word in another of its senses", () => {
  itSignsNothing(REAFFIRMED);
  itSigns(RATIFIED);
  itSignsNothing(UNDATED_CONCLUDED);
  itSigns(DATED_CONCLUDED);
  itSignsNothing(STILL_PENDING);
});
