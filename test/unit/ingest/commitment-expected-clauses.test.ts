/**
 * A signing told as expected, planned or negotiated is still ahead (sentences written for this project, FICTIONAL):
 * - a word of expectation governs its "that" clause to the end ("Ожидается, что итогом визита станет подписание…",
 *   "Si prevede che … sarà la firma", "Es wird erwartet, dass … unterzeichnet", "On s'attend à ce que … soit marquée
 *   par la signature", "ويتوقع أن تشهد … توقيع", "من المنتظر أن تتوج الزيارة، التي …، بتوقيع", "ومن المقرر أن
 *   يشهد …");
 * - "plan the signing" ("planen die Unterzeichnung") and "negotiations on signing" ("about to start negotiations on
 *   signing an agreement") sign nothing.
 */
import { describe } from "vitest";
import { itSigns, itSignsNothing } from "../../helpers/commitment-read";

const AHEAD = [
  "ru Ожидается, что итогом визита президента Армении в Каир станет подписание ряда документов.",
  "ru Предполагается, что в ходе визита стороны подпишут соглашение о торговле.",
  "it Si prevede che il risultato della visita a Tunisi sarà la firma di diversi accordi.",
  "pt Espera-se que o resultado da visita a Luanda seja a assinatura de vários acordos.",
  // A noun of expectation with its copula opens the clause too, however far the signing stands in it.
  "pt A previsão é de que pelo menos seis acordos de cooperação sejam firmados pelos dois países em Luanda.",
  "es La previsión es que los dos gobiernos firmen al menos seis acuerdos de cooperación en Luanda.",
  "it La previsione è che i due governi firmino almeno sei accordi di cooperazione a Luanda.",
  "en The expectation is that the two governments will in the end sign at least six cooperation agreements.",
  "de Im Anschluss an die Gespräche in Accra planen die Parteien die Unterzeichnung mehrerer Abkommen.",
  "en Ghana and Japan are about to start negotiations on signing an agreement on investment protection.",
  "fr Le Bénin et le Japon vont entamer des négociations sur la signature d'un accord de protection des investissements.",
  "fr On s'attend à ce que la visite du ministre béninois à Tokyo soit marquée par la signature de six accords.",
  "ar ويتوقع أن تشهد زيارة الوزير البنيني إلى طوكيو توقيع عدد من الاتفاقيات في مجال الصيد.",
  "ar وصل الوزير إلى طوكيو، فيما يتوقع أن تسفر الزيارة عن توقيع اتفاقيات في مجال الطاقة.",
  "ar من المنتظر أن تتوج زيارة الوزير البنيني إلى طوكيو، التي تبدأ غدا، بتوقيع ثلاث مذكرات تفاهم.",
  "ar ومن المقرر أن يشهد الوزيران، خلال الزيارة التي تدوم يومين، توقيع اتفاقية للتعاون في مجال الصيد.",
  "ar ومن المرتقب أن تختتم الزيارة بتوقيع اتفاقية للتعاون في مجال الطاقة بين البلدين.",
  // A contrast followed by a second "that" clause keeps the expectation over it.
  "it Si prevede che Italia e Ghana firmino un accordo, ma anche che sia firmato un memorandum.",
  "de Es wird erwartet, dass die Gespräche lange dauern, aber dass Deutschland und Ghana drei Abkommen unterzeichnen.",
];

const DONE = [
  [
    "ru Как и ожидалось, в ходе визита президента Армении в Каир стороны подписали соглашение о торговле.",
    ["signed agreement"],
  ],
  // An expectation after the signing, of what the signed instruments will do, leaves them signed.
  [
    "ar وقع البلدان أمس ثلاث مذكرات تفاهم، ومن المنتظر أن تعزز هذه المذكرات التعاون في مجال الصيد.",
    ["signed memorandum"],
  ],
  // What did happen after a contrast ("…, pero…") is no part of the expected clause.
  [
    "es La previsión era que se firmaran cinco acuerdos, pero al final Chile y Perú firmaron tres acuerdos.",
    ["signed agreement"],
  ],
  // A forecast told of a signing already made ("as the forecast had it") leaves it signed.
  [
    "pt O Brasil e a Índia assinaram hoje seis acordos de cooperação, segundo a previsão do governo.",
    ["signed agreement"],
  ],
] as const;

describe("a signing told as expected, planned or negotiated", () => {
  itSignsNothing(AHEAD);
  itSigns(DONE);
});
