/**
 * A counted batch told with a word for any instrument ("nine agreements", "three cooperation instruments") takes
 * the one form the report restates it with (sentences in our own words, through findCommitments): in apposition
 * ("…, memoranda on …") or told again later ("these new memoranda of understanding"); its count does not change.
 * "Including memoranda" names some of the batch, not its form. Business people signing make a deal between firms.
 */
import { describe, it } from "vitest";
import { byLanguage, firmCommitments, firmInstruments } from "../../helpers/commitment-read";

const CASES: { about: string; forms: string[]; firm: number; texts: Record<string, string> }[] = [
  {
    about: "a count of agreements told again later as memoranda",
    forms: ["signed memorandum"],
    firm: 9,
    texts: {
      en: "Kenya and Peru signed nine agreements in Lima on Monday. The two presidents praised these new memoranda of understanding at a press conference.",
      fr: "Le Kenya et le Pérou ont signé lundi à Lima neuf accords. Les deux présidents ont salué ces nouveaux mémorandums d'entente lors d'une conférence de presse.",
      it: "Kenya e Perù hanno firmato lunedì a Lima nove accordi. I due presidenti hanno salutato questi nuovi protocolli d'intesa in una conferenza stampa.",
      es: "Kenia y Perú firmaron el lunes en Lima nueve acuerdos. Los dos presidentes celebraron estos nuevos memorandos de entendimiento en una rueda de prensa.",
      pt: "O Quénia e o Peru assinaram na segunda-feira em Lima nove acordos. Os dois presidentes saudaram estes novos memorandos de entendimento numa conferência de imprensa.",
      de: "Kenia und Peru haben am Montag in Lima neun Abkommen unterzeichnet. Die beiden Präsidenten begrüßten diese neuen Memoranden bei einer Pressekonferenz.",
      ru: "Кения и Перу подписали в понедельник в Лиме девять соглашений. Президенты двух стран приветствовали эти новые меморандумы на пресс-конференции.",
      ar: "وقعت كينيا والبيرو يوم الاثنين في ليما تسع اتفاقيات. وأشاد الرئيسان بمذكرات التفاهم الجديدة خلال مؤتمر صحفي.",
    },
  },
  {
    about: "a count of agreements told again later with its count as memoranda",
    forms: ["signed memorandum"],
    firm: 9,
    texts: {
      en: "Kenya and Peru signed nine agreements in Lima on Monday. The presidents said the nine memoranda of understanding would widen trade.",
      fr: "Le Kenya et le Pérou ont signé lundi à Lima neuf accords. Les présidents ont dit que les neuf mémorandums d'entente élargiraient le commerce.",
    },
  },
  {
    about: "a count of instruments in apposition with memoranda",
    forms: ["signed memorandum"],
    firm: 3,
    texts: {
      en: "Kenya and Peru signed three cooperation instruments on Monday, memoranda on technical assistance to the port authority and the statistics office.",
      fr: "Le Kenya et le Pérou ont signé lundi trois instruments de coopération, des mémorandums d'assistance technique à l'autorité portuaire et à l'office de la statistique.",
      it: "Kenya e Perù hanno firmato lunedì tre documenti di cooperazione, protocolli d'intesa di assistenza tecnica all'autorità portuale e all'ufficio di statistica.",
      es: "Kenia y Perú firmaron el lunes tres instrumentos de cooperación, memorandos de asistencia técnica a la autoridad portuaria y a la oficina de estadística.",
      pt: "O Quénia e o Peru assinaram na segunda-feira três instrumentos de cooperação, memorandos de assistência técnica à autoridade portuária e ao gabinete de estatística.",
      de: "Kenia und Peru unterzeichneten am Montag drei Dokumente über Zusammenarbeit, Memoranden über technische Hilfe für die Hafenbehörde und das Statistikamt.",
      ru: "Кения и Перу подписали в понедельник три документа о сотрудничестве, меморандумы о технической помощи портовому управлению и статистическому ведомству.",
      ar: "وقعت كينيا والبيرو يوم الاثنين ثلاث وثائق تعاون، مذكرات تفاهم للمساعدة الفنية لهيئة الموانئ ومكتب الإحصاء.",
    },
  },
  {
    about: "memoranda named among a count of agreements are some of it",
    forms: ["signed agreement", "signed memorandum"],
    firm: 13,
    texts: {
      en: "Kenya and Peru signed thirteen agreements on Monday, including memoranda on health and tourism.",
      fr: "Le Kenya et le Pérou ont signé lundi treize accords, dont des mémorandums sur la santé et le tourisme.",
      es: "Kenia y Perú firmaron el lunes trece acuerdos, entre ellos memorandos sobre salud y turismo.",
    },
  },
  {
    about: "business people signing memoranda on the sidelines",
    forms: [],
    firm: 0,
    texts: {
      en: "Kenya and Peru held talks in Lima on Monday. On the sidelines, businessmen from both countries signed six memoranda of understanding.",
      fr: "Le Kenya et le Pérou ont tenu des entretiens lundi à Lima. En marge, des hommes d'affaires des deux pays ont signé six mémorandums d'entente.",
      it: "Kenya e Perù hanno tenuto colloqui lunedì a Lima. A margine, imprenditori dei due paesi hanno firmato sei protocolli d'intesa.",
      es: "Kenia y Perú celebraron conversaciones el lunes en Lima. Al margen, empresarios de ambos países firmaron seis memorandos de entendimiento.",
      pt: "O Quénia e o Peru realizaram conversações na segunda-feira em Lima. À margem, empresários dos dois países assinaram seis memorandos de entendimento.",
      de: "Kenia und Peru führten am Montag in Lima Gespräche. Am Rande unterzeichneten Unternehmer beider Länder sechs Memoranden.",
      ru: "Кения и Перу провели переговоры в понедельник в Лиме. На полях встречи предприниматели двух стран подписали шесть меморандумов.",
      ar: "أجرت كينيا والبيرو محادثات يوم الاثنين في ليما. وعلى الهامش، وقع رجال الأعمال من البلدين ست مذكرات تفاهم.",
    },
  },
];

for (const c of CASES) {
  describe(c.about, () => {
    it.for(byLanguage(c.texts))("$lang", ({ lang, text }, { expect }) => {
      expect([...new Set(firmCommitments(lang, text))].sort()).toEqual(c.forms);
      expect(firmInstruments(lang, text)).toBe(c.firm);
    });
  });
}
