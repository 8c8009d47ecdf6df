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
  // Told done, with a word of going on or of progress after it in another clause.
  itSigns([
    [
      "en Parliament on Tuesday completed the ratification of the trade agreement between Kenya and Ethiopia and continues its session.",
      ["ratified agreement"],
    ],
    [
      "en The ratification of the agreement between Kenya and Ethiopia is complete and work is under way on the border road.",
      ["ratified agreement"],
    ],
    [
      "en Following the ratification of the pipeline agreement between Ghana and Togo on Tuesday work is under way on the route.",
      ["ratified agreement"],
    ],
    [
      "fr L'Assemblée nationale a adopté mardi la ratification de l'accord entre le Sénégal et la Gambie et la séance se poursuit.",
      ["ratified agreement"],
    ],
    [
      "es El Senado aprobó el martes la ratificación del acuerdo entre Chile y Argentina y continúa su sesión.",
      ["ratified agreement"],
    ],
    [
      "ru Госдума во вторник завершила ратификацию соглашения между Россией и Вьетнамом и работа палаты продолжается.",
      ["ratified agreement"],
    ],
    ["ar أقر البرلمان يوم الثلاثاء المصادقة على الاتفاقية بين مصر والسودان والجلسة مستمرة.", ["ratified agreement"]],
    [
      "en Ghana's parliament ratified the agreement with Togo and continues its session on Friday.",
      ["ratified agreement"],
    ],
    ["it Il Parlamento ratifica l'accordo con la Slovenia e prosegue i lavori venerdì.", ["ratified agreement"]],
    ["ru Парламент Армении ратифицировал соглашение с Грузией, заседание продолжается.", ["ratified agreement"]],
  ]);
});
