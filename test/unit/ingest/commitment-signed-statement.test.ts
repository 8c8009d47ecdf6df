/**
 * A statement or communiqué that a signing word governs is a joint statement signed ("signed a statement on strategic
 * partnership", "подписали заявление о стратегическом партнерстве", "ووقع الرئيسان بيانا", "firmaron un comunicado");
 * one read out, published or quoted is none ("выступили с заявлением для прессы", "said in a statement"). German
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
  "en The statement signed by the presidents of Fiji and Samoa sets out a strategic partnership.",
].map((line) => [line, ["signed joint-statement"]] as const);

const DECLARATION = [
  "de Den Höhepunkt bildete die Unterzeichnung einer Deklaration über Bündnisbeziehungen zwischen Kasachstan und Usbekistan.",
].map((line) => [line, ["signed declaration"]] as const);

const NOT_SIGNED = [
  "ru Выступая вместе с гостем с заявлением для прессы, президент Армении пообещал скорую встречу с лидером Грузии.",
  "en In a statement, the foreign ministry of Fiji welcomed the talks with Samoa.",
  "ar وقالت الخارجية الأردنية في بيان إن الوزيرين بحثا التعاون مع سلطنة عمان.",
  "es Los presidentes de Chile y Perú leyeron un comunicado conjunto tras la reunión.",
];

describe("a statement a signing word governs", () => {
  itSigns(SIGNED);
  itSigns(DECLARATION);
  itSignsNothing(NOT_SIGNED);
});
