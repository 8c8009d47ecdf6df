import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

/** Signed instruments of a German lead: legal form and how many. */
function signedForms(text: string): string[] {
  return commitmentsOf("de", text)
    .filter((c) => c.status === "signed")
    .map((c) => `${c.legalForm} ×${c.instruments ?? 1}`);
}

// Leads of our own: German writes the kind of an agreement before its form word, in one compound
// (Kooperationsabkommen, Rahmenabkommen, Kooperationsvereinbarungen).
describe("German compounds headed by a form word", () => {
  it("reads a counted batch of cooperation agreements", ({ expect }) => {
    expect(
      signedForms(
        "Berlin, 3. März 2026 – Deutschland und Kenia haben am Dienstag in Berlin drei Kooperationsabkommen unterzeichnet.",
      ),
    ).toEqual(["agreement ×3"]);
  });
  it.for([
    ["ein Rahmenabkommen über die Zusammenarbeit", "agreement ×1"],
    ["zwei Kooperationsvereinbarungen", "agreement ×2"],
  ])("reads '%s'", ([object, expected], { expect }) => {
    expect(signedForms(`Berlin, 3. März 2026 – Deutschland und Kenia unterzeichneten am Dienstag ${object}.`)).toEqual([
      expected,
    ]);
  });
  it("reads numerous agreements of cooperation as a batch", ({ expect }) => {
    expect(
      signedForms(
        "Berlin, 3. März 2026 – Im Beisein der beiden Präsidenten unterzeichneten Vietnam und Kenia zahlreiche Zusammenarbeitsabkommen.",
      ),
    ).toEqual(["agreement ×1"]);
  });
});
