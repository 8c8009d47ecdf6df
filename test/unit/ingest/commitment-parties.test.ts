/**
 * Whose instrument it is: an instrument whose own clause names its parties belongs to the report's pair only when
 * those parties are that pair's countries. Our own sentences (FICTIONAL), one language per case.
 */
import { describe, it } from "vitest";
import approvals from "../../../quality/fixtures/fr-approvals-several-countries.json";
import { analyze } from "../../../src/ingest/analyze";
import { matchEvent } from "../../../src/ingest/plan/cluster";
import { planIngest } from "../../../src/ingest/plan/plan";
import { similarity } from "../../../src/ingest/read/minhash";

const PUBLISHED = "2026-04-13T10:00:00Z";
const VISA = "signed agreement visa-exemption";

/** A case: what it shows, the title and text, the pair and the commitments expected. */
const CASES: readonly [string, string, string, string, readonly string[]][] = [
  [
    "drops an instrument signed by one third country with another (ru: instrumental, then 'с')",
    "Россия и Монголия подписали соглашение о безвизовом режиме",
    "Россия и Монголия подписали в понедельник в Москве соглашение о безвизовом режиме для владельцев служебных паспортов. Министры напомнили о соглашении о воздушном сообщении, подписанном Казахстаном с Китаем.",
    "MN-RU",
    [VISA],
  ],
  [
    "drops a memorandum signed between two other countries (ar: بين)",
    "مصر والأردن توقعان اتفاقية للإعفاء من التأشيرات",
    "وقعت مصر والأردن اليوم في القاهرة اتفاقية للإعفاء المتبادل من التأشيرات لحاملي الجوازات الدبلوماسية. وأشار الوزيران إلى مذكرة التفاهم الموقعة بين السعودية والإمارات في مجال النقل الجوي.",
    "EG-JO",
    [VISA],
  ],
  [
    "drops an agreement signed by two other countries (ar: من قبل)",
    "مصر والأردن توقعان اتفاقية للإعفاء من التأشيرات",
    "وقعت مصر والأردن اليوم في القاهرة اتفاقية للإعفاء المتبادل من التأشيرات لحاملي الجوازات الدبلوماسية. وذكر الوزيران باتفاقية النقل الجوي الموقعة من قبل السعودية والإمارات.",
    "EG-JO",
    [VISA],
  ],
  [
    "drops a memorandum signed by a third country with another (pt: 'pelo … com')",
    "Portugal e Cabo Verde assinam acordo de isenção de vistos",
    "Portugal e Cabo Verde assinaram hoje em Lisboa um acordo de isenção de vistos para titulares de passaportes diplomáticos. Os ministros lembraram o memorando sobre transporte aéreo assinado pelo Brasil com Angola.",
    "CV-PT",
    [VISA],
  ],
  [
    "drops a multilateral list of parties (en: 'between X, Y and Z')",
    "Morocco and Kazakhstan sign visa agreement",
    "Morocco and Kazakhstan signed a visa exemption agreement in Rabat on Monday. The ministers also recalled the customs convention signed between Russia, Belarus and Kazakhstan.",
    "KZ-MA",
    [VISA],
  ],
  [
    "keeps instruments whose stated parties are the pair, or one side of it",
    "Morocco and Kazakhstan sign visa agreement",
    "Morocco and Kazakhstan signed a visa exemption agreement in Rabat on Monday. The agreement between Morocco and Kazakhstan was signed by the two foreign ministers, and a memorandum on air services signed with Kazakhstan's civil aviation committee followed.",
    "KZ-MA",
    [VISA, "signed memorandum air-services"],
  ],
];

describe("the parties of an instrument", () => {
  it.for(CASES)("%s", async ([, title, text, pair, commitments], { expect }) => {
    const a = await analyze({ title, text, publishedAt: PUBLISHED });
    expect(a.pairs.map((p) => p.key)).toEqual([pair]);
    expect(a.commitments.map((c) => `${c.status} ${c.legalForm ?? "?"} ${c.track ?? c.sector}`)).toEqual(commitments);
  });
});

describe("the parties of a digest's instruments", () => {
  it("gives each pair of a digest only the instruments whose stated parties are that pair", async ({ expect }) => {
    const { expect: _wanted, ...input } = approvals;
    const a = await analyze(input);
    const context = { pairs: new Map(), nearDuplicates: [], sectorLabels: new Map(), now: "2026-11-04T00:00:00.000Z" };
    const article = { articleId: "ar_1", input: { text: input.text }, origin: "admin" as const, feedId: null };
    const plan = planIngest(a, context, article, { matchEvent, similarity });
    const byPair = (pair: string) =>
      plan.newCommitments
        .filter((c) => c.pair === pair)
        .map((c) => c.track)
        .sort();
    expect(a.pairs.map((p) => p.key).sort()).toEqual(["BR-SN", "ES-SN", "JP-SN", "SN-TR"]);
    // The fishing agreement and the one on training seafarers "between the two countries" (no field word of ours).
    expect(byPair("ES-SN")).toEqual(["agriculture-food-security", "political-dialogue"]);
    expect(byPair("JP-SN")).toEqual(["double-taxation"]);
    expect(byPair("SN-TR")).toEqual(["economy-trade-investment"]);
    expect(byPair("BR-SN")).toEqual(["culture-people"]);
  });
});
