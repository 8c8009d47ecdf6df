/**
 * Signatures a report does not tell as the pair's, today's, or new, in the eight languages, through findCommitments
 * (sentences in our own words): an organisation's officer or a regional organisation as the other signer, a signing
 * told as background in a "when" clause, a count of "agreements" whose items are memoranda, a definite "the
 * cooperation agreement" restating the one just named, a visit's range of days as any day but its first, and a signing that a
 * weighing, discussing, preparing or hoping verb governs ("valuteranno la firma", "ستدرس توقيع", "bereiten … vor").
 * One table of patterns, each with its cases by language and what they read.
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

/** What a case reads: its signed instruments' forms (sorted), their status and signing day, or the dated ones. */
const readings = {
  forms: (lang: string, text: string) => forms(lang, text).sort(),
  days: (lang: string, text: string) => firm(lang, text).map((c) => `${c.status} ${c.signedOn ?? "-"}`),
  dated: (lang: string, text: string) =>
    firm(lang, text).flatMap((c) => (c.signedOn ? [`${c.legalForm} ${c.signedOn}`] : [])),
};

interface Case {
  name: string;
  read: keyof typeof readings;
  expected: string[];
  byLang: Record<string, string>;
}

const PATTERNS: { pattern: string; cases: Case[] }[] = [
  {
    pattern: "an organisation's officer or organ as the other signer",
    cases: [
      {
        name: "no pair's memorandum",
        read: "forms",
        expected: [],
        byLang: {
          en: "Peru's foreign minister and the executive secretary of the Andean Community signed a memorandum of cooperation on Tuesday.",
          fr: "Le ministre péruvien des Affaires étrangères et le secrétaire exécutif de la Communauté andine ont signé mardi un mémorandum de coopération.",
          it: "Il ministro degli Esteri del Perù e il segretario esecutivo della Comunità andina hanno firmato martedì un memorandum di cooperazione.",
          es: "El canciller de Perú y la secretaria ejecutiva de la Comunidad Andina suscribieron el martes un memorando de entendimiento.",
          pt: "O chanceler do Peru e o secretário executivo da Comunidade Andina assinaram na terça-feira um memorando de cooperação.",
          de: "Der peruanische Außenminister und der Exekutivsekretär der Andengemeinschaft unterzeichneten am Dienstag ein Memorandum über Zusammenarbeit.",
          ru: "Министр иностранных дел Перу и исполнительный секретарь Андского сообщества подписали во вторник меморандум о сотрудничестве.",
          ar: "وقع وزير خارجية البيرو والأمين التنفيذي لجماعة الأنديز يوم الثلاثاء مذكرة تفاهم للتعاون.",
        },
      },
      {
        name: "a union's commission",
        read: "forms",
        expected: [],
        byLang: {
          en: "Peru's foreign minister and the chairperson of the African Union Commission signed a memorandum on Tuesday.",
          fr: "Le ministre péruvien et le président de la Commission de l'Union africaine ont signé mardi un mémorandum.",
          ru: "Министр иностранных дел Перу и председатель Комиссии Африканского союза подписали во вторник меморандум.",
          pt: "O chanceler do Peru e o presidente da Comissão da União Africana assinaram na terça-feira um memorando.",
        },
      },
      {
        name: "two states signing before an organisation's officer keep theirs",
        read: "forms",
        expected: ["signed memorandum"],
        byLang: {
          en: "The foreign ministers of Peru and Chile signed a memorandum on Tuesday in the presence of the executive secretary of the Andean Community.",
          es: "Los cancilleres de Perú y Chile firmaron el martes un memorando de entendimiento ante el secretario ejecutivo de la Comunidad Andina.",
        },
      },
    ],
  },
  {
    pattern: "a regional organisation's instrument, in a report whose other sentences pair two states",
    cases: [
      {
        name: "nothing signed by a pair",
        read: "forms",
        expected: [],
        byLang: {
          en: "The ASEAN summit closed in Hanoi on Monday with the signing of a declaration on the charter.\nVietnam and the Philippines welcomed the charter.",
          fr: "Le sommet de l'Union africaine s'est achevé lundi à Lima avec la signature d'une déclaration sur la charte.\nLe Pérou et le Chili ont salué la charte.",
          es: "La cumbre del Mercosur se cerró el lunes en Lima con la firma de una declaración sobre la carta.\nPerú y Chile celebraron la carta.",
          ru: "Саммит АСЕАН завершился в понедельник в Ханое подписанием декларации об уставе.\nВьетнам и Филиппины приветствовали устав.",
        },
      },
    ],
  },
  {
    pattern: "a signing told as background in a 'when' clause",
    cases: [
      {
        name: "not today's joint statement",
        read: "forms",
        expected: [],
        byLang: {
          en: "Peru and Chile want a common port. The two countries first discussed the port when their ministers signed a joint statement. Since then, teams have studied the routes.",
          fr: "Le Pérou et le Chili veulent un port commun. Les deux pays ont évoqué ce port pour la première fois lorsque leurs ministres ont signé une déclaration conjointe. Depuis, des équipes étudient les routes.",
          it: "Il Perù e il Cile vogliono un porto comune. I due Paesi hanno parlato del porto per la prima volta quando i loro ministri hanno firmato una dichiarazione congiunta. Da allora, alcuni gruppi studiano le rotte.",
          es: "Perú y Chile quieren un puerto común. Los dos países hablaron del puerto por primera vez cuando sus cancilleres firmaron una declaración conjunta. Desde entonces, varios equipos estudian las rutas.",
          pt: "O Peru e o Chile querem um porto comum. Os dois países falaram do porto pela primeira vez quando os seus ministros assinaram uma declaração conjunta. Desde então, equipas estudam as rotas.",
          de: "Peru und Chile wollen einen gemeinsamen Hafen. Die beiden Länder sprachen zum ersten Mal über den Hafen, als ihre Außenminister eine gemeinsame Erklärung unterzeichneten. Seitdem prüfen Teams die Routen.",
          ru: "Перу и Чили хотят построить общий порт. Впервые страны обсудили порт, когда их министры подписали совместное заявление. С тех пор специалисты изучают маршруты.",
          ar: "تريد البيرو وتشيلي بناء ميناء مشترك. وناقش البلدان الميناء لأول مرة عندما وقع وزيرا خارجيتهما بيانا مشتركا. ومنذ ذلك الحين تدرس فرق الطرق.",
        },
      },
      {
        name: "a dated 'when' clause keeps its signing",
        read: "forms",
        expected: ["signed joint-statement"],
        byLang: {
          en: "The ministers of Peru and Chile met in Lima on Thursday, when they signed a joint statement on fisheries.",
          es: "Los cancilleres de Perú y Chile se reunieron este jueves en Lima, cuando firmaron una declaración conjunta sobre pesca.",
          fr: "Les ministres du Pérou et du Chili se sont réunis jeudi à Lima, lorsqu'ils ont signé une déclaration conjointe sur la pêche.",
        },
      },
    ],
  },
  {
    pattern: "a count of agreements whose items are memoranda",
    cases: [
      {
        name: "the two memoranda only",
        read: "forms",
        expected: ["signed memorandum", "signed memorandum"],
        byLang: {
          en: "Peru and Morocco signed two cooperation agreements on Friday. The first is a memorandum of understanding on fisheries. The ministers also signed a memorandum of understanding on tourism.",
          fr: "Le Pérou et le Maroc ont signé vendredi deux accords de coopération. Il s'agit d'un mémorandum d'entente sur la pêche. Les deux ministres ont aussi signé un mémorandum d'entente sur le tourisme.",
          es: "Perú y Marruecos firmaron el viernes dos acuerdos de cooperación. Se trata de un memorando de entendimiento sobre pesca. Los ministros también firmaron un memorando de entendimiento sobre turismo.",
          it: "Il Perù e il Marocco hanno firmato venerdì due accordi di cooperazione. Si tratta di un memorandum d'intesa sulla pesca. I ministri hanno firmato anche un memorandum d'intesa sul turismo.",
          pt: "O Peru e Marrocos assinaram na sexta-feira dois acordos de cooperação. Trata-se de um memorando de entendimento sobre pesca. Os ministros assinaram também um memorando de entendimento sobre turismo.",
        },
      },
      {
        name: "a count above the items keeps the rest",
        read: "forms",
        expected: ["signed agreement", "signed memorandum"],
        byLang: {
          en: "Peru and Morocco signed five cooperation agreements on Friday. One of them is a memorandum of understanding on fisheries.",
        },
      },
    ],
  },
  {
    pattern: "a definite cooperation agreement restating the one just named",
    cases: [
      {
        name: "one agreement and one memorandum",
        read: "forms",
        expected: ["signed agreement", "signed memorandum"],
        byLang: {
          es: "Los cancilleres de Perú y Chile firmaron un convenio de cooperación en materia pesquera y un memorando sobre turismo. El canciller peruano y su homólogo rubricaron el acuerdo de colaboración, que prevé el intercambio de técnicos.",
          en: "The foreign ministers of Peru and Chile signed an agreement on fisheries and a memorandum on tourism. The two ministers signed the cooperation agreement, which provides for exchanges of experts.",
          fr: "Les ministres du Pérou et du Chili ont signé un accord sur la pêche et un mémorandum sur le tourisme. Les deux ministres ont signé l'accord de coopération, qui prévoit des échanges d'experts.",
          pt: "Os chanceleres do Peru e do Chile assinaram um acordo sobre pesca e um memorando sobre turismo. Os dois ministros assinaram o acordo de cooperação, que prevê o intercâmbio de técnicos.",
        },
      },
    ],
  },
  {
    pattern: "a definite agreement with its signing participle restating the one just named",
    cases: [
      {
        name: "one agreement and one memorandum",
        read: "forms",
        expected: ["signed agreement", "signed memorandum"],
        byLang: {
          pt: "O Peru e o Chile assinaram na quarta-feira um acordo de cooperação técnica e um memorando sobre turismo. O acordo de cooperação assinado hoje entrará em vigor em 1 de setembro.",
          en: "Peru and Chile signed on Wednesday an agreement on technical cooperation and a memorandum on tourism. The cooperation agreement signed today will enter into force on 1 September.",
          it: "Il Perù e il Cile hanno firmato mercoledì un accordo di cooperazione tecnica e un memorandum sul turismo. L'accordo di cooperazione firmato oggi entrerà in vigore il 1° settembre.",
        },
      },
    ],
  },
  {
    // The range is the report's happening: a signing in it is dated as the happening is, by its first day.
    pattern: "a visit's range of days dates a signing in it by its first day, as the report's event",
    cases: [
      {
        name: "signed on the first day",
        read: "days",
        expected: ["signed 2026-07-06"],
        byLang: {
          es: "El presidente de Perú realizó una visita de Estado a Chile del 6 al 9 de julio, durante la cual ambos presidentes firmaron un acuerdo de exención de visados.",
          fr: "Le président du Pérou a effectué une visite d'État au Chili du 6 au 9 juillet, au cours de laquelle les deux présidents ont signé un accord d'exemption de visas.",
          pt: "O presidente do Peru fez uma visita de Estado ao Chile de 6 a 9 de julho, durante a qual os dois presidentes assinaram um acordo de isenção de vistos.",
          en: "Peru's president paid a state visit to Chile from 6 to 9 July, during which the two presidents signed a visa exemption agreement.",
        },
      },
      {
        name: "a day of its own within the range dates it",
        read: "days",
        expected: ["signed 2026-07-09"],
        byLang: {
          es: "El presidente de Perú realiza una visita de Estado a Chile del 6 al 10 de julio. Este jueves, ambos presidentes firmaron un acuerdo de exención de visados.",
        },
      },
    ],
  },
  {
    pattern: "a signing that a weighing or discussing verb governs",
    cases: [
      {
        name: "nothing signed",
        read: "forms",
        expected: [],
        byLang: {
          en: "Peru and Chile will weigh the signing of an agreement on fisheries. The ministers discussed the possibility of signing a memorandum on tourism.",
          fr: "Le Pérou et le Chili étudieront la signature d'un accord sur la pêche. Les ministres ont discuté de la possibilité de signer un mémorandum sur le tourisme.",
          es: "Perú y Chile evaluarán la firma de un acuerdo de pesca. Los cancilleres analizaron la posibilidad de firmar un memorando sobre turismo.",
          it: "Il Perù e il Cile valuteranno la firma di un accordo sulla pesca. I ministri hanno discusso la possibilità di firmare un memorandum sul turismo.",
          pt: "O Peru e o Chile avaliarão a assinatura de um acordo de pesca. Os ministros discutiram a possibilidade de assinar um memorando sobre turismo.",
          de: "Peru und Chile werden die Unterzeichnung eines Abkommens über Fischerei prüfen. Die Minister erörterten die Möglichkeit, ein Memorandum über Tourismus zu unterzeichnen.",
          ru: "Перу и Чили изучат вопрос о подписании соглашения о рыболовстве. Министры обсудили возможность подписания меморандума о туризме.",
          ar: "وستدرس البيرو وتشيلي توقيع اتفاقية في مجال الصيد. وناقشت الوزيرتان إمكانية توقيع مذكرة تفاهم في مجال السياحة.",
        },
      },
      {
        name: "the signing told beside it stays",
        read: "forms",
        expected: ["signed agreement"],
        byLang: {
          it: "Il Perù e il Cile valuteranno un accordo sulla pesca. Il Perù e il Cile hanno firmato un accordo sul turismo.",
          es: "Perú y Chile evaluarán un acuerdo de pesca. Perú y Chile firmaron un acuerdo de turismo.",
          ar: "ناقشت البيرو وتشيلي توقيع اتفاقية للصيد. ووقعت البيرو وتشيلي اتفاقية في مجال السياحة.",
        },
      },
    ],
  },
  {
    pattern: "a signing that a preparing or hoping verb governs",
    cases: [
      {
        name: "nothing signed",
        read: "forms",
        expected: [],
        byLang: {
          en: "The ministers of Peru and Chile are preparing the signing of a memorandum on tourism. Both hope to sign a treaty on extradition soon.",
          de: "Die Minister Perus und Chiles bereiten die Unterzeichnung eines Memorandums über Tourismus vor. Beide hoffen, bald einen Auslieferungsvertrag zu unterzeichnen.",
          ar: "ويستعد وزيرا البيرو وتشيلي لتوقيع مذكرة تفاهم في مجال السياحة. ويأمل البلدان توقيع معاهدة لتسليم المجرمين قريبا.",
          ru: "Министры Перу и Чили готовят подписание меморандума о туризме. Обе страны надеются вскоре подписать договор об экстрадиции.",
        },
      },
    ],
  },
  {
    pattern: "an older year opening a signing of several instruments",
    cases: [
      {
        name: "only yesterday's memorandum is dated",
        read: "dated",
        expected: ["memorandum 2026-07-09"],
        byLang: {
          de: "Die Ministerin hatte im November 2008 bei ihrem Besuch in Lima ein Rückübernahmeabkommen zwischen Chile und Peru sowie ein Abkommen über die Erleichterung der Visaerteilung unterzeichnet. Gestern unterzeichneten Chile und Peru ein Memorandum über Migration.",
          en: "In November 2008 the minister signed a readmission agreement between Chile and Peru as well as an agreement on visa facilitation during her visit to Lima. Yesterday Chile and Peru signed a memorandum on migration.",
          fr: "En novembre 2008, la ministre avait signé à Lima un accord de réadmission entre le Chili et le Pérou ainsi qu'un accord sur la facilitation des visas. Hier, le Chili et le Pérou ont signé un mémorandum sur les migrations.",
          es: "En noviembre de 2008 la ministra firmó en Lima un acuerdo de readmisión entre Chile y Perú y un acuerdo sobre facilitación de visados. Ayer Chile y Perú firmaron un memorando sobre migración.",
        },
      },
    ],
  },
];

for (const { pattern, cases } of PATTERNS)
  describe(pattern, () => {
    for (const { name, read, expected, byLang } of cases)
      it.for(Object.entries(byLang))(`%s: ${name}`, ([lang, text], { expect }) => {
        expect(readings[read](lang, text)).toEqual(expected);
      });
  });
