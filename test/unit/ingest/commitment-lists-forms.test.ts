import { describe, it } from "vitest";
import { commitmentsOf, signed, signedByTrack } from "../../helpers/commitment-read";

describe("another instrument after a listed one", () => {
  it.for([
    [
      "en",
      "On 3 March 2026 Kenya and Ghana signed an agreement on fisheries, a memorandum on political consultations and another memorandum on vocational training.",
    ],
    [
      "fr",
      "Le 3 mars 2026, le Sénégal et le Mali ont signé un accord sur la pêche, un mémorandum sur les consultations politiques et un autre mémorandum sur la formation professionnelle.",
    ],
    [
      "es",
      "El 3 de marzo de 2026, Perú y Bolivia firmaron un acuerdo sobre pesca, un memorando sobre consultas políticas y otro memorando sobre formación profesional.",
    ],
    [
      "de",
      "Am 3. März 2026 unterzeichneten Polen und Litauen ein Abkommen über die Fischerei, ein Memorandum über politische Konsultationen und ein weiteres Memorandum über die Berufsbildung.",
    ],
  ] as const)("reads 'another' + a form as one more instrument of that form (%s)", ([lang, text], { expect }) => {
    const forms = signed(lang, text)
      .map((s) => s.split(" ")[0])
      .sort();
    expect(forms.join(", ")).toBe("agreement, memorandum, memorandum");
  });

  it("reads a batch whose items the next sentence lists as those items, none more", ({ expect }) => {
    const text =
      "Un accord de coopération et deux mémorandums d'entente ont été signés le 3 mars 2026 à Dakar entre le Sénégal et le Mali. Il s'agit d'un accord dans le domaine de la pêche, d'un mémorandum sur les consultations politiques et d'un autre mémorandum sur la formation professionnelle.";
    expect(
      signed("fr", text)
        .map((s) => s.split(" ")[0])
        .sort()
        .join(", "),
    ).toBe("agreement, memorandum, memorandum");
  });
});

describe("each form with its own subject", () => {
  const compound = "agreement air-services, declaration health";
  const introduced = "agreement air-services, memorandum health";
  it.for([
    [
      "de",
      "Am 3. März 2026 unterzeichneten Polen und Litauen in Warschau ein Luftverkehrsabkommen und eine Absichtserklärung zur Gesundheit.",
      compound,
    ],
    [
      "de",
      "Am 3. März 2026 unterzeichneten Polen und Litauen in Warschau eine Absichtserklärung zur Gesundheit sowie ein Luftverkehrsabkommen.",
      compound,
    ],
    [
      "fr",
      "Le 3 mars 2026 à Dakar, le Maroc et le Sénégal ont signé un accord sur le transport aérien et un mémorandum sur la santé.",
      introduced,
    ],
    [
      "en",
      "On 3 March 2026 in Nairobi, Kenya and Ghana signed an agreement on air services and a memorandum on health.",
      introduced,
    ],
    [
      "es",
      "El 3 de marzo de 2026 en Lima, Perú y Bolivia firmaron un acuerdo sobre transporte aéreo y un memorando sobre salud.",
      introduced,
    ],
  ] as const)(
    "keeps a compound's own form, or the form that introduces a track, not the word across the conjunction (%s)",
    ([lang, text, want], { expect }) => {
      expect(signedByTrack(lang, text)).toBe(want);
    },
  );

  it("still reads a protocol to a compound agreement as that protocol, one instrument", ({ expect }) => {
    const text = "Am 3. März 2026 unterzeichneten Polen und Litauen ein Protokoll zum Doppelbesteuerungsabkommen.";
    expect(signed("de", text)).toHaveLength(1);
  });
});

describe("Arabic plurals and duals of protocol", () => {
  it.for([
    ["وقع المغرب وتونس يوم 3 مارس 2026 في الرباط ثلاثة بروتوكولات في مجالات الصحة والزراعة والنقل.", 3],
    ["وقع المغرب وتونس يوم 3 مارس 2026 في الرباط بروتوكولين في الصحة والنقل.", 2],
  ] as const)("reads one protocol per field listed (%s)", ([text, n], { expect }) => {
    expect(signed("ar", text)).toHaveLength(n);
  });
});

describe("one count over forms joined by the Arabic 'wa'", () => {
  // Sentences of our own: Arabic joins "and" to the next word ("ومذكرة تفاهم"), so the count of "13 اتفاقية تعاون
  // ومذكرة تفاهم" (13 cooperation agreements and memoranda) goes on over the memoranda as "13 agreements and
  // memoranda" does in the other languages.
  const batches = (text: string) =>
    commitmentsOf("ar", text)
      .filter((c) => c.status === "signed")
      .map((c) => c.instruments ?? 1);
  it.for([
    "وقعت مصر والأردن يوم 3 مارس 2026 في عمان خمس اتفاقيات وثلاث مذكرات تفاهم في عدة مجالات.",
    "وقعت مصر والأردن يوم 3 مارس 2026 في عمان 5 اتفاقيات و3 مذكرات تفاهم في عدة مجالات.",
  ])("keeps a second form with its own count joined by 'wa' (%s)", (text, { expect }) => {
    expect(batches(text).reduce((a, b) => a + b, 0)).toBe(8);
  });
  it("reads one batch of 13, not two", ({ expect }) => {
    expect(batches("وقعت مصر والأردن يوم 3 مارس 2026 في عمان 13 اتفاقية تعاون ومذكرة تفاهم في عدة مجالات.")).toEqual([
      13,
    ]);
  });
});

/** Reports that sign an agreement on health and a memorandum on tourism, each its own instrument. */
const HEALTH_AND_TOURISM: readonly (readonly [string, string])[] = [
  [
    "de",
    "Am 3. März 2026 unterzeichneten Polen und Litauen in Warschau ein Abkommen über Gesundheit sowie ein Memorandum über Tourismus.",
  ],
  [
    "it",
    "Il 3 marzo 2026 a Roma l'Italia e l'Albania hanno firmato un accordo sulla sanità nonché un memorandum sul turismo.",
  ],
  [
    "pt",
    "Em 3 de março de 2026, em Lisboa, Portugal e Angola assinaram um acordo sobre saúde bem como um memorando sobre turismo.",
  ],
  [
    "de",
    "Am 3. März 2026 unterzeichneten die Außenminister Polens und Litauens in Warschau folgende Dokumente:\n„Abkommen über die Zusammenarbeit im Gesundheitswesen“ sowie „Memorandum über die Zusammenarbeit im Tourismus“.",
  ],
  [
    "en",
    'On 3 March 2026 in Nairobi, the ministers of Kenya and Ghana signed the following documents:\n"Agreement on cooperation in health" and "Memorandum on cooperation in tourism".',
  ],
];

describe("a form after a multi-word conjunction, or quoted on a line after a signing colon", () => {
  it.for(HEALTH_AND_TOURISM)("reads each form as an instrument of its own, signed (%s)", ([lang, text], { expect }) => {
    expect(signedByTrack(lang, text)).toBe("agreement health, memorandum culture-people");
  });
});
