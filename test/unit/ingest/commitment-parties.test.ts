/**
 * Whose instrument it is: an instrument whose own clause names its parties belongs to the report's pair only when
 * those parties are that pair's countries. Our own sentences (FICTIONAL), one language per case.
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

const PUBLISHED = "2026-04-13T10:00:00Z";

async function read(title: string, text: string) {
  const a = await analyze({ title, text, publishedAt: PUBLISHED });
  return {
    pair: a.pairs.map((p) => p.key),
    commitments: a.commitments.map((c) => `${c.status} ${c.legalForm ?? "?"} ${c.track ?? c.sector}`),
  };
}

describe("the parties of an instrument", () => {
  it("drops an instrument signed by one third country with another (ru: instrumental, then 'с')", async ({
    expect,
  }) => {
    const got = await read(
      "Россия и Монголия подписали соглашение о безвизовом режиме",
      "Россия и Монголия подписали в понедельник в Москве соглашение о безвизовом режиме для владельцев служебных паспортов. Министры напомнили о соглашении о воздушном сообщении, подписанном Казахстаном с Китаем.",
    );
    expect(got).toEqual({ pair: ["MN-RU"], commitments: ["signed agreement visa-exemption"] });
  });

  it("drops a memorandum signed between two other countries (ar: بين)", async ({ expect }) => {
    const got = await read(
      "مصر والأردن توقعان اتفاقية للإعفاء من التأشيرات",
      "وقعت مصر والأردن اليوم في القاهرة اتفاقية للإعفاء المتبادل من التأشيرات لحاملي الجوازات الدبلوماسية. وأشار الوزيران إلى مذكرة التفاهم الموقعة بين السعودية والإمارات في مجال النقل الجوي.",
    );
    expect(got).toEqual({ pair: ["EG-JO"], commitments: ["signed agreement visa-exemption"] });
  });

  it("drops a memorandum signed by a third country with another (pt: 'pelo … com')", async ({ expect }) => {
    const got = await read(
      "Portugal e Cabo Verde assinam acordo de isenção de vistos",
      "Portugal e Cabo Verde assinaram hoje em Lisboa um acordo de isenção de vistos para titulares de passaportes diplomáticos. Os ministros lembraram o memorando sobre transporte aéreo assinado pelo Brasil com Angola.",
    );
    expect(got).toEqual({ pair: ["CV-PT"], commitments: ["signed agreement visa-exemption"] });
  });

  it("drops a multilateral list of parties (en: 'between X, Y and Z')", async ({ expect }) => {
    const got = await read(
      "Morocco and Kazakhstan sign visa agreement",
      "Morocco and Kazakhstan signed a visa exemption agreement in Rabat on Monday. The ministers also recalled the customs convention signed between Russia, Belarus and Kazakhstan.",
    );
    expect(got).toEqual({ pair: ["KZ-MA"], commitments: ["signed agreement visa-exemption"] });
  });

  it("keeps instruments whose stated parties are the pair, or one side of it", async ({ expect }) => {
    const got = await read(
      "Morocco and Kazakhstan sign visa agreement",
      "Morocco and Kazakhstan signed a visa exemption agreement in Rabat on Monday. The agreement between Morocco and Kazakhstan was signed by the two foreign ministers, and a memorandum on air services signed with Kazakhstan's civil aviation committee followed.",
    );
    expect(got).toEqual({
      pair: ["KZ-MA"],
      commitments: ["signed agreement visa-exemption", "signed memorandum air-services"],
    });
  });
});
