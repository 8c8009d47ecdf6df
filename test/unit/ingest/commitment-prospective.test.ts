/**
 * A signing told as a condition or as what the talks opened the way to is still ahead, in the eight languages
 * (sentences in our own words, through findCommitments): "Once signed, the agreement will…", "paved the way for the
 * signing of an agreement…" give nothing signed; a signing of the day beside them stays.
 */
import { describe, it } from "vitest";
import { byLanguage, firmInstruments } from "../../helpers/commitment-read";

const LEAD: Record<string, string> = {
  en: "The president received his Ugandan counterpart on Friday. ",
  fr: "Le président a reçu vendredi son homologue ougandais. ",
  it: "Il presidente ha ricevuto venerdì il suo omologo ugandese. ",
  es: "El presidente recibió el viernes a su homólogo ugandés. ",
  pt: "O presidente recebeu na sexta-feira o seu homólogo ugandês. ",
  de: "Der Präsident empfing am Freitag seinen ugandischen Amtskollegen. ",
  ru: "Президент принял в пятницу угандийского коллегу. ",
  ar: "استقبل الرئيس يوم الجمعة نظيره الأوغندي. ",
};

const CASES: { about: string; texts: Record<string, string> }[] = [
  {
    about: "once signed",
    texts: {
      en: "Once signed, the agreement on energy cooperation will allow power exports.",
      fr: "Une fois signé, l'accord de coopération dans le domaine de l'énergie permettra des exportations d'électricité.",
      it: "Una volta firmato, l'accordo di cooperazione nel settore dell'energia consentirà esportazioni di elettricità.",
      es: "Una vez firmado, el acuerdo de cooperación en materia de energía permitirá exportar electricidad.",
      pt: "Uma vez assinado, o acordo de cooperação no domínio da energia permitirá exportar eletricidade.",
      de: "Sobald das Abkommen über die Zusammenarbeit im Energiebereich unterzeichnet ist, sind Stromexporte möglich.",
      ru: "Как только подписано соглашение о сотрудничестве в области энергетики, начнётся экспорт электроэнергии.",
      ar: "وبمجرد توقيع اتفاقية التعاون في مجال الطاقة ستسمح بتصدير الكهرباء.",
    },
  },
  {
    about: "the way paved for a signing",
    texts: {
      en: "The talks paved the way for the signing of an agreement on energy cooperation.",
      fr: "Les entretiens ont ouvert la voie à la signature d'un accord de coopération dans le domaine de l'énergie.",
      it: "I colloqui hanno aperto la strada alla firma di un accordo di cooperazione nel settore dell'energia.",
      es: "Las conversaciones allanaron el camino para la firma de un acuerdo de cooperación en materia de energía.",
      pt: "As conversações abriram caminho para a assinatura de um acordo de cooperação no domínio da energia.",
      de: "Die Gespräche ebneten den Weg für die Unterzeichnung eines Abkommens über die Zusammenarbeit im Energiebereich.",
      ru: "Переговоры открыли путь к подписанию соглашения о сотрудничестве в области энергетики.",
      ar: "ومهدت المباحثات الطريق لتوقيع اتفاقية للتعاون في مجال الطاقة.",
    },
  },
  {
    about: "negotiations on an instrument concluded",
    texts: {
      en: "Negotiations on a free trade agreement were concluded on Friday.",
      fr: "Les deux pays ont conclu vendredi les négociations sur un accord de libre-échange.",
      it: "Sono stati conclusi venerdì i negoziati su un accordo di libero scambio.",
      es: "Ambos países concluyeron el viernes las negociaciones de un acuerdo de libre comercio.",
      pt: "Os dois países concluíram na sexta-feira as negociações de um acordo de livre comércio.",
    },
  },
  {
    about: "negotiations on an instrument concluded, a clause set off by commas between",
    texts: {
      en: "Negotiations on a free trade agreement, launched in 2021 after a long pause, were concluded on Friday.",
      fr: "Les négociations sur un accord de libre-échange, ouvertes en 2021, ont été conclues vendredi.",
      it: "I negoziati su un accordo di libero scambio, avviati nel 2021, si sono conclusi venerdì.",
      es: "Las negociaciones de un acuerdo de libre comercio, iniciadas en 2021, fueron concluidas el viernes.",
      pt: "As negociações de um acordo de livre comércio, iniciadas em 2021, foram concluídas na sexta-feira.",
    },
  },
];

for (const c of CASES) {
  describe(c.about, () => {
    it.for(byLanguage(c.texts))("$lang: nothing signed", ({ lang, text }, { expect }) => {
      expect(firmInstruments(lang, (LEAD[lang] ?? "") + text)).toBe(0);
    });
  });
}
