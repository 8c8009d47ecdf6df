/**
 * A visit's programme named with its kind ("Программа государственного визита предусматривает подписание…"), or the
 * delegations' programme ("ويتضمن برنامج الوفدين … مراسم لتبادل"), lists signings and exchanges still to come, and is
 * no programme signed. A finite verb in the past still signs. Sentences written for this project (FICTIONAL).
 */
import { describe } from "vitest";
import { itSigns, itSignsNothing } from "../../helpers/commitment-read";

const AHEAD = [
  "ru Программа государственного визита предусматривает подписание соглашений Монголии и Таджикистана по образованию и сельскому хозяйству.",
  "ru Программой официального визита президента Монголии в Таджикистан предусмотрено подписание трёх соглашений.",
  "ar ويتضمن برنامج الوفدين الجزائري والفيتنامي مأدبة غداء، تعقبها مراسم لتبادل ثلاث مذكرات تفاهم.",
  "en The programme of the state visit of Ghana's president to Vietnam includes the signing of three agreements.",
  "fr Le programme de la visite d'État du président ghanéen au Vietnam comprend la signature de trois accords.",
  "es El programa de la visita de Estado del presidente de Ghana a Vietnam incluye la firma de tres acuerdos.",
  "pt O programa da visita de Estado do presidente do Gana ao Vietname inclui a assinatura de três acordos.",
  "it Il programma della visita di Stato del presidente del Ghana in Vietnam prevede lo scambio di tre intese.",
  "de Das Programm des Staatsbesuchs des ghanaischen Präsidenten in Vietnam sieht die Unterzeichnung von drei Abkommen vor.",
];

const DONE = [
  [
    "ru Согласно программе визита, президенты Монголии и Таджикистана подписали соглашение об образовании.",
    ["signed agreement"],
  ],
] as const;

describe("a visit's programme lists signings still to come", () => {
  itSignsNothing(AHEAD);
  itSigns(DONE);
});
