import { describe } from "vitest";
import { eventOnEach, fixtureAllOn } from "../../helpers/date-cases";

// FICTIONAL sentences in the project's words; each fails without the rule its test names.

describe("what a range of days culminated in, told after it in its sentence, happened on its last day", () => {
  // Published on Saturday 18 April 2026; the session ran from the 14th to the 15th.
  eventOnEach(
    [
      [
        "en",
        "From 14 to 15 April 2026, Lomé hosted the fifth session of the Togo-Benin joint commission, which culminated in the signing of nine agreements.",
      ],
      [
        "fr",
        "Du 14 au 15 avril 2026, Lomé a accueilli la 5e session de la commission mixte Togo-Bénin, aboutissant à la signature de neuf accords.",
      ],
      [
        "it",
        "Dal 14 al 15 aprile 2026 Lomé ha ospitato la quinta sessione della commissione mista tra Togo e Benin, che si è conclusa con la firma di nove accordi.",
      ],
      [
        "es",
        "Del 14 al 15 de abril de 2026, Lomé acogió la quinta sesión de la comisión mixta entre Togo y Benín, que culminó con la firma de nueve acuerdos.",
      ],
      [
        "pt",
        "De 14 a 15 de abril de 2026, Lomé acolheu a quinta sessão da comissão mista entre o Togo e o Benim, que culminou com a assinatura de nove acordos.",
      ],
      [
        "de",
        "Vom 14. bis 15. April 2026 tagte in Lomé die fünfte Sitzung der gemischten Kommission von Togo und Benin, die mit der Unterzeichnung von neun Abkommen endete.",
      ],
      [
        "ru",
        "14–15 апреля 2026 года в Ломе прошло пятое заседание совместной комиссии Того и Бенина, завершившееся подписанием девяти соглашений.",
      ],
      [
        "ar",
        "احتضنت لومي من 14 إلى 15 أبريل 2026 الدورة الخامسة للجنة المشتركة بين توغو وبنين، والتي توجت بتوقيع تسع اتفاقيات.",
      ],
    ],
    "2026-04-18T09:00:00Z",
    "2026-04-15",
  );
  fixtureAllOn("fr-date-range-culminating", "2026-04-15");
});

describe("a range whose sentence tells no outcome keeps its first day", () => {
  eventOnEach(
    [
      [
        "en",
        "From 14 to 15 April 2026, Lomé hosted the fifth session of the Togo-Benin joint commission, which reviewed trade and energy.",
      ],
      [
        "fr",
        "Du 14 au 15 avril 2026, Lomé a accueilli la 5e session de la commission mixte Togo-Bénin, consacrée au commerce et à l'énergie.",
      ],
    ],
    "2026-04-18T09:00:00Z",
    "2026-04-14",
  );
});
