/**
 * Documents signed at a meeting that are no legal form of ours (src/ingest/recognize/commitment-records.ts): the
 * minutes of a joint commission or of political consultations, the rules of procedure of a body, a cooperation
 * project. Signed, with no legal form, on the mechanism's track when the document names it. Sentences written for
 * this project, in the eight languages.
 */
import { describe, it } from "vitest";
import data from "../../../seed/lexicons/commitments.json";
import { prepare } from "../../../src/ingest/match/normalize";
import { findCommitments } from "../../../src/ingest/recognize/commitments";
import { eventDateOf, findDates } from "../../../src/ingest/recognize/dates";
import { matchTracks } from "../../../src/ingest/recognize/sectors";

const LANGUAGES = ["en", "fr", "ar", "it", "es", "ru", "pt", "de"];
const DAY = "2026-07-10";

function firm(lang: string, text: string) {
  const doc = prepare(text);
  const dates = findDates(doc, lang, DAY);
  return findCommitments(doc, matchTracks(doc), dates, DAY, eventDateOf(dates, DAY))
    .filter((c) => c.status === "signed" || c.status === "ratified" || c.status === "in_force")
    .map((c) => `${c.status} ${c.legalForm ?? "-"} ${c.track ?? "-"}`);
}

const cases = (byLang: Record<string, string>) => Object.entries(byLang).map(([lang, text]) => ({ lang, text }));

describe("the records lexicon", () => {
  it("names minutes, rules of procedure and cooperation projects in all eight languages", ({ expect }) => {
    const records = (data as unknown as { records?: Record<string, { words: Record<string, string[]> }> }).records;
    expect(records).toBeDefined();
    const { $comment: _c, ...groups } = records ?? {};
    expect(Object.keys(groups).sort()).toEqual(["amendment", "minutes", "project", "rules"]);
    for (const [name, group] of Object.entries(groups)) {
      expect(Object.keys(group.words).sort(), name).toEqual([...LANGUAGES].sort());
    }
  });
});

