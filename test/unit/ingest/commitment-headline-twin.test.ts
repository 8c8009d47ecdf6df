/**
 * A headline that tells one instrument signed by the word for any instrument ("firmata un'intesa su difesa e
 * migranti", "Fiji and Samoa sign agreement"), over a body that signs exactly one instrument of another form, names
 * that instrument in a headline's words: one commitment, the body's (FICTIONAL texts written for this project).
 */
import { describe } from "vitest";
import { itSigns } from "../../helpers/commitment-read";

const CASES = [
  [
    "it Italia e Albania: firmata un'intesa su difesa e migranti\nLa prima giornata della visita a Tirana si è chiusa con la firma del memorandum d'intesa sulla cooperazione bilaterale.",
    ["signed memorandum"],
  ],
  [
    "en Fiji and Samoa sign agreement on fisheries\nThe ministers of Fiji and Samoa signed a memorandum of understanding on fisheries in Suva on Monday.",
    ["signed memorandum"],
  ],
  // Two instruments in the body: the headline's sums them up (read so before this rule too).
  [
    "en Fiji and Samoa sign agreement on fisheries\nThe ministers of Fiji and Samoa signed a memorandum on health and a declaration on climate in Suva on Monday.",
    ["signed memorandum", "signed declaration"],
  ],
] as const;

describe("a headline's agreement over a body's one instrument", () => {
  itSigns(CASES);
});
