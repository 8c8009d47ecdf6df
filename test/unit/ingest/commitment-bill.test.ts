/**
 * Bills of ratification (sentences written for this project, FICTIONAL): a government that adopts or sends one on
 * has signed the instrument and not ratified it; a legislature that adopts it, or a head of state who signs it,
 * ratifies; a draft word of another phrase ("the draft was debated and parliament ratified") titles no bill.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const GOVERNMENT: readonly string[] = [
  "en The government submitted to parliament a bill on the ratification of the extradition treaty with Italy.",
  "es El Ejecutivo envió al Congreso el proyecto de ley para la ratificación del convenio con Uruguay.",
  "pt O Governo enviou ao Parlamento a proposta de resolução para a ratificação da convenção com o Brasil.",
  "ru Правительство внесло в Госдуму законопроект о ратификации соглашения с Китаем.",
  "ar أقر مجلس الوزراء مشروع قانون المصادقة على اتفاقية التعاون مع الجزائر.",
];
const RATIFIER: readonly string[] = [
  "en Parliament passed the bill for the ratification of the maritime boundary treaty with Oman.",
  "en President Tokayev signed the bill ratifying the agreement with Kyrgyzstan on the border.",
  "fr L'Assemblée nationale a adopté le projet de loi autorisant la ratification de l'accord de défense avec le Gabon.",
  "es El Senado aprobó el proyecto de ley de ratificación del acuerdo comercial con Corea.",
  "it La Camera ha approvato il disegno di legge di ratifica dell'accordo con la Tunisia.",
  "pt A Assembleia da República aprovou a proposta de resolução para a ratificação do acordo com Cabo Verde.",
  "de Der Bundestag verabschiedete den Gesetzentwurf zur Ratifizierung des Abkommens mit Kanada.",
  "ru Государственная дума приняла законопроект о ратификации договора с Белоруссией.",
  "ar وافق مجلس النواب على مشروع قانون التصديق على الاتفاقية مع تونس.",
];
const OTHER_PHRASE: readonly string[] = [
  "en The draft was debated and parliament ratified the treaty with Georgia on Friday.",
  "pt A proposta foi aprovada e o Parlamento ratificou o acordo com Angola.",
  "de Die Regierung legte dem Parlament einen Gesetzentwurf vor und der Bundesrat ratifizierte das Abkommen mit Ungarn.",
];

const statusOf = (line: string) => firmCommitments(line.slice(0, 2), line.slice(3)).map((c) => c.split(" ")[0]);

describe("bills of ratification", () => {
  it.for(GOVERNMENT)("%s → signed", (line, { expect }) => {
    expect(statusOf(line)).toEqual(["signed"]);
  });
  it.for(RATIFIER)("%s → ratified", (line, { expect }) => {
    expect(statusOf(line)).toEqual(["ratified"]);
  });
  it.for(OTHER_PHRASE)("%s → ratified", (line, { expect }) => {
    expect(statusOf(line)).toEqual(["ratified"]);
  });
});
