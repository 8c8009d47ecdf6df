/**
 * Signatures a report does not tell as the pair's, today's, or new, in the eight languages, through findCommitments
 * (sentences in our own words): an organisation's officer as the other signer, a signing told as background in a
 * "when" clause, a count of "agreements" whose items are memoranda, a definite "the cooperation agreement" restating
 * the one just named, and a visit's range of days as a signing day.
 */
import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { findCommitments } from "../../../src/ingest/recognize/commitments";
import { eventDateOf, findDates } from "../../../src/ingest/recognize/dates";
import { matchTracks } from "../../../src/ingest/recognize/sectors";

const DAY = "2026-07-10";

function all(lang: string, text: string) {
  const doc = prepare(text);
  const dates = findDates(doc, lang, DAY);
  return findCommitments(doc, matchTracks(doc), dates, DAY, eventDateOf(dates, DAY));
}

const FIRM = new Set(["signed", "ratified", "in_force"]);
const firm = (lang: string, text: string) => all(lang, text).filter((c) => FIRM.has(c.status));
const forms = (lang: string, text: string) => firm(lang, text).map((c) => `${c.status} ${c.legalForm ?? "-"}`);

const cases = (byLang: Record<string, string>) => Object.entries(byLang).map(([lang, text]) => ({ lang, text }));

describe("an organisation's officer or organ as the other signer", () => {
  it.for(
    cases({
      en: "Peru's foreign minister and the executive secretary of the Andean Community signed a memorandum of cooperation on Tuesday.",
      fr: "Le ministre péruvien des Affaires étrangères et le secrétaire exécutif de la Communauté andine ont signé mardi un mémorandum de coopération.",
      it: "Il ministro degli Esteri del Perù e il segretario esecutivo della Comunità andina hanno firmato martedì un memorandum di cooperazione.",
      es: "El canciller de Perú y la secretaria ejecutiva de la Comunidad Andina suscribieron el martes un memorando de entendimiento.",
      pt: "O chanceler do Peru e o secretário executivo da Comunidade Andina assinaram na terça-feira um memorando de cooperação.",
      de: "Der peruanische Außenminister und der Exekutivsekretär der Andengemeinschaft unterzeichneten am Dienstag ein Memorandum über Zusammenarbeit.",
      ru: "Министр иностранных дел Перу и исполнительный секретарь Андского сообщества подписали во вторник меморандум о сотрудничестве.",
      ar: "وقع وزير خارجية البيرو والأمين التنفيذي لجماعة الأنديز يوم الثلاثاء مذكرة تفاهم للتعاون.",
    }),
  )("$lang: no pair's memorandum", ({ lang, text }, { expect }) => {
    expect(forms(lang, text)).toEqual([]);
  });

  it.for(
    cases({
      en: "Peru's foreign minister and the chairperson of the African Union Commission signed a memorandum on Tuesday.",
      fr: "Le ministre péruvien et le président de la Commission de l'Union africaine ont signé mardi un mémorandum.",
      ru: "Министр иностранных дел Перу и председатель Комиссии Африканского союза подписали во вторник меморандум.",
      pt: "O chanceler do Peru e o presidente da Comissão da União Africana assinaram na terça-feira um memorando.",
    }),
  )("$lang: a union's commission", ({ lang, text }, { expect }) => {
    expect(forms(lang, text)).toEqual([]);
  });

  it.for(
    cases({
      en: "The foreign ministers of Peru and Chile signed a memorandum on Tuesday in the presence of the executive secretary of the Andean Community.",
      es: "Los cancilleres de Perú y Chile firmaron el martes un memorando de entendimiento ante el secretario ejecutivo de la Comunidad Andina.",
    }),
  )("$lang: two states signing before an organisation's officer keep theirs", ({ lang, text }, { expect }) => {
    expect(forms(lang, text)).toEqual(["signed memorandum"]);
  });
});

describe("a signing told as background in a 'when' clause", () => {
  it.for(
    cases({
      en: "Peru and Chile want a common port. The two countries first discussed the port when their ministers signed a joint statement. Since then, teams have studied the routes.",
      fr: "Le Pérou et le Chili veulent un port commun. Les deux pays ont évoqué ce port pour la première fois lorsque leurs ministres ont signé une déclaration conjointe. Depuis, des équipes étudient les routes.",
      it: "Il Perù e il Cile vogliono un porto comune. I due Paesi hanno parlato del porto per la prima volta quando i loro ministri hanno firmato una dichiarazione congiunta. Da allora, alcuni gruppi studiano le rotte.",
      es: "Perú y Chile quieren un puerto común. Los dos países hablaron del puerto por primera vez cuando sus cancilleres firmaron una declaración conjunta. Desde entonces, varios equipos estudian las rutas.",
      pt: "O Peru e o Chile querem um porto comum. Os dois países falaram do porto pela primeira vez quando os seus ministros assinaram uma declaração conjunta. Desde então, equipas estudam as rotas.",
      de: "Peru und Chile wollen einen gemeinsamen Hafen. Die beiden Länder sprachen zum ersten Mal über den Hafen, als ihre Außenminister eine gemeinsame Erklärung unterzeichneten. Seitdem prüfen Teams die Routen.",
      ru: "Перу и Чили хотят построить общий порт. Впервые страны обсудили порт, когда их министры подписали совместное заявление. С тех пор специалисты изучают маршруты.",
      ar: "تريد البيرو وتشيلي بناء ميناء مشترك. وناقش البلدان الميناء لأول مرة عندما وقع وزيرا خارجيتهما بيانا مشتركا. ومنذ ذلك الحين تدرس فرق الطرق.",
    }),
  )("$lang: not today's joint statement", ({ lang, text }, { expect }) => {
    expect(forms(lang, text)).toEqual([]);
  });

  it.for(
    cases({
      en: "The ministers of Peru and Chile met in Lima on Thursday, when they signed a joint statement on fisheries.",
      es: "Los cancilleres de Perú y Chile se reunieron este jueves en Lima, cuando firmaron una declaración conjunta sobre pesca.",
      fr: "Les ministres du Pérou et du Chili se sont réunis jeudi à Lima, lorsqu'ils ont signé une déclaration conjointe sur la pêche.",
    }),
  )("$lang: a dated 'when' clause keeps its signing", ({ lang, text }, { expect }) => {
    expect(forms(lang, text)).toEqual(["signed joint-statement"]);
  });
});

