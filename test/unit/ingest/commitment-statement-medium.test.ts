import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

// FICTIONAL sentences written for this test. A ministry that reports a signing "in a statement" ("dans une
// déclaration", "in einer Erklärung", "en una declaración") tells through that statement: it is the news's medium,
// no declaration the two countries signed. A declaration that is itself signed ("dans une déclaration signée lundi")
// stays one.
const MEDIUM: readonly (readonly [string, string])[] = [
  [
    "fr",
    "« Un accord de coopération a été signé entre les deux ministères », a indiqué le ministère dans une déclaration publiée sur Telegram.",
  ],
  [
    "es",
    '"Se firmó un acuerdo de cooperación entre los dos ministerios", señaló el ministerio en una declaración publicada en Telegram.',
  ],
  [
    "it",
    '"È stato firmato un accordo di cooperazione tra i due ministeri", ha affermato il ministero in una dichiarazione pubblicata su Telegram.',
  ],
  [
    "pt",
    '"Foi assinado um acordo de cooperação entre os dois ministérios", afirmou o ministério numa declaração publicada no Telegram.',
  ],
  [
    "de",
    "«Zwischen den beiden Ministerien wurde ein Kooperationsabkommen unterzeichnet», teilte das Ministerium in einer auf Telegram veröffentlichten Erklärung mit.",
  ],
  [
    "de",
    "In einer Erklärung des Außenministeriums vom Samstag heißt es, beide Seiten hätten ein Abkommen über Bildung unterzeichnet.",
  ],
];

describe("a statement that reports a signing is no signed declaration", () => {
  it.for(MEDIUM)("%s: %s", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual(["signed agreement"]);
  });
  it("keeps a declaration that is itself signed", ({ expect }) => {
    expect(
      firmCommitments(
        "fr",
        "Dans une déclaration signée lundi à Rabat, le Chili et le Kenya s'engagent à coopérer dans la pêche.",
      ),
    ).toEqual(["signed declaration"]);
  });
});
