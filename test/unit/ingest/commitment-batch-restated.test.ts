/**
 * A counted batch of signed instruments stands for all of them (sentences in our own words, through
 * findCommitments): an uncounted mention after it ("the agreements and memoranda were signed at the palace") or
 * the kinds it lists ("nine instruments, including memoranda") add none; the projects and minutes a report names
 * among "seven cooperation agreements" are some of the seven, not more.
 */
import { describe, it } from "vitest";
import { byLanguage, firmInstruments } from "../../helpers/commitment-read";

const CASES: { about: string; firm: number; texts: Record<string, string> }[] = [
  {
    about: "the batch told again with its forms",
    firm: 6,
    texts: {
      fr: "Les gouvernements du Pérou et du Chili ont signé lundi six accords de coopération. Les accords et mémorandums ont été signés au palais présidentiel en présence des deux chefs d'État.",
      it: "I governi di Perù e Cile hanno firmato lunedì sei accordi di cooperazione. Gli accordi e i memorandum sono stati firmati a Palazzo Chigi alla presenza dei due presidenti.",
      es: "Los gobiernos de Perú y Chile firmaron el lunes seis acuerdos de cooperación. Los acuerdos y memorandos fueron firmados en el Palacio de Gobierno en presencia de ambos presidentes.",
      pt: "Os governos do Peru e do Chile assinaram na segunda-feira seis acordos de cooperação. Os acordos e memorandos de entendimento foram assinados no Palácio do Governo.",
      ru: "Правительства Перу и Чили подписали в понедельник шесть соглашений о сотрудничестве. Соглашения и меморандумы были подписаны в президентском дворце в присутствии обоих президентов.",
      ar: "وقعت حكومتا بيرو وتشيلي يوم الاثنين ست اتفاقيات للتعاون. وتم توقيع الاتفاقيات ومذكرات التفاهم في القصر الرئاسي بحضور الرئيسين.",
    },
  },
  {
    about: "a batch of no one form and the kinds it lists",
    firm: 9,
    texts: {
      en: "The governments of Peru and Chile signed nine legal instruments on Monday, including memoranda, protocols and addenda. Health and civil aviation are among the areas covered by the agreements signed by the two countries.",
    },
  },
  {
    about: "projects and minutes among a count of agreements",
    firm: 7,
    texts: {
      en: "Peru and Chile signed seven cooperation agreements on Friday. The ministers signed an agreement on tourism. A cooperation project on malaria treatment was also signed. The minutes of the joint commission were signed as well.",
      pt: "Angola e Brasil assinaram sete acordos de cooperação esta sexta-feira. Os ministros assinaram o acordo de cooperação no sector do Turismo. No domínio da Saúde, foi assinado o Projecto de Cooperação para o Tratamento da Malária. No sector da Educação, foi assinado o Projecto de Cooperação Escola Aberta.",
    },
  },
];

for (const c of CASES) {
  describe(c.about, () => {
    it.for(byLanguage(c.texts))("$lang", ({ lang, text }, { expect }) => {
      expect(firmInstruments(lang, text)).toBe(c.firm);
    });
  });
}
