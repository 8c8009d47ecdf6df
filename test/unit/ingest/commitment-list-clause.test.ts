/**
 * A plural form's list of fields ends where a clause after a comma opens ("…, after talks between the two presidents
 * on trade and security", "…, lors de", "…, в ходе"): the fields named there are the talks', not instruments of the
 * list (sentences written for this project). Each text signs two agreements, on health and on education.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const TWO = [
  "en Kenya and Ghana signed agreements on health and education in Nairobi on Monday, after talks between the two presidents on trade and security.",
  "fr Le Bénin et le Ghana ont signé des accords sur la santé et l'éducation lundi à Cotonou, après des entretiens entre les deux présidents sur le commerce et la sécurité.",
  "it Italia e Tunisia hanno firmato accordi sulla sanità e sull'istruzione lunedì a Roma, dopo colloqui tra i due presidenti sul commercio e sulla sicurezza.",
  "es Perú y Bolivia firmaron acuerdos sobre salud y educación el lunes en Lima, tras conversaciones entre los dos presidentes sobre comercio y seguridad.",
  "pt Angola e Namíbia assinaram acordos sobre saúde e educação na segunda-feira em Luanda, após conversações entre os dois presidentes sobre comércio e segurança.",
  "de Deutschland und Ghana unterzeichneten am Montag in Accra Vereinbarungen über Gesundheit und Bildung, nach Gesprächen der beiden Präsidenten über Handel und Sicherheit.",
  "ru Армения и Казахстан подписали в понедельник в Астане соглашения о здравоохранении и образовании, после переговоров двух президентов о торговле и безопасности.",
  "ar وقعت مصر والأردن يوم الاثنين في عمان اتفاقيات بشأن الصحة والتعليم، بعد محادثات بين الرئيسين بشأن التجارة والأمن.",
];

describe("a list of fields ends at a clause opened after a comma", () => {
  it.for(TWO)("%s → two agreements", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual(["signed agreement", "signed agreement"]);
  });
});
