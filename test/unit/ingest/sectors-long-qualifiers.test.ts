import { describe } from "vitest";
import { itFindsAfterLongLead } from "../../helpers/sectors";

// FICTIONAL sentences in the project's words; each fails without the rule its test names.
describe("an enumeration whose items carry long qualifiers is still one, after a long lead", () => {
  itFindsAfterLongLead([
    ["ru", "Это и экономика, региональная и международная безопасность, а также туризм.", "security-defence"],
    ["ru", "Это и экономика, региональная и международная безопасность, а также туризм.", "economy-trade-investment"],
    [
      "de",
      "Dazu zählen die Wirtschaft, die regionale und internationale Sicherheit sowie der Tourismus.",
      "security-defence",
    ],
    [
      "fr",
      "Il s'agit de l'économie, de la sécurité régionale et internationale ainsi que du tourisme.",
      "economy-trade-investment",
    ],
  ]);
});
