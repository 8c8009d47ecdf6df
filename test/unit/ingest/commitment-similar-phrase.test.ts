/**
 * An instrument told as of the same kind as the report's ("un accord de même nature", "an agreement of the same
 * kind", "ein Abkommen gleicher Art", "اتفاقية من النوع نفسه", "такое же соглашение") is another one, told for
 * comparison: no commitment of the report's pair, as "a similar agreement" is none. Our own sentences (FICTIONAL).
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const TEXTS: readonly (readonly [string, string])[] = [
  [
    "fr",
    "La Russie et la Mongolie ont signé lundi à Moscou un accord d'exemption de visas. Un accord de même nature avait été signé en 2019 par le Kazakhstan.",
  ],
  [
    "en",
    "Russia and Mongolia signed a visa exemption agreement in Moscow on Monday. An agreement of the same kind was signed in 2019 by Kazakhstan.",
  ],
  [
    "ru",
    "Россия и Монголия подписали в понедельник в Москве соглашение о безвизовом режиме. Такое же соглашение в 2019 году подписал Казахстан.",
  ],
  [
    "it",
    "Russia e Mongolia hanno firmato lunedì a Mosca un accordo di esenzione dal visto. Un accordo dello stesso tipo era stato firmato nel 2019 dal Kazakistan.",
  ],
  [
    "es",
    "Rusia y Mongolia firmaron el lunes en Moscú un acuerdo de exención de visados. Un acuerdo del mismo tipo fue firmado en 2019 por Kazajistán.",
  ],
  [
    "pt",
    "A Rússia e a Mongólia assinaram na segunda-feira em Moscovo um acordo de isenção de vistos. Um acordo do mesmo tipo foi assinado em 2019 pelo Cazaquistão.",
  ],
  [
    "de",
    "Russland und die Mongolei unterzeichneten am Montag in Moskau ein Abkommen über die Visafreiheit. Ein Abkommen gleicher Art hatte 2019 Kasachstan unterzeichnet.",
  ],
  [
    "ar",
    "وقعت روسيا ومنغوليا يوم الاثنين في موسكو اتفاقية للإعفاء من التأشيرات. وكانت اتفاقية من النوع نفسه قد وقعت عام 2019 من قبل كازاخستان.",
  ],
];

describe("an instrument of the same kind is another one", () => {
  it.for(TEXTS)("%s: only the report's own signing (%s)", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["signed agreement"]);
  });
});
