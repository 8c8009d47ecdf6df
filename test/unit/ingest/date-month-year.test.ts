import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { eventOnEach } from "../../helpers/date-cases";

// FICTIONAL sentences in the project's words; each fails without the rule its test names.

describe("with no publication date, a day and month take the year of the latest month the text names with its year", () => {
  eventOnEach(
    [
      [
        "en",
        "Ghana and Kenya started preparing a treaty in Accra on 20 July, the agency reported.\nThe two presidents already met this year: in March 2026 the Kenyan president visited Accra.",
      ],
      [
        "fr",
        "Le Ghana et le Kenya ont lancé la préparation d'un traité à Accra le 20 juillet, selon l'agence.\nLes deux présidents se sont déjà rencontrés cette année : en mars 2026, le président kényan s'est rendu à Accra.",
      ],
      [
        "es",
        "Ghana y Kenia iniciaron en Accra el 20 de julio la preparación de un tratado, según la agencia.\nLos dos presidentes ya se reunieron este año: en marzo de 2026 el presidente keniano visitó Accra.",
      ],
      [
        "de",
        "Ghana und Kenia begannen am 20. Juli in Accra mit der Vorbereitung eines Vertrags, meldete die Agentur.\nDie beiden Präsidenten trafen sich bereits in diesem Jahr: Im März 2026 besuchte der kenianische Präsident Accra.",
      ],
      [
        "ru",
        "Гана и Кения начали подготовку договора в Аккре 20 июля, сообщает агентство.\nЛидеры двух стран уже встречались в этом году: в марте 2026 года президент Кении посетил Аккру.",
      ],
    ],
    undefined,
    "2026-07-20",
  );

  it("never takes a bare year of background, nor a day still to come", async ({ expect }) => {
    const bare = await analyze({
      language: "de",
      text: "Ghana und Kenia unterzeichneten am 20.07. in Accra ein Abkommen, das den Vertrag aus dem Jahre 1994 ersetzt.",
    });
    expect(bare.eventDate?.date).toBeUndefined();
    const coming = await analyze({
      language: "fr",
      text: "Le président kényan effectuera une visite au Ghana du 13 au 14 juin prochain. Son homologue s'était rendu à Nairobi en septembre 2025.",
    });
    expect(coming.eventDate?.date).toBeUndefined();
  });
});

describe("with no publication date, the year a URL files the page under ('/2018/slug') completes a day and month", () => {
  it.for([
    [
      "es",
      "Dos memorandos entre Ghana y Kenia fueron firmados este 22 de noviembre en Accra, en presencia de ambos presidentes.",
    ],
    [
      "fr",
      "Deux mémorandums entre le Ghana et le Kenya ont été signés ce 22 novembre à Accra, en présence des deux présidents.",
    ],
    [
      "en",
      "Two memorandums between Ghana and Kenya were signed on 22 November in Accra, in the presence of both presidents.",
    ],
  ] as const)("%s: %s", async ([lang, text], { expect }) => {
    const a = await analyze({
      text,
      language: lang,
      url: "https://news.example.org/2018/ghana-kenya-memorandums-signed",
    });
    expect(a.eventDate?.date).toBe("2018-11-22");
    // A weekday is no day the year tells.
    const weekday = await analyze({
      text: text.replace(/22 (?:de )?(?:noviembre|novembre|November)/, "Tuesday"),
      language: lang,
      url: "https://news.example.org/2018/ghana-kenya-memorandums-signed",
    });
    expect(weekday.eventDate?.date).toBeUndefined();
  });
});
