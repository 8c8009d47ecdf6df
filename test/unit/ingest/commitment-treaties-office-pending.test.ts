import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL sentences in our own words, in the eight languages.
const firm = new Set(["signed", "ratified", "in_force"]);

describe("a treaties office and a ratification still to come", () => {
  it.for([
    [
      "en",
      "Mauritania and China signed a memorandum on security cooperation in Nouakchott on Monday. The signing was attended by the director of legal affairs and treaties at the foreign ministry.",
    ],
    [
      "fr",
      "La Mauritanie et la Chine ont signé lundi à Nouakchott un mémorandum sur la coopération sécuritaire. La signature s'est déroulée en présence du directeur des affaires juridiques et des traités au ministère.",
    ],
    [
      "es",
      "Mauritania y China firmaron el lunes en Nuakchot un memorando sobre cooperación en seguridad. Asistió a la firma el director de Asuntos Jurídicos y Tratados de la cancillería.",
    ],
    [
      "pt",
      "A Mauritânia e a China assinaram na segunda-feira em Nouakchott um memorando sobre cooperação em segurança. Assistiu à assinatura o diretor de Assuntos Jurídicos e Tratados do ministério.",
    ],
    [
      "it",
      "Mauritania e Cina hanno firmato lunedì a Nouakchott un memorandum sulla cooperazione in materia di sicurezza. Alla firma era presente il direttore degli affari giuridici e dei trattati del ministero.",
    ],
    [
      "de",
      "Mauretanien und China haben am Montag in Nouakchott ein Memorandum über Sicherheitszusammenarbeit unterzeichnet. Bei der Unterzeichnung war der Leiter der Abteilung für Rechtsfragen und Verträge anwesend.",
    ],
    [
      "ru",
      "Мавритания и Китай в понедельник подписали в Нуакшоте меморандум о сотрудничестве в сфере безопасности. На подписании присутствовал директор департамента правовых вопросов и договоров МИД.",
    ],
    [
      "ar",
      "وقعت موريتانيا والصين يوم الاثنين في نواكشوط مذكرة تفاهم للتعاون الأمني. وحضر التوقيع مدير الشؤون القانونية والمعاهدات بوزارة الخارجية.",
    ],
  ] as const)(
    "the treaties of an official's office are no instrument signed (%s)",
    async ([language, text], { expect }) => {
      const a = await analyze({ text, language, publishedAt: "2026-03-04" });
      const firmForms = a.commitments.filter((c) => firm.has(c.status)).map((c) => c.legalForm);
      expect(firmForms).toEqual(["memorandum"]);
    },
  );

  it.for([
    [
      "pt",
      "Cabo Verde e Moçambique reuniram-se em Maputo. O acordo sobre mobilidade académica entra agora na fase de ratificação pelos dois Estados.",
    ],
    [
      "pt",
      "Cabo Verde e Moçambique reuniram-se em Maputo. O acordo sobre mobilidade académica está em processo de ratificação.",
    ],
    [
      "en",
      "Cape Verde and Mozambique met in Maputo. The academic mobility agreement now enters the ratification phase in both states.",
    ],
    [
      "fr",
      "Le Cap-Vert et le Mozambique se sont réunis à Maputo. L'accord sur la mobilité académique entre maintenant dans la phase de ratification.",
    ],
    [
      "es",
      "Cabo Verde y Mozambique se reunieron en Maputo. El acuerdo sobre movilidad académica entra ahora en la fase de ratificación.",
    ],
    [
      "it",
      "Capo Verde e Mozambico si sono riuniti a Maputo. L'accordo sulla mobilità accademica entra ora nella fase di ratifica.",
    ],
    [
      "de",
      "Kap Verde und Mosambik trafen sich in Maputo. Das Abkommen über akademische Mobilität tritt nun in die Phase der Ratifizierung ein.",
    ],
    [
      "ru",
      "Кабо-Верде и Мозамбик провели встречу в Мапуту. Соглашение об академической мобильности теперь вступает в стадию ратификации.",
    ],
    ["ar", "اجتمعت الرأس الأخضر وموزمبيق في مابوتو. وتدخل اتفاقية التنقل الأكاديمي الآن مرحلة المصادقة."],
  ] as const)(
    "an agreement in its ratification phase or process is not ratified (%s)",
    async ([language, text], { expect }) => {
      const a = await analyze({ text, language, publishedAt: "2026-03-04" });
      expect(a.pairs.map((p) => p.key)).toEqual(["CV-MZ"]);
      expect(a.commitments.filter((c) => firm.has(c.status))).toEqual([]);
    },
  );

  it("still reads a ratification told as done", async ({ expect }) => {
    for (const [language, text] of [
      [
        "en",
        "Cape Verde and Mozambique met in Maputo. The parliament of Mozambique ratified the academic mobility agreement on Tuesday.",
      ],
      [
        "fr",
        "Le Cap-Vert et le Mozambique se sont réunis à Maputo. Le parlement mozambicain a ratifié mardi l'accord sur la mobilité académique.",
      ],
    ] as const) {
      const a = await analyze({ text, language, publishedAt: "2026-03-04" });
      expect(
        a.commitments.map((c) => c.status),
        text,
      ).toContain("ratified");
    }
  });
});