/** What is signed, the one firm commitment it gives, and a sentence for it in each language. */
const SIGNED: { what: string; want: string | string[]; byLang: Record<string, string> }[] = [
  {
    what: "the minutes of a joint commission",
    want: "signed - joint-commission",
    byLang: {
      en: "At the close of the session the two ministers signed the minutes of the joint commission in Lusaka.",
      fr: "À l'issue de la session, les deux ministres ont signé le procès-verbal de la commission mixte à Lusaka.",
      it: "Al termine della sessione i due ministri hanno firmato il verbale della commissione mista a Lusaka.",
      es: "Al término de la sesión los dos ministros firmaron el acta de la comisión mixta en Lusaka.",
      pt: "No fim da sessão os dois ministros assinaram a ata da comissão mista em Lusaka.",
      de: "Zum Abschluss der Tagung unterzeichneten die beiden Minister das Protokoll der Sitzung der gemischten Kommission.",
      ru: "По итогам сессии министры подписали протокол заседания межправительственной комиссии в Лусаке.",
      ar: "وفي ختام الدورة وقع الوزيران على محضر اجتماع اللجنة المشتركة في لوساكا.",
    },
  },
  {
    what: "the minutes of political consultations, told in the passive",
    want: "signed - political-consultations",
    byLang: {
      en: "The minutes of the first round of political consultations were signed in Quito.",
      fr: "Le procès-verbal des premières consultations politiques a été signé à Quito.",
      it: "Il verbale delle prime consultazioni politiche è stato firmato a Quito.",
      es: "El acta de la primera reunión de consultas políticas fue suscrita en Quito.",
      pt: "A ata da primeira reunião de consultas políticas foi assinada em Quito.",
      de: "Das Protokoll der ersten Sitzung der politischen Konsultationen wurde in Quito unterzeichnet.",
      ru: "Протокол заседания по политическим консультациям был подписан в Кито.",
      ar: "تم توقيع محضر الجولة الأولى من المشاورات السياسية في كيتو.",
    },
  },
  {
    what: "rules of procedure",
    want: "signed - -",
    byLang: {
      en: "The ministers also signed the rules of procedure of the council of the two countries.",
      fr: "Les ministres ont également signé le règlement intérieur du conseil des deux pays.",
      it: "I ministri hanno anche firmato il regolamento interno del consiglio dei due paesi.",
      es: "Los cancilleres suscribieron también el reglamento del consejo de los dos países.",
      pt: "Os ministros assinaram também o regimento interno do conselho dos dois países.",
      de: "Die Minister unterzeichneten auch die Geschäftsordnung des Rates der beiden Länder.",
      ru: "Министры также подписали регламент совета двух стран.",
      ar: "ووقع الوزيران أيضا على النظام الداخلي لمجلس البلدين.",
    },
  },
  {
    what: "a cooperation project",
    want: "signed - -",
    byLang: {
      en: "In education, the two ambassadors signed a cooperation project for rural schools.",
      fr: "Dans l'éducation, les deux ambassadeurs ont signé un projet de coopération pour les écoles rurales.",
      it: "Nell'istruzione, i due ambasciatori hanno firmato un progetto di cooperazione per le scuole rurali.",
      es: "En educación, los dos embajadores firmaron un proyecto de cooperación para las escuelas rurales.",
      pt: "Na educação, foi assinado pelos dois embaixadores um projeto de cooperação para as escolas rurais.",
      de: "Im Bildungsbereich unterzeichneten die beiden Botschafter ein Kooperationsprojekt für ländliche Schulen.",
      ru: "В сфере образования послы подписали проект сотрудничества для сельских школ.",
      ar: "وفي مجال التعليم وقع السفيران على مشروع تعاون للمدارس الريفية.",
    },
  },
  {
    what: "the minutes joined by a coordinator to agreements before them",
    want: ["signed - joint-commission", "signed agreement -"],
    byLang: {
      en: "Kenya and Uganda signed three agreements and the minutes of the joint commission.",
      fr: "Le Mali et le Niger ont signé trois accords ainsi que le procès-verbal de la commission mixte.",
      it: "Italia e Albania hanno firmato tre accordi e il verbale della commissione mista.",
      es: "Perú y Chile firmaron tres acuerdos y el acta de la comisión mixta.",
      pt: "Angola e Namíbia assinaram três acordos e a ata da comissão mista.",
      de: "Polen und Litauen unterzeichneten drei Abkommen und das Protokoll der Sitzung der gemischten Kommission.",
      ru: "Армения и Грузия подписали три соглашения и протокол заседания межправительственной комиссии.",
      ar: "وقع المغرب وموريتانيا ثلاث اتفاقيات ومحضر اجتماع اللجنة المشتركة.",
    },
  },
];

for (const { what, want, byLang } of SIGNED) {
  const wanted = [want].flat().sort();
  describe(`${what}, signed`, () => {
    it.for(cases(byLang))(`$lang: ${wanted.join(", ")}`, ({ lang, text }, { expect }) => {
      expect(firm(lang, text).sort()).toEqual(wanted);
    });
  });
}

describe("minutes joined to other instruments signed", () => {
  it("a document the instrument is about is not joined to it", ({ expect }) => {
    const got = firm("en", "Kenya and Uganda signed an agreement on the minutes of the joint commission.");
    expect(got.filter((c) => c.startsWith("signed - "))).toEqual([]);
  });
});

describe("several documents of one kind", () => {
  it("two cooperation projects signed are two commitments, one project named twice is one", ({ expect }) => {
    const two =
      "Angola and Brazil signed a cooperation project on rural schools. The ministers of health signed a cooperation project on malaria research.";
    expect(firm("en", two)).toEqual(["signed - -", "signed - -"]);
    const once =
      "Peru and Chile signed a cooperation project on rural schools. The cooperation project on rural schools was signed by the two ambassadors.";
    expect(firm("en", once)).toEqual(["signed - -"]);
  });
});

