import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { findDates } from "../../../src/ingest/recognize/dates";

describe("an all-number date with a space after each dot", () => {
  it.for([
    ["es", "portal.example | 17. 11. 2025 | Redacción", "2025-11-17", "17. 11. 2025"],
    ["de", "Stand: 3. 2. 2024, Berlin", "2024-02-03", "3. 2. 2024"],
    ["fr", "Mis en ligne le 09. 04. 2019", "2019-04-09", "09. 04. 2019"],
  ] as const)("%s: reads the day and quotes it whole", ([lang, text, date, quoted], { expect }) => {
    const found = findDates(prepare(text), lang);
    expect(found.map((d) => [d.date, d.span?.text])).toContainEqual([date, quoted]);
  });

  it("leaves numbers that are no date alone", ({ expect }) => {
    expect(findDates(prepare("Artikel 5. 12. 3000 Zeichen"), "de")).toEqual([]);
  });
});
