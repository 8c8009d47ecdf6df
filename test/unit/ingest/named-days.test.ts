/**
 * A place named after a date ("Aeroporto Internacional 4 de Fevereiro", "Avenida 9 de Julio", "площадь 1 Мая") is
 * no date of the report (src/ingest/recognize/named-days.ts, through findDates); sentences in our own words.
 */
import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { findDates } from "../../../src/ingest/recognize/dates";

const dated = (lang: string, text: string) => findDates(prepare(text), lang, "2026-07-10").map((d) => d.date);

describe("a place named after a date", () => {
  it.for([
    ["pt", "O ministro falou aos jornalistas no Aeroporto Internacional 4 de Fevereiro, à chegada."],
    ["es", "La delegación se alojó en un hotel de la Avenida 9 de Julio, en el centro."],
    ["ru", "Делегация возложила цветы на площади 1 Мая в центре города."],
    ["it", "Il corteo è passato per Piazza 4 Novembre prima dei colloqui."],
    ["fr", "La délégation a visité la place du 14 Juillet avant les entretiens."],
    ["de", "Die Delegation fuhr über die Straße des 17. Juni zum Kanzleramt."],
    ["ar", "وصل الوفد إلى مطار 6 أكتوبر ثم توجه إلى مقر الوزارة."],
    ["en", "The delegation laid a wreath on Avenida 9 de Julio before the talks."],
  ])("%s: no date", ([lang, text], { expect }) => {
    expect(dated(lang ?? "", text ?? "")).toEqual([]);
  });

  it.for([
    ["pt", "O acordo foi assinado a 4 de Fevereiro no aeroporto."],
    ["es", "La reunión se celebró el 9 de julio en la avenida principal."],
  ])("%s: a day of its own stays", ([lang, text], { expect }) => {
    expect(dated(lang ?? "", text ?? "")).toHaveLength(1);
  });
});
