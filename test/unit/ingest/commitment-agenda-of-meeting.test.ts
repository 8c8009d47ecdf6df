/**
 * A signing the agenda or programme of a meeting lists (sentences written for this project, FICTIONAL): "the agenda
 * of the meeting also includes the signing of agreements on trade…", "le programme de la rencontre comprend la
 * signature…", "программа встречи включает подписание…" tells a plan, whatever the tense, and names no programme
 * of cooperation. Before, each field became a signed agreement (and "programme" a signed programme).
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const AGENDA: readonly string[] = [
  "pt O presidente recebeu o primeiro-ministro do Vietnã na segunda-feira. A agenda do encontro inclui ainda a assinatura de acordos bilaterais voltados para comércio, educação e agricultura.",
  "en The president received Vietnam's prime minister on Monday. The agenda of the meeting also includes the signing of bilateral agreements on trade, education and agriculture.",
  "fr Le président a reçu lundi le Premier ministre du Vietnam. Le programme de la rencontre comprend aussi la signature d'accords bilatéraux sur le commerce, l'éducation et l'agriculture.",
  "es El presidente recibió el lunes al primer ministro de Vietnam. La agenda del encuentro incluye también la firma de acuerdos bilaterales sobre comercio, educación y agricultura.",
  "it Il presidente ha ricevuto lunedì il primo ministro del Vietnam. L'agenda dell'incontro prevede anche la firma di accordi bilaterali su commercio, istruzione e agricoltura.",
  "de Der Präsident empfing am Montag den Premierminister Vietnams. Auf dem Programm des Treffens steht auch die Unterzeichnung bilateraler Abkommen über Handel, Bildung und Landwirtschaft.",
  "ru Президент принял в понедельник премьер-министра Вьетнама. Программа встречи включает также подписание двусторонних соглашений о торговле, образовании и сельском хозяйстве.",
  "ar استقبل الرئيس رئيس وزراء فيتنام يوم الاثنين. ويتضمن جدول أعمال اللقاء أيضا التوقيع على اتفاقيات ثنائية في مجالات التجارة والتعليم والزراعة.",
];

/** A signing told as a finite verb, or in another clause than the agenda, keeps its tense. */
const DONE: readonly string[] = [
  "en The president received Vietnam's prime minister on Monday. Trade was on the agenda of the meeting, and the two leaders signed an agreement on trade.",
  "en The president received Vietnam's prime minister on Monday. Trade was on the agenda of the meeting, and the two presidents then witnessed the signing of an agreement on trade.",
  "es El presidente recibió el lunes al primer ministro de Vietnam. El comercio estuvo en la agenda del encuentro, y los dos presidentes presenciaron después la firma de un acuerdo sobre comercio.",
  "es El presidente recibió el lunes al primer ministro de Vietnam. Como parte de la agenda de la visita se realizó la firma de un acuerdo de cooperación.",
  "it Il presidente ha ricevuto lunedì il primo ministro del Vietnam. Secondo l'agenda della visita la firma di un accordo di cooperazione è avvenuta nel pomeriggio.",
  "de Der Präsident empfing am Montag den Premierminister Vietnams. Gemäß der Agenda des Besuchs erfolgte die Unterzeichnung eines Abkommens über Zusammenarbeit.",
  "es El presidente recibió el lunes al primer ministro de Vietnam. En la agenda del encuentro figuraba la firma de un acuerdo, que ambos ministros firmaron el lunes.",
];

describe("a signing listed on a meeting's agenda", () => {
  it.for(AGENDA)("%s → nothing signed", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual([]);
  });
  it.for(DONE)("%s → signed", (line, { expect }) => {
    expect(firmCommitments(line.slice(0, 2), line.slice(3))).toEqual(["signed agreement"]);
  });
});
