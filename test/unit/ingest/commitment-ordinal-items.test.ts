/**
 * Items told by ordinals after a first instrument (sentences written for this project, one "<lang> <text>" each):
 * - "a memorandum on A, another on B and a third on C" is three memoranda, whatever word opens the later items
 *   ("un dernier", "un terzo", "um terceiro", "ein drittes", "وأخرى … وثالثة" after an Arabic comma);
 * - an item opened by such a word is of the form told before it, not of a form named after it in the list
 *   ("un acuerdo de …, otro de cooperación en materia de seguridad y un memorándum sobre salud").
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const firm = (line: string) => firmCommitments(line.slice(0, 2), line.slice(3));
const times = (n: number, reading: string) => Array.from({ length: n }, () => reading);

/** A first memorandum, then two more told by ordinals: three memoranda each. */
const ORDINALS = [
  "en Ghana and Togo signed a memorandum on fisheries, another on tourism and a final one on public health in Lomé on Thursday.",
  "fr Le Bénin et le Niger ont signé jeudi à Niamey un mémorandum sur la pêche, un autre sur le tourisme et un dernier sur la santé publique.",
  "it Italia e Albania hanno firmato giovedì a Tirana un memorandum sulla pesca, un altro sul turismo e un terzo sulla sanità pubblica.",
  "es Ecuador y Colombia firmaron el jueves en Quito un memorando sobre pesca, otro sobre turismo y un tercero sobre salud pública.",
  "pt Moçambique e Malawi assinaram na quinta-feira em Maputo um memorando sobre pescas, outro sobre turismo e um terceiro sobre saúde pública.",
  "de Österreich und Ghana unterzeichneten am Donnerstag in Wien ein Memorandum über Fischerei, ein weiteres über Tourismus und ein drittes über Gesundheit.",
  "ru Армения и Иран подписали в четверг в Тегеране меморандум о рыболовстве, ещё один — о туризме и третий — о здравоохранении.",
  "ar وقعت تونس وليبيا يوم الخميس في طرابلس مذكرة تفاهم بشأن الصيد البحري، وأخرى بشأن السياحة، وثالثة بشأن الصحة العامة.",
];

/** An ordinal item between an agreement and a memorandum is an agreement: two agreements and a memorandum. */
const BETWEEN_FORMS = [
  [
    "es Ecuador y Colombia firmaron el jueves en Quito un acuerdo de transporte aéreo, otro de cooperación en materia de seguridad y un memorando sobre salud pública.",
    ["signed agreement", "signed agreement", "signed memorandum"],
  ],
  [
    "fr Le Bénin et le Niger ont signé jeudi à Niamey un accord de transport aérien, un autre sur la sécurité et un mémorandum sur la santé publique.",
    ["signed agreement", "signed agreement", "signed memorandum"],
  ],
] as const;

describe("instruments told by ordinals after the first", () => {
  it.for(ORDINALS)("%s → three memoranda", (line, { expect }) => {
    expect(firm(line)).toEqual(times(3, "signed memorandum"));
  });
  it.for(BETWEEN_FORMS)("%s → %j", ([line, wanted], { expect }) => {
    expect([...firm(line)].sort()).toEqual([...wanted].sort());
  });
});
