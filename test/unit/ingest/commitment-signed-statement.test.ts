/**
 * A statement or communiqué that a signing word governs is a joint statement signed ("signed a statement on strategic
 * partnership", "подписали заявление о стратегическом партнерстве", "ووقع الرئيسان بيانا", "firmaron un comunicado");
 * one read out, published, quoted, signed by one spokesman or issued after a signing is none ("выступили с
 * заявлением для прессы", "said in a statement", "un communiqué signé par son porte-parole"). German
 * "Deklaration" is a declaration, as "Erklärung" is (FICTIONAL sentences written for this project).
 */
import { describe } from "vitest";
import { itSigns, itSignsNothing } from "../../helpers/commitment-read";

const SIGNED = [
  "ru По окончании переговоров президенты Армении и Грузии подписали заявление о стратегическом партнерстве.",
  "en After the talks, the presidents of Fiji and Samoa signed a statement on strategic partnership.",
  "ar ووقع الرئيسان بيانا حول الشراكة الاستراتيجية بين الأردن وسلطنة عمان.",
  "es Los presidentes de Chile y Perú firmaron un comunicado sobre la integración fronteriza.",
  "pt Os presidentes de Angola e da Zâmbia assinaram um comunicado sobre a integração regional.",
  "it I presidenti di Albania e Montenegro hanno firmato un comunicato sulla cooperazione regionale.",
  "fr Les présidents du Bénin et du Niger ont signé un communiqué sur la coopération frontalière.",
  "de Die Präsidenten Albaniens und Montenegros unterzeichneten ein Kommuniqué über die regionale Zusammenarbeit.",
].map((line) => [line, ["signed joint-statement"]] as const);

const DECLARATION = [
  "de Den Höhepunkt bildete die Unterzeichnung einer Deklaration über Bündnisbeziehungen zwischen Kasachstan und Usbekistan.",
].map((line) => [line, ["signed declaration"]] as const);

const NOT_SIGNED = [
  "ru Выступая вместе с гостем с заявлением для прессы, президент Армении пообещал скорую встречу с лидером Грузии.",
  "en In a statement, the foreign ministry of Fiji welcomed the talks with Samoa.",
  "ar وقالت الخارجية الأردنية في بيان إن الوزيرين بحثا التعاون مع سلطنة عمان.",
  "es Los presidentes de Chile y Perú leyeron un comunicado conjunto tras la reunión.",
  // Signed by one spokesman, an adjective, a verb of concluding, a website: no instrument.
  "en In a signed statement, the foreign ministry of Fiji welcomed the talks with Samoa.",
  "fr Dans un communiqué signé par son porte-parole, le ministère béninois a salué les entretiens avec le Niger.",
  "en The talks between Fiji and Samoa concluded with a statement on fisheries.",
  "ar ونشر الموقع الرسمي للرئاسة الأردنية بيانا حول الزيارة إلى سلطنة عمان.",
];

// A statement issued after a signing is no instrument of the batch signed.
const AFTER_SIGNING = [
  "de Chile und Peru unterzeichneten am Montag drei Abkommen. Nach der Unterzeichnung wurde ein Kommuniqué veröffentlicht.",
].map((line) => [line, ["signed agreement"]] as const);

describe("a statement a signing word governs", () => {
  itSigns(SIGNED);
  itSigns(DECLARATION);
  itSignsNothing(NOT_SIGNED);
  itSigns(AFTER_SIGNING);
});