describe("a count of agreements whose items are memoranda", () => {
  it.for(
    cases({
      en: "Peru and Morocco signed two cooperation agreements on Friday. The first is a memorandum of understanding on fisheries. The ministers also signed a memorandum of understanding on tourism.",
      fr: "Le Pérou et le Maroc ont signé vendredi deux accords de coopération. Il s'agit d'un mémorandum d'entente sur la pêche. Les deux ministres ont aussi signé un mémorandum d'entente sur le tourisme.",
      es: "Perú y Marruecos firmaron el viernes dos acuerdos de cooperación. Se trata de un memorando de entendimiento sobre pesca. Los ministros también firmaron un memorando de entendimiento sobre turismo.",
      it: "Il Perù e il Marocco hanno firmato venerdì due accordi di cooperazione. Si tratta di un memorandum d'intesa sulla pesca. I ministri hanno firmato anche un memorandum d'intesa sul turismo.",
      pt: "O Peru e Marrocos assinaram na sexta-feira dois acordos de cooperação. Trata-se de um memorando de entendimento sobre pesca. Os ministros assinaram também um memorando de entendimento sobre turismo.",
    }),
  )("$lang: the two memoranda only", ({ lang, text }, { expect }) => {
    expect(forms(lang, text)).toEqual(["signed memorandum", "signed memorandum"]);
  });

  it.for(
    cases({
      en: "Peru and Morocco signed five cooperation agreements on Friday. One of them is a memorandum of understanding on fisheries.",
    }),
  )("$lang: a count above the items keeps the rest", ({ lang, text }, { expect }) => {
    expect(forms(lang, text).sort()).toEqual(["signed agreement", "signed memorandum"]);
  });
});

describe("a definite cooperation agreement restating the one just named", () => {
  it.for(
    cases({
      es: "Los cancilleres de Perú y Chile firmaron un convenio de cooperación en materia pesquera y un memorando sobre turismo. El canciller peruano y su homólogo rubricaron el acuerdo de colaboración, que prevé el intercambio de técnicos.",
      en: "The foreign ministers of Peru and Chile signed an agreement on fisheries and a memorandum on tourism. The two ministers signed the cooperation agreement, which provides for exchanges of experts.",
      fr: "Les ministres du Pérou et du Chili ont signé un accord sur la pêche et un mémorandum sur le tourisme. Les deux ministres ont signé l'accord de coopération, qui prévoit des échanges d'experts.",
      pt: "Os chanceleres do Peru e do Chile assinaram um acordo sobre pesca e um memorando sobre turismo. Os dois ministros assinaram o acordo de cooperação, que prevê o intercâmbio de técnicos.",
    }),
  )("$lang: one agreement and one memorandum", ({ lang, text }, { expect }) => {
    expect(forms(lang, text).sort()).toEqual(["signed agreement", "signed memorandum"]);
  });
});

describe("a visit's range of days is no signing day", () => {
  it.for(
    cases({
      es: "El presidente de Perú realizó una visita de Estado a Chile del 6 al 9 de julio, durante la cual ambos presidentes firmaron un acuerdo de exención de visados.",
      fr: "Le président du Pérou a effectué une visite d'État au Chili du 6 au 9 juillet, au cours de laquelle les deux présidents ont signé un accord d'exemption de visas.",
      pt: "O presidente do Peru fez uma visita de Estado ao Chile de 6 a 9 de julho, durante a qual os dois presidentes assinaram um acordo de isenção de vistos.",
      en: "Peru's president paid a state visit to Chile from 6 to 9 July, during which the two presidents signed a visa exemption agreement.",
    }),
  )("$lang: signed, day unknown", ({ lang, text }, { expect }) => {
    expect(firm(lang, text).map((c) => [c.status, c.signedOn])).toEqual([["signed", undefined]]);
  });

  it.for(
    cases({
      es: "El presidente de Perú realiza una visita de Estado a Chile del 6 al 10 de julio. Este jueves, ambos presidentes firmaron un acuerdo de exención de visados.",
    }),
  )("$lang: a day of its own within the range dates it", ({ lang, text }, { expect }) => {
    expect(firm(lang, text).map((c) => c.signedOn)).toEqual(["2026-07-09"]);
  });
});
