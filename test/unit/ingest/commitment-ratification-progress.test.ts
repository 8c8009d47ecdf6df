/**
 * A ratification told as under way ratifies nothing yet: a word of progress after the ratification noun ("the
 * ratification is under way", "la ratifica procede", "ратификация продвигается", "المصادقة … جارية") or a verb of
 * conducting it before ("ведут ратификацию", "avanzan en la ratificación"). A ratification told done stays one
 * (FICTIONAL sentences written for this project).
 */
import { describe } from "vitest";
import { itSigns, itSignsNothing } from "../../helpers/commitment-read";

describe("a ratification under way", () => {
  itSignsNothing([
    "en The ratification of the agreement between Ghana and Togo on air services is under way in both parliaments.",
    "fr La ratification de l'accord entre le Sénégal et la Gambie sur la pêche avance dans les deux pays.",
    "it La ratifica dell'accordo tra Italia e Slovenia sulla pesca procede nei due parlamenti.",
    "es Chile y Perú avanzan en la ratificación del acuerdo de libre comercio.",
    "pt A ratificação do acordo entre Portugal e Angola sobre a pesca está em andamento.",
    "de Die Ratifizierung des Abkommens zwischen Deutschland und Kasachstan läuft.",
    "ru Москва и Минск ведут ратификацию соглашения о взаимном признании виз.",
    "ru Ратификация соглашения о взаимном признании виз успешно продвигается в обеих странах.",
    "ar المصادقة على الاتفاقية بين مصر والأردن جارية في البرلمانين.",
  ]);
  // Told done, with a word of going on after it in another sense.
  itSigns([
    [
      "en Ghana's parliament ratified the agreement with Togo and continues its session on Friday.",
      ["ratified agreement"],
    ],
    ["it Il Parlamento ratifica l'accordo con la Slovenia e prosegue i lavori venerdì.", ["ratified agreement"]],
    ["ru Парламент Армении ратифицировал соглашение с Грузией, заседание продолжается.", ["ratified agreement"]],
  ]);
});
