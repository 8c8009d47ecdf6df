import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { closedRanges } from "../../../src/ingest/recognize/date-occasion";
import { eventOnEach, fixtureAllOn } from "../../helpers/date-cases";

// FICTIONAL sentences in the project's words; each fails without the rule its test names.

describe("the days of an occasion the lead says was closed, given in a later sentence, end on its last day", () => {
  // Published on Saturday 18 April 2026; the session ran from the 14th to the 15th.
  eventOnEach(
    [
      [
        "en",
        "At the end of the fifth session of their joint commission, Togo and Benin signed nine agreements.\nThe fifth session of the Togo-Benin joint commission, held on 14 and 15 April 2026 in Lomé, was chaired by the two foreign ministers.",
      ],
      [
        "fr",
        "Au terme de la 5e session de leur commission mixte, le Togo et le Bénin ont signé neuf accords.\nLes travaux de la 5e session de la commission mixte togo-béninoise, tenue les 14 et 15 avril 2026 à Lomé, étaient coprésidés par les deux ministres.",
      ],
      [
        "it",
        "Al termine della quinta sessione della loro commissione mista, Togo e Benin hanno firmato nove accordi.\nLa quinta sessione della commissione mista, svoltasi il 14 e il 15 aprile 2026 a Lomé, è stata presieduta dai due ministri degli Esteri.",
      ],
      [
        "es",
        "Al término de la quinta sesión de su comisión mixta, Togo y Benín firmaron nueve acuerdos.\nLa quinta sesión de la comisión mixta, celebrada el 14 y el 15 de abril de 2026 en Lomé, fue presidida por los dos cancilleres.",
      ],
      [
        "pt",
        "No final da quinta sessão da sua comissão mista, o Togo e o Benim assinaram nove acordos.\nA quinta sessão da comissão mista, realizada a 14 e 15 de abril de 2026 em Lomé, foi presidida pelos dois chefes da diplomacia.",
      ],
      [
        "de",
        "Zum Abschluss der fünften Sitzung ihrer gemischten Kommission unterzeichneten Togo und Benin neun Abkommen.\nDie fünfte Sitzung der gemischten Kommission, abgehalten am 14. und 15. April 2026 in Lomé, leiteten die beiden Außenminister.",
      ],
      [
        "ru",
        "По итогам пятого заседания совместной комиссии Того и Бенин подписали девять соглашений.\nПятое заседание совместной комиссии, прошедшее 14 и 15 апреля 2026 года в Ломе, провели министры иностранных дел двух стран.",
      ],
      [
        "ar",
        "في ختام الدورة الخامسة للجنة المشتركة، وقعت توغو وبنين تسع اتفاقيات.\nوترأس وزيرا خارجية البلدين الدورة الخامسة للجنة المشتركة التي انعقدت يومي 14 و15 أبريل 2026 في لومي.",
      ],
    ],
    "2026-04-18T09:00:00Z",
    "2026-04-15",
  );
  fixtureAllOn("fr-date-closed-session-told-later", "2025-06-04");
  fixtureAllOn("es-date-closed-session-long-name", "2025-03-11");
});

describe("the days of an occasion of a kind no closing phrase names keep their first day", () => {
  eventOnEach(
    [
      [
        "en",
        "At the end of the talks, Togo and Benin signed nine agreements.\nThe fifth session of the Togo-Benin joint commission, held on 14 and 15 April 2026 in Lomé, reviewed trade and energy.",
      ],
      [
        "fr",
        "À l'issue des entretiens, le Togo et le Bénin ont signé neuf accords.\nLa 5e session de la commission mixte togo-béninoise, tenue les 14 et 15 avril 2026 à Lomé, a passé en revue le commerce et l'énergie.",
      ],
    ],
    "2026-04-18T09:00:00Z",
    "2026-04-14",
  );
});

describe("a range of another occasion of the closed kind keeps its own day", () => {
  // Published on Saturday 18 April 2026.
  eventOnEach(
    [
      [
        "fr",
        "Dès le premier jour de la session, tenue du 14 au 16 avril 2026 à Lomé, le Togo et le Bénin ont signé trois accords.\nÀ l'issue de la session, un communiqué conjoint a été publié.",
      ],
      [
        "en",
        "Togo and Benin signed three agreements on the first day of the summit, held from 14 to 16 April 2026 in Lomé.\nAt the end of the summit, the leaders adopted a joint declaration.",
      ],
    ],
    "2026-04-18T09:00:00Z",
    "2026-04-14",
  );
  eventOnEach(
    [
      [
        "ru",
        "По итогам заседания межправкомиссии Того и Бенин подписали меморандум об энергетике.\nПредыдущее заседание, состоявшееся 10-12 марта 2025 года в Ломе, было посвящено транспорту.",
      ],
    ],
    "2026-04-18T09:00:00Z",
    "2026-04-18",
  );
});

describe("closedRanges: the days of a session numbered otherwise than the closed one are not closed", () => {
  const closedAt = (text: string, days: string) => {
    const doc = prepare(text);
    const at = text.indexOf(days);
    return closedRanges(doc)(at, at + days.length);
  };
  it.for([
    [
      "Au terme de la troisième session de leur commission mixte, le Togo et le Bénin ont signé cinq accords.\nLa deuxième session, tenue du 10 au 12 mars 2025 à Cotonou, avait lancé un programme de formation.",
      "10 au 12 mars 2025",
      false,
    ],
    [
      "Au terme de la troisième session de leur commission mixte, le Togo et le Bénin ont signé cinq accords.\nLa troisième session, tenue du 10 au 12 mars 2025 à Cotonou, était coprésidée par les deux ministres.",
      "10 au 12 mars 2025",
      true,
    ],
    [
      "At the end of the 14th session of the joint commission, Togo and Benin signed five agreements.\nThe 13th session, held on 10-12 March 2025 in Cotonou, launched a training programme.",
      "10-12 March 2025",
      false,
    ],
    [
      "Le Maroc et le Sénégal ont signé huit accords au terme de la session de la commission mixte.\nLa session, tenue les 19 et 20 mars 2025 à Rabat, était coprésidée par les deux ministres.",
      "19 et 20 mars 2025",
      true,
    ],
    [
      "Au terme de la réunion, le Maroc et le Sénégal ont signé huit accords.\nLa réunion précédente, tenue les 19 et 20 mars 2024 à Dakar, portait sur la pêche.",
      "19 et 20 mars 2024",
      false,
    ],
    [
      "À l'issue de la session, un communiqué conjoint a été publié.\nDès le premier jour de la session, tenue du 8 au 10 octobre 2025, les deux pays ont signé trois accords.",
      "8 au 10 octobre 2025",
      false,
    ],
  ] as const)("%s → %s", ([text, days, closed], { expect }) => {
    expect(closedAt(text, days)).toBe(closed);
  });
});
