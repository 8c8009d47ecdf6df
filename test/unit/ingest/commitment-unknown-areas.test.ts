/**
 * An uncounted plural form whose list names an area of ours and one of none (sentences written for this project):
 * "memoranda on tourism and prison administration", "memorandos para formação de diplomatas e estabelecimento de
 * consultas políticas". The area with no sector or track of ours is an instrument too, about the relationship at
 * large; a list whose areas all fall in one sector ("trade and investment") stays one instrument, and words after a
 * comma ("…, officials said") are no area.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const TWO = [
  "en Kenya and Ghana signed memoranda of understanding for the training of diplomats and the establishment of political consultations in Nairobi on Monday.",
  "fr Le Bénin et le Ghana ont signé lundi à Cotonou des mémorandums d'entente sur le tourisme et l'administration pénitentiaire.",
  "it Italia e Tunisia hanno firmato lunedì a Roma memorandum d'intesa sul turismo e sull'amministrazione penitenziaria.",
  "es Perú y Bolivia firmaron el lunes en Lima memorandos de entendimiento sobre turismo y administración penitenciaria.",
  "pt Angola e Namíbia assinaram na segunda-feira em Luanda memorandos de entendimento para formação de diplomatas e estabelecimento de consultas políticas.",
  "pt Angola e Namíbia assinaram na segunda-feira em Luanda memorandos de entendimento sobre turismo e administração penitenciária.",
  "de Deutschland und Ghana unterzeichneten am Montag in Accra Absichtserklärungen über Tourismus und Strafvollzug.",
  "ru Армения и Казахстан подписали в понедельник в Астане меморандумы о туризме и пенитенциарной системе.",
  "ar وقعت مصر والأردن يوم الاثنين في عمان مذكرات تفاهم بشأن السياحة والسجون.",
];
const GUARDS = [
  ["en Kenya and Ghana signed agreements on trade and investment in Nairobi on Monday.", ["signed agreement"]],
  [
    "en Kenya and Ghana signed agreements on energy and trade in Nairobi on Monday, officials said.",
    ["signed agreement", "signed agreement"],
  ],
  [
    "fr Le Bénin et le Ghana ont signé lundi des accords sur l'énergie et le commerce, a indiqué le ministère.",
    ["signed agreement", "signed agreement"],
  ],
] as const;

describe("an uncounted list naming an area of none of our sectors", () => {
  it.for(TWO)("%s → two instruments", (line, { expect }) => {
    const signed = firmCommitments(line.slice(0, 2), line.slice(3));
    expect(signed).toHaveLength(2);
    expect(new Set(signed).size).toBe(1);
  });
  it.for(GUARDS)("%s → %j", ([line, wanted], { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual(wanted);
  });
});