/**
 * An amendment, addendum, extension or renewal signed of an older instrument is an instrument signed today, of the
 * amended one's legal form and track (a protocol amending an agreement binds as the agreement does): one signed
 * commitment titled as the amendment, never the older instrument signed again.
 */
const AMENDMENTS: Record<string, string> = {
  en: "Kenya and Uganda signed an amendment to the air services agreement on Friday.",
  fr: "Le Sénégal et la Mauritanie ont signé un avenant à l'accord sur les services aériens.",
  it: "Italia e Albania hanno firmato un protocollo di modifica dell'accordo sui servizi aerei.",
  es: "Perú y Chile firmaron la prórroga del acuerdo sobre servicios aéreos.",
  pt: "Angola e Namíbia assinaram uma adenda ao acordo sobre serviços aéreos.",
  de: "Polen und Litauen unterzeichneten ein Änderungsprotokoll zum Luftverkehrsabkommen.",
  ru: "Армения и Грузия подписали протокол о внесении изменений в соглашение о воздушном сообщении.",
  ar: "وقع المغرب وموريتانيا على تعديل اتفاقية النقل الجوي بين البلدين.",
};

describe("an amendment or extension signed", () => {
  it.for(cases(AMENDMENTS))("$lang: the amendment, signed today as an agreement", ({ lang, text }, { expect }) => {
    const doc = prepare(text);
    const dates = findDates(doc, lang, DAY);
    const got = findCommitments(doc, matchTracks(doc), dates, DAY, eventDateOf(dates, DAY));
    expect(got.map((c) => `${c.status} ${c.legalForm} ${c.track}`)).toEqual(["signed agreement air-services"]);
    expect(got[0]?.title).toMatch(/^Amendment/);
    expect(got[0]?.signedOn).toBe(DAY);
  });

  it("is no signature when only discussed or still to come", ({ expect }) => {
    expect(firm("en", "The ministers discussed the extension of the fisheries agreement.")).toEqual([]);
    expect(firm("es", "Perú y Chile firmarán la próxima semana la prórroga del acuerdo de pesca.")).toEqual([]);
    expect(firm("fr", "Le Sénégal et la Mauritanie n'ont pas signé l'avenant à l'accord de pêche.")).toEqual([]);
  });

  it("amends a named instrument only: the extension of a runway is none", ({ expect }) => {
    expect(firm("en", "The two ministers signed the extension of the airport runway.")).toEqual([]);
  });
});

/** A document planned, denied, reviewed or only talked about, in each language: no signature. */
const NOT_SIGNED: Record<string, string> = {
  en: "The two ministers will sign the minutes of the joint commission on Friday.",
  fr: "Les deux ministres n'ont pas signé le procès-verbal de la commission mixte.",
  it: "Il verbale della commissione mista sarà firmato la prossima settimana.",
  es: "Los ministros revisaron el acta de la comisión mixta anterior.",
  pt: "Os ministros discutiram o regimento interno do conselho.",
  de: "Die Minister sprachen 40 Minuten über das Protokoll der Sitzung.",
  ru: "Министры планируют подписать протокол заседания комиссии.",
  ar: "ناقش الوزيران محضر اجتماع اللجنة المشتركة السابق.",
};

describe("records not signed, or only a time", () => {
  it.for(cases(NOT_SIGNED))("$lang: nothing signed", ({ lang, text }, { expect }) => {
    expect(firm(lang, text)).toHaveLength(0);
  });

  it("a time in minutes is no record", ({ expect }) => {
    expect(firm("en", "After forty minutes of talks, the ministers signed nothing and left.")).toEqual([]);
    expect(firm("en", "The ministers talked for forty minutes and signed a memorandum on tourism.")).toEqual([
      "signed memorandum -",
    ]);
  });

  it("a project an agreement is about is that agreement's subject, not a second signature", ({ expect }) => {
    expect(firm("en", "They signed an agreement on a cooperation project for rural schools.")).toEqual([
      "signed agreement -",
    ]);
  });
});
