/**
 * Without a publication date, the page's own date line stands for it whatever the words after it are: it dates the
 * report and its signing when nothing else does, though a navigation list above it and a paragraph of background
 * below it left it tied to no happening. Texts written for this project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const NAV = "  1. Skip to content\n  2. Skip to navigation\n  3. More offers\n\n";
const REPORTS = [
  [
    "en",
    `Armenia and Germany sign migration agreement\n${NAV}Armenia and Germany sign migration agreement\n\n4 March 2026\n\nBerlin has now concluded a third arrangement of this kind. The government wants to curb irregular migration.\n\nIn Yerevan the interior ministers of Germany and Armenia signed an agreement on the return of migrants.`,
  ],
  [
    "de",
    `Abkommen zwischen Deutschland und Armenien unterzeichnet\n${NAV}Abkommen zwischen Deutschland und Armenien unterzeichnet\n\n4. März 2026\n\nMit dem Kaukasusstaat schließt Berlin bereits die dritte Vereinbarung dieser Art. Die Bundesregierung will so die irreguläre Migration begrenzen.\n\nIn Eriwan setzten die Innenminister Deutschlands und Armeniens ihre Unterschriften unter ein Abkommen über die Rückführung von Migranten.`,
  ],
] as const;

describe("a page's date line without a publication date", () => {
  it.for(REPORTS)("%s: dates the report and its signing", async ([, text], { expect }) => {
    const a = await analyze({ text });
    expect(a.eventDate?.date).toBe("2026-03-04");
    expect(a.commitments.map((c) => c.signedOn)).toEqual(["2026-03-04"]);
  });
});
