import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { eventOnEach, fixtureAllOn } from "../../helpers/date-cases";

// FICTIONAL sentences in the project's words; each fails without the rule its test names.

describe("a named day of the calendar dates the happening: the last one before publication", () => {
  // Published on Monday 4 January 2027.
  eventOnEach(
    [
      ["en", "Zambia and Oman signed three agreements on Christmas Eve during a state visit to Lusaka."],
      ["fr", "La Zambie et Oman ont signé trois accords la veille de Noël lors d'une visite d'État à Lusaka."],
      ["it", "Lo Zambia e l'Oman hanno firmato tre accordi la vigilia di Natale durante una visita di Stato a Lusaka."],
      ["es", "Zambia y Omán firmaron tres acuerdos en Nochebuena durante una visita de Estado a Lusaka."],
      ["pt", "A Zâmbia e Omã assinaram três acordos na véspera de Natal durante uma visita de Estado a Lusaka."],
      ["de", "Sambia und Oman unterzeichneten an Heiligabend bei einem Staatsbesuch in Lusaka drei Abkommen."],
    ],
    "2027-01-04T09:00:00Z",
    "2026-12-24",
  );
  eventOnEach(
    [
      ["en", "Zambia and Oman signed three agreements on New Year's Eve during a state visit to Lusaka."],
      [
        "fr",
        "La Zambie et Oman ont signé trois accords le jour de la Saint-Sylvestre lors d'une visite d'État à Lusaka.",
      ],
      [
        "it",
        "Lo Zambia e l'Oman hanno firmato tre accordi il giorno di San Silvestro durante una visita di Stato a Lusaka.",
      ],
      ["es", "Zambia y Omán firmaron tres acuerdos en Nochevieja durante una visita de Estado a Lusaka."],
      ["pt", "A Zâmbia e Omã assinaram três acordos na véspera de Ano Novo durante uma visita de Estado a Lusaka."],
      ["de", "Sambia und Oman unterzeichneten an Silvester bei einem Staatsbesuch in Lusaka drei Abkommen."],
      ["ru", "Замбия и Оман подписали три соглашения в канун Нового года в ходе государственного визита в Лусаку."],
      ["ar", "وقعت زامبيا وسلطنة عمان ثلاث اتفاقيات ليلة رأس السنة خلال زيارة دولة إلى لوساكا."],
    ],
    "2027-01-04T09:00:00Z",
    "2026-12-31",
  );
  it("without a publication date a named day gives no day (no year to put it in)", async () => {
    const a = await analyze({
      text: "Zambia and Oman signed three agreements on Christmas Eve in Lusaka.",
      language: "en",
    });
    expect(a.dates).toEqual([]);
  });
  fixtureAllOn("en-date-christmas-eve", "2026-12-24");
});

describe("the sentence right after an undated lead may date its signing", () => {
  // Published on Monday 4 January 2027; each lead's first sentence is long enough to stand alone.
  const rows: readonly (readonly [string, string, string])[] = [
    [
      "en",
      "Zambia and Oman have signed a number of memoranda of understanding and agreements for the mutual benefit of their two peoples. The signings took place on Christmas Eve, when the Sultan visited Lusaka.",
      "2026-12-24",
    ],
    [
      "en",
      "Zambia and Oman have signed a number of memoranda of understanding and agreements for the mutual benefit of their two peoples. The signings took place on 23 December, when the Sultan visited Lusaka.",
      "2026-12-23",
    ],
    [
      "fr",
      "La Zambie et Oman ont signé plusieurs mémorandums d'entente et accords dans l'intérêt mutuel de leurs deux peuples et de leurs économies. Les accords ont été signés le 23 décembre, lors de la visite du sultan à Lusaka.",
      "2026-12-23",
    ],
    // A lead with its own day keeps it.
    [
      "en",
      "Zambia and Oman on Saturday signed a number of memoranda of understanding and agreements for the mutual benefit of their two peoples. A first accord had been signed on 23 December in Muscat.",
      "2027-01-02",
    ],
  ];
  it.for(rows)("%s: %s", async ([lang, text, day]) => {
    const a = await analyze({ text, language: lang, publishedAt: "2027-01-04T09:00:00Z" });
    expect(a.eventDate?.date).toBe(day);
  });
});
