import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

// FICTIONAL sentences written for this test. A form word with no article between plural forms of an enumeration
// ("entre acuerdos, memorándum de entendimiento y programas", Spanish "memorándum" being used for the plural too) is
// one of the kinds a tally lists, plural like its neighbours: the relationship's "more than thirty instruments" are
// no instrument signed in the news.
describe("a bare form between plural forms of an enumeration is plural", () => {
  it("es: a tally listing kinds signs nothing", ({ expect }) => {
    expect(
      firmCommitments(
        "es",
        "Perú y México mantienen relaciones diplomáticas desde 1962 y, de acuerdo con la cancillería peruana, han firmado más de una veintena de instrumentos bilaterales, entre acuerdos, memorándum de entendimiento y programas de cooperación, en los ámbitos político, cultural y comercial.",
      ),
    ).toEqual([]);
  });
  it("es: a memorandum with its article stays one", ({ expect }) => {
    expect(
      firmCommitments("es", "México y Perú firmaron el lunes en Lima un memorándum de entendimiento sobre pesca."),
    ).toEqual(["signed memorandum"]);
  });
});
