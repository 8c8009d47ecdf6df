import { describe } from "vitest";
import { eventOnEach } from "../../helpers/date-cases";

// FICTIONAL reports in the project's words; each fails without the rule its test names.

describe("an edition's or a byline's own date is the page's, not the happening's", () => {
  // Published on Thursday 12 March 2026; the joint commission met on Wednesday 11 March.
  eventOnEach(
    [
      [
        "en",
        "Ghana–Kenya: the agreements that count\n\nPublished on Fixture Daily by J. Doe on 12 March 2026 in Politics\n\nGhana and Kenya signed many agreements. Read, in this edition of 12 March 2026, the most important of them.\n\nThe joint commission met yesterday, Wednesday 11 March 2026, in Accra and ended with the signing of ten agreements.",
      ],
      [
        "fr",
        "Ghana – Kenya : les accords qui comptent\n\nPublié dans Fixture Quotidien par J. Dupont le 12 mars 2026 dans Politique\n\nLe Ghana et le Kenya ont signé de nombreux accords. Retrouvez, dans cette édition du 12 mars 2026, les plus importants.\n\nLa commission mixte s'est réunie hier, mercredi 11 mars 2026, à Accra et s'est achevée par la signature de dix accords.",
      ],
      [
        "it",
        "NOTIZIARIO - N. 45 - 12 marzo 2026\n\nGhana e Kenya\n\nLa commissione mista tra il Ghana e il Kenya si è riunita ad Accra mercoledì 11 marzo 2026 e si è conclusa con la firma di dieci accordi.",
      ],
      [
        "es",
        "Ghana y Kenia: los acuerdos que cuentan\n\nPublicado en Diario Ficticio por J. Pérez el 12 de marzo de 2026 en Política\n\nGhana y Kenia firmaron numerosos acuerdos. Lea, en esta edición del 12 de marzo de 2026, los más importantes.\n\nLa comisión mixta se reunió ayer, miércoles 11 de marzo de 2026, en Accra y concluyó con la firma de diez acuerdos.",
      ],
    ],
    "2026-03-12T10:00:00Z",
    "2026-03-11",
  );
});

describe("a byline's date followed by its update label and date is the page's, not the happening's", () => {
  // Published on 12 March 2026; the talks were on 11 March.
  eventOnEach(
    [
      [
        "ru",
        "Гана и Кения\n\nИ. Иванов  | 12.03.2026 - Обновление : 12.03.2026\n\nГана и Кения подписали совместное заявление.\n\nПрезиденты двух стран провели переговоры в Аккре 11 марта 2026 года.",
      ],
      [
        "en",
        "Ghana and Kenya\n\nJ. Doe  | 12.03.2026 - Updated: 12.03.2026\n\nGhana and Kenya signed a joint statement.\n\nThe two presidents held talks in Accra on 11 March 2026.",
      ],
    ],
    "2026-03-12T10:00:00Z",
    "2026-03-11",
  );
});
