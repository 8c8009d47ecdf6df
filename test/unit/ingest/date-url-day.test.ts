import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL sentences in the project's words; the URLs are of no real outlet.
describe("a URL that files a page under its day ('/2025/09/16/slug')", () => {
  it.for([
    ["en", "Kenya and Japan signed a port agreement on Monday in Nairobi.", "2025-09-15"],
    ["fr", "Le Kenya et le Japon ont signé lundi à Nairobi un accord portuaire.", "2025-09-15"],
    ["it", "Kenya e Giappone hanno firmato lunedì a Nairobi un accordo portuale.", "2025-09-15"],
    ["es", "Kenia y Japón firmaron este lunes en Nairobi un acuerdo portuario.", "2025-09-15"],
    ["pt", "O Quénia e o Japão assinaram nesta segunda-feira em Nairobi um acordo portuário.", "2025-09-15"],
    ["de", "Kenia und Japan haben am Montag in Nairobi ein Hafenabkommen unterzeichnet.", "2025-09-15"],
    ["ru", "Кения и Япония в понедельник подписали в Найроби соглашение о портах.", "2025-09-15"],
    ["ar", "وقعت كينيا واليابان أمس الاثنين في نيروبي اتفاقية للتعاون في مجال الموانئ.", "2025-09-15"],
  ] as const)(
    "dates a lead's weekday from that day when the page gives no other (%s)",
    async ([language, text, day], { expect }) => {
      const a = await analyze({ text, language, url: "https://fixture.example/world/2025/09/16/kenya-japan-ports" });
      expect(a.eventDate?.date).toBe(day);
    },
  );

  it("stands in for publication when the text tells no day of its own", async ({ expect }) => {
    const text = "Kenya and Japan have signed a port agreement in Nairobi, the two governments said.";
    const a = await analyze({ text, url: "https://fixture.example/world/2025/09/16/kenya-japan-ports" });
    expect(a.eventDate).toMatchObject({ date: "2025-09-16", evidence: "published" });
  });

  it("yields to a publication date and to the page's own date line", async ({ expect }) => {
    const text = "Kenya and Japan signed a port agreement on Monday in Nairobi.";
    const url = "https://fixture.example/world/2025/09/16/kenya-japan-ports";
    expect((await analyze({ text, url, publishedAt: "2025-09-24" })).eventDate?.date).toBe("2025-09-22");
    const dated = `Published: 24/09/2025\n${text}`;
    expect((await analyze({ text: dated, url })).eventDate?.date).toBe("2025-09-22");
  });

  it("still dates no weekday from a URL giving only the month ('/2025/09/slug')", async ({ expect }) => {
    const text = "Kenya and Japan signed a port agreement on Monday in Nairobi.";
    expect(
      (await analyze({ text, url: "https://fixture.example/world/2025/09/kenya-japan" })).eventDate,
    ).toBeUndefined();
  });
});
