import { describe } from "vitest";
import { eventOnEach, signedOnEach } from "../../helpers/date-cases";

// FICTIONAL sentences in the project's words; reports published on Saturday 14 March 2026.

describe("'اليوم' alone is the report's own day, before a weekday of a later sentence", () => {
  signedOnEach(
    [
      ["ar", "وقع العراق والكويت اليوم اتفاقية للتعاون الاقتصادي.\nووصل الوفد الكويتي إلى بغداد يوم الخميس الماضي."],
      [
        "ar",
        "وقع العراق والكويت، اليوم، اتفاقية للتعاون الاقتصادي.\nوكان الوزيران قد التقيا يوم الخميس الماضي في بغداد.",
      ],
    ],
    "2026-03-14",
    ["2026-03-14"],
  );
});

describe("'اليوم' naming another day is no date of the report", () => {
  // "حتى اليوم" (until now), "اليوم الوطني" (the national day): the weekday told stands.
  eventOnEach(
    [
      ["ar", "التقى وزير الخارجية العراقي أمير الكويت يوم الخميس، في زيارة هي الأولى حتى اليوم منذ سنوات."],
      ["ar", "التقى وزير الخارجية العراقي أمير الكويت يوم الخميس، عشية اليوم الوطني الكويتي."],
    ],
    "2026-03-14T10:00:00Z",
    "2026-03-12",
  );
});
