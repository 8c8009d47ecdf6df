/**
 * An Arabic definite form whose next word has no article names no field: it is the instrument told before
 * (sentences in our own words, FICTIONAL, through findCommitments). "ووقع على الاتفاقية وزير الصحة" after "توقيع مذكرة
 * تفاهم" is that memorandum, signed by the minister; a definite form with an adjective ("الاتفاقية الثقافية") or a
 * joined preposition ("الاتفاقية لتجنب الازدواج الضريبي") is an instrument of its own.
 */
import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

const signedCount = (text: string) =>
  commitmentsOf("ar", text)
    .filter((c) => c.status === "signed")
    .reduce((n, c) => n + (c.instruments ?? 1), 0);

const CASES: readonly (readonly [string, number])[] = [
  [
    "أعلنت تونس، اليوم الاثنين، توقيع مذكرة تفاهم للتعاون الصحي مع الأردن. ووقع على الاتفاقية وزير الصحة التونسي ونظيره الأردني.",
    1,
  ],
  ["وقع البلدان أمس اتفاقية للتعاون الأمني. ووقع الاتفاقية وزيرا الداخلية في البلدين.", 1],
  ["وقع البلدان أمس مذكرة تفاهم في مجال النقل. وتنص المذكرة على تبادل الخبرات.", 1],
  // Guards: an adjective with the article, a joined preposition: another instrument.
  ["وقعت تونس والأردن، اليوم الاثنين، اتفاقية للتعاون التجاري. كما وقع الجانبان الاتفاقية الثقافية.", 2],
  [
    "وقعت تونس والأردن، اليوم الاثنين، اتفاقية للتعاون التجاري. ووقع الوزيران كذلك الاتفاقية لتجنب الازدواج الضريبي.",
    2,
  ],
];

describe("an Arabic definite form with no name of its own names again what was signed", () => {
  it.for(CASES)("%s", ([text, n], { expect }) => {
    expect(signedCount(text)).toBe(n);
  });
});
