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
  // An instrument of ratification deposited is the ratification; a government's welcome or news of one done is no
  // approval of its own (review probes).
  "en The Government of Portugal deposited its instrument of ratification of the agreement on air services with Morocco.",
  "es El Gobierno depositó el instrumento de ratificación del acuerdo de transporte aéreo con Marruecos.",
  "ar أودعت الحكومة وثائق التصديق على اتفاقية النقل الجوي مع كازاخستان.",
  "en The government welcomed the ratification of the agreement on air services by Morocco.",
  "de Die Regierung begrüßte die Ratifizierung des Abkommens über den Luftverkehr durch Kasachstan.",
  "it Il governo ha notificato l'avvenuta ratifica dell'accordo sui trasporti aerei con il Kazakistan.",
  "de Nach der ersten Lesung im März hat der Bundestag den Gesetzentwurf zur Ratifizierung des Abkommens über den Luftverkehr mit Kasachstan verabschiedet.",
  "fr Après une première lecture en mars, l'Assemblée nationale a adopté définitivement le projet de loi autorisant la ratification de l'accord de transport aérien avec le Kazakhstan.",
];

/** A bill a government sends on, named after the ratification word as its agent: signed (review probes). */
const SENT_BY_GOVERNMENT: readonly string[] = [
  "en The bill on the ratification of the agreement on air services with Morocco was submitted by the government to parliament.",
  "fr Le projet de loi portant ratification de l'accord de transport aérien avec le Kazakhstan a été transmis par le gouvernement au Parlement.",
  "it Il disegno di legge di ratifica dell'accordo sui trasporti aerei con il Kazakistan è stato presentato dal governo al Parlamento.",
];

const statusOf = (line: string) => firmCommitments(line.slice(0, 2), line.slice(3)).map((c) => c.split(" ")[0]);

describe("a government's approval of a ratification", () => {
  it.for(GOVERNMENT_APPROVES)("%s → signed", (line, { expect }) => {
    expect(statusOf(line)).toEqual(["signed"]);
  });
  it.for(STILL_RATIFIED)("%s → ratified", (line, { expect }) => {
    expect(statusOf(line)).toEqual(["ratified"]);
  });
  it.for(SENT_BY_GOVERNMENT)("%s → signed", (line, { expect }) => {
    expect(statusOf(line)).toEqual(["signed"]);
  });
});
