/**
 * The day a report was told ("…, the Foreign Office said on Tuesday") dates neither the happening nor its
 * instruments when a sentence states the happening's own day; alone, it still dates the happening (FICTIONAL
 * sentences in the project's words).
 */
import { describe } from "vitest";
import { allOnEach, eventOnEach } from "../../helpers/date-cases";

describe("the happening's own day outranks the day it was told", () => {
  allOnEach(
    [
      [
        "en",
        "Pakistan and China signed five agreements on trade and health, the Foreign Office said on Tuesday. The agreements were signed in Islamabad on Monday.",
      ],
      [
        "it",
        "Italia e Tunisia hanno firmato tre accordi sulla formazione, ha riferito martedì la Farnesina. La firma è avvenuta lunedì a Tunisi.",
      ],
    ],
    "2026-04-14T10:00:00Z",
    "2026-04-13",
  );
});

describe("alone, the day it was told dates the happening", () => {
  eventOnEach(
    [["en", "Pakistan and China signed five agreements on trade and health, the Foreign Office said on Tuesday."]],
    "2026-04-15",
    "2026-04-14",
  );
});

describe("a background day of another sentence does not outrank the day it was told", () => {
  eventOnEach(
    [
      [
        "en",
        "Ghana and Togo signed a memorandum on border security, the Ghanaian foreign ministry said on Tuesday. Negotiators had met on Saturday in Lomé to finalise the text.",
      ],
    ],
    "2026-03-11",
    "2026-03-10",
  );
});
