/**
 * A ratification written as a noun that a government approves ("il Consiglio dei ministri ha dato il via libera alla
 * ratifica…", "El Consejo de Ministros aprobó la ratificación…"): the instrument is signed, not ratified yet. A decree
 * of ratification, a legislature's adoption, a head of state, or a government named only in the instrument's title
 * ("the agreement between the Government of X and…") keeps it ratified; a bill's first reading passes nothing yet.
 * Sentences written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const GOVERNMENT_APPROVES: readonly string[] = [
  "en The cabinet approved the ratification of the defence cooperation agreement with Ghana on Tuesday.",
  "fr Le Conseil des ministres a approuvé mercredi la ratification de l'accord de coopération en matière de défense avec le Ghana.",
  "it Il Consiglio dei ministri ha dato il via libera alla ratifica ed esecuzione dell'accordo con il Ghana sulla cooperazione nella difesa.",
  "es El Consejo de Ministros aprobó este martes la ratificación del acuerdo con Ghana sobre cooperación en defensa.",
  "pt O Conselho de Ministros aprovou a ratificação do acordo de cooperação na área da defesa com o Gana.",
  "de Das Bundeskabinett billigte am Mittwoch die Ratifizierung des Abkommens über die Zusammenarbeit im Verteidigungsbereich mit Ghana.",
  "ru Правительство одобрило ратификацию соглашения с Ганой о сотрудничестве в области обороны.",
  "ar وافق مجلس الوزراء على التصديق على اتفاقية التعاون الدفاعي مع غانا.",
  "ar أقر مجلس النواب في القراءة الأولى مشروع قانون تصديق اتفاقية التعاون الاقتصادي بين حكومة العراق وحكومة جنوب أفريقيا.",
  "ru Государственная дума приняла в первом чтении законопроект о ратификации соглашения с Ганой об обороне.",
];

const STILL_RATIFIED: readonly string[] = [
  "fr Le Conseil des ministres a adopté un décret portant ratification de l'accord d'exemption de visas avec le Maroc.",
  "ar أصدر السلطان مرسوما يقضي بالتصديق على اتفاقية النقل الجوي مع سوريا.",
  "en Parliament approved the ratification of the defence cooperation agreement between the Government of Ghana and the Government of Italy.",
  "es El Senado aprobó la ratificación del acuerdo entre el Gobierno de Ghana y el Gobierno de España sobre defensa.",
  "en The government announced that the president ratified the defence agreement with Ghana.",
];

const statusOf = (line: string) => firmCommitments(line.slice(0, 2), line.slice(3)).map((c) => c.split(" ")[0]);

describe("a government's approval of a ratification", () => {
  it.for(GOVERNMENT_APPROVES)("%s → signed", (line, { expect }) => {
    expect(statusOf(line)).toEqual(["signed"]);
  });
  it.for(STILL_RATIFIED)("%s → ratified", (line, { expect }) => {
    expect(statusOf(line)).toEqual(["ratified"]);
  });
});
