import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

// FICTIONAL items written for this test. The leaders of three states sign one treaty together and two more states
// are to join it later: a meeting of several states, which gives no pair, even when the three are listed with
// nothing but "and" between them (Arabic joins each with a clitic و) and the two latecomers share a sentence.
const pairsOf = (text: string) => pairKeysOf(text, "2026-07-21");

const SEVERAL: readonly (readonly [string, string])[] = [
  [
    "ar",
    "وقع قادة الدول الثلاث، منغوليا وكازاخستان وأوزبكستان، اليوم الثلاثاء في مدينة ألماتي اتفاقية للصداقة وحسن الجوار. كما سيوقع رئيس طاجيكستان ورئيس تركمانستان هذه الوثيقة في وقت لاحق بعد استكمال الإجراءات الداخلية في بلديهما.",
  ],
  [
    "en",
    "The leaders of the three countries, Mongolia, Kazakhstan and Uzbekistan, signed a treaty of friendship and good neighbourliness in Almaty on Tuesday. The President of Tajikistan and the President of Turkmenistan will sign the document later, once their own procedures are complete.",
  ],
  [
    "fr",
    "Les dirigeants des trois pays, la Mongolie, le Kazakhstan et l'Ouzbékistan, ont signé mardi à Almaty un traité d'amitié et de bon voisinage. Le président du Tadjikistan et le président du Turkménistan signeront le document plus tard, une fois leurs procédures internes achevées.",
  ],
  [
    "ru",
    "Лидеры трех стран — Монголии, Казахстана и Узбекистана — подписали во вторник в Алматы договор о дружбе и добрососедстве. Президент Таджикистана и президент Туркменистана подпишут документ позже, после завершения внутренних процедур.",
  ],
  [
    "es",
    "Los líderes de los tres países, Mongolia, Kazajistán y Uzbekistán, firmaron el martes en Almaty un tratado de amistad y buena vecindad. El presidente de Tayikistán y el presidente de Turkmenistán firmarán el documento más adelante, cuando concluyan sus procedimientos internos.",
  ],
  [
    "de",
    "Die Staatschefs der drei Länder Mongolei, Kasachstan und Usbekistan unterzeichneten am Dienstag in Almaty einen Vertrag über Freundschaft und gute Nachbarschaft. Der Präsident Tadschikistans und der Präsident Turkmenistans werden das Dokument später unterzeichnen, sobald ihre inneren Verfahren abgeschlossen sind.",
  ],
];

describe("a treaty of three states is no pair", () => {
  it.for(SEVERAL)("%s: %s", async ([, text], { expect }) => {
    expect(await pairsOf(text)).toEqual([]);
  });
});
