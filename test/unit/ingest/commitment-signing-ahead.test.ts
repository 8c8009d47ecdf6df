/**
 * A signing named as the subject of what it will bring (sentences written for this project, FICTIONAL): "The
 * signing of the accord will open…", "С подписанием соглашения … станет…", "وسيسهم توقيع الاتفاقية في…" tell a
 * signing still ahead, in every language. The same noun with a past predicate ("The signing of the accord took
 * place on Monday") is a signing done.
 */
import { describe } from "vitest";
import { itSigns, itSignsNothing } from "../../helpers/commitment-read";

const AHEAD = [
  "en The signing of the fisheries agreement is expected to lead to more joint patrols by Chile and Peru.",
  "en The signing of the accord will open the door to direct flights between Chile and Peru.",
  "en With the signing of the agreement, most of the Andes will become visa-free for Peruvian travellers.",
  "fr La signature de l'accord de pêche permettra d'intensifier les patrouilles communes du Bénin et du Niger.",
  "fr Avec la signature de cet accord, le Bénin et le Niger deviendront des partenaires plus proches.",
  "es La firma del convenio pesquero permitirá multiplicar las patrullas conjuntas de Chile y Perú.",
  "es Con la firma del acuerdo, casi todos los peruanos podrán viajar a Chile sin visado.",
  "pt A assinatura do acordo de pescas vai permitir reforçar as patrulhas de Angola e Namíbia.",
  "it La firma dell'accordo sulla pesca permetterà di intensificare le pattuglie di Italia e Tunisia.",
  "de Die Unterzeichnung des Abkommens über die Fischerei wird die gemeinsamen Patrouillen Chiles und Perus stärken.",
  "ru Подписание соглашения о рыболовстве позволит расширить совместное патрулирование Чили и Перу.",
  "ru С подписанием соглашения почти вся Латинская Америка станет доступной для перуанцев без виз.",
  "ar وسيسهم توقيع اتفاقية الصيد البحري في تعزيز الدوريات المشتركة بين تشيلي والبيرو.",
  "ar ومن شأن توقيع الاتفاقية أن يعزز الدوريات المشتركة بين تشيلي والبيرو.",
];

const DONE = [
  ["en The signing of the fisheries agreement took place on Monday in Lima.", ["signed agreement"]],
  ["fr La signature de l'accord de pêche a eu lieu lundi à Cotonou.", ["signed agreement"]],
  ["ru Подписание соглашения о рыболовстве состоялось в понедельник в Лиме.", ["signed agreement"]],
  [
    "en Chile and Peru signed a fisheries agreement on Monday; the signing of the accord will open the door to joint patrols.",
    ["signed agreement"],
  ],
] as const;

describe("a signing as the subject of what it will bring", () => {
  itSignsNothing(AHEAD);
  itSigns(DONE);
});
