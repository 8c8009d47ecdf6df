/**
 * Signatures nobody made, in the eight languages, through findCommitments (sentences in our own words): a headline's
 * signing that the body puts in the future, an instrument's earlier signing restated beside its ratification,
 * remarks to the press, and the instruments of a summit or of an organisation with one state.
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

function firm(lang: string, text: string) {
  return all(lang, text)
    .filter((c) => c.status === "signed" || c.status === "ratified" || c.status === "in_force")
    .map((c) => `${c.status} ${c.legalForm ?? "-"} ${c.track ?? c.sector}`);
}

const cases = (byLang: Record<string, string>) => Object.entries(byLang).map(([lang, text]) => ({ lang, text }));

describe("a present-tense headline over a body that puts the signing ahead", () => {
  it.for(
    cases({
      en: "Minister in Lima, signs agreements\nTwo agreements on culture and tourism will be signed on Friday.",
      fr: "Le ministre à Lima, signe des accords\nDeux accords sur la culture et le tourisme seront signés vendredi.",
      it: "Il ministro a Lima, firma accordi\nSaranno firmati venerdì due accordi sulla cultura e sul turismo.",
      es: "El ministro en Lima, firma acuerdos\nDos acuerdos sobre cultura y turismo serán firmados el viernes.",
      pt: "O ministro em Lima, assina acordos\nDois acordos sobre cultura e turismo serão assinados na sexta-feira.",
      de: "Minister in Lima, unterzeichnet Abkommen\nZwei Abkommen über Kultur und Tourismus werden am Freitag unterzeichnet.",
      ru: "Министр в Лиме, подписывают соглашения\nДва соглашения о культуре и туризме будут подписаны в пятницу.",
      ar: "الوزير في ليما، يوقع اتفاقيات\nوسيتم توقيع اتفاقيتين في مجال الثقافة والسياحة يوم الجمعة.",
    }),
  )("$lang: nothing signed", ({ lang, text }, { expect }) => {
    expect(firm(lang, text)).toEqual([]);
  });

  it.for(
    cases({
      en: "Minister in Lima, signs agreements\nTwo agreements on culture and tourism were signed on Friday.",
      it: "Il ministro a Lima, firma accordi\nSono stati firmati venerdì due accordi sulla cultura e sul turismo.",
    }),
  )("$lang: a body that tells the signing keeps it", ({ lang, text }, { expect }) => {
    expect(firm(lang, text).length).toBeGreaterThan(0);
  });
});

describe("an instrument's earlier signing restated beside its ratification", () => {
  it.for(
    cases({
      en: "Peru ratified the visa exemption agreement with Chile on Tuesday. Agreement signed in 2013 for five years.",
      fr: "Le Pérou a ratifié mardi l'accord d'exemption de visas avec le Chili. Accord signé en 2013 pour cinq ans.",
      it: "Il Perù ha ratificato martedì l'accordo di esenzione dai visti con il Cile. Accordo firmato nel 2013 per cinque anni.",
      es: "Perú ratificó el martes el acuerdo de exención de visados con Chile. Acuerdo firmado en 2013 por cinco años.",
      pt: "O Peru ratificou na terça-feira o acordo de isenção de vistos com o Chile. Acordo assinado em 2013 por cinco anos.",
      de: "Peru hat am Dienstag das Abkommen über die Visabefreiung mit Chile ratifiziert. Abkommen unterzeichnet 2013 für fünf Jahre.",
      ru: "Перу ратифицировало во вторник соглашение с Чили об отмене визового режима. Соглашение подписано сроком на пять лет.",
      ar: "صادقت البيرو يوم الثلاثاء على اتفاقية الإعفاء من التأشيرة مع تشيلي. اتفاقية موقعة لمدة خمس سنوات.",
    }),
  )("$lang: one ratified agreement", ({ lang, text }, { expect }) => {
    expect(firm(lang, text)).toEqual(["ratified agreement visa-exemption"]);
  });

  it("gives the ratified instrument no signature dated with the report's day", ({ expect }) => {
    const hits = all(
      "ru",
      "Перу ратифицировало соглашение с Чили об отмене визового режима. Соглашение подписано сроком на год.",
    );
    expect(hits.map((h) => [h.status, h.signedOn])).toEqual([["ratified", undefined]]);
  });
});

describe("remarks to the press are no declaration", () => {
  it.for(
    cases({
      en: "In declarations to the press at the airport, the minister said the tour met its aims, among them the signing of two protocols in Lima.",
      fr: "Dans des déclarations à la presse à l'aéroport, le ministre a dit que la tournée avait atteint ses buts, dont la signature de deux protocoles à Lima.",
      it: "In dichiarazioni alla stampa all'aeroporto, il ministro ha detto che il viaggio ha raggiunto i suoi scopi, tra cui la firma di due protocolli a Lima.",
      es: "En declaraciones a la prensa en el aeropuerto, el ministro dijo que la gira cumplió sus metas, entre ellas la firma de dos protocolos en Lima.",
      pt: "Em declarações à imprensa no aeroporto, o ministro disse que a viagem cumpriu os seus fins, entre os quais a assinatura de dois protocolos em Lima.",
      de: "In einer Erklärung vor der Presse am Flughafen sagte der Minister, die Reise habe ihre Ziele erreicht, darunter die Unterzeichnung von zwei Protokollen in Lima.",
      ru: "В заявлениях для прессы в аэропорту министр сказал, что поездка достигла целей, в том числе подписания двух протоколов в Лиме.",
      ar: "وفي تصريحات صحفية في المطار، قال الوزير إن الجولة حققت أهدافها، ومنها توقيع بروتوكولين في ليما.",
    }),
  )("$lang: the protocols only", ({ lang, text }, { expect }) => {
    expect(firm(lang, text).filter((c) => c.includes("declaration") || c.includes("joint-statement"))).toEqual([]);
  });
});

describe("the instruments of a gathering are no pair's", () => {
  it.for(
    cases({
      en: "The summit closed with the signing of the documents approved by the member states, among them a Declaration and a Programme of Action.",
      fr: "Le sommet s'est achevé par la signature des documents adoptés par les États membres, dont une Déclaration et un Programme d'action.",
      it: "Il vertice si è chiuso con la firma dei documenti approvati dagli Stati membri, tra cui una Dichiarazione e un Programma d'azione.",
      es: "La cumbre cerró con la firma de los documentos aprobados por los países miembros, entre ellos una Declaración y un Programa de Acción.",
      pt: "A cimeira terminou com a assinatura dos documentos aprovados pelos Estados-membros, entre eles uma Declaração e um Programa de Ação.",
      de: "Der Gipfel endete mit der Unterzeichnung der von den Mitgliedstaaten gebilligten Dokumente, darunter eine Erklärung und ein Aktionsplan.",
      ru: "Саммит завершился подписанием документов, одобренных государствами-членами, в том числе декларации и программы действий.",
      ar: "واختتمت القمة بتوقيع الوثائق التي أقرتها الدول الأعضاء، ومنها إعلان وبرنامج عمل.",
    }),
  )("$lang: a summit's documents", ({ lang, text }, { expect }) => {
    expect(firm(lang, text)).toEqual([]);
  });

  it.for(
    cases({
      en: "At the summit in Lima, Peru and the member states of the regional organisation signed a memorandum on the foundations of relations.",
      fr: "Au sommet de Lima, le Pérou et les États membres de l'organisation régionale ont signé un mémorandum sur les fondements des relations.",
      es: "En la cumbre de Lima, Perú y los países miembros de la organización regional firmaron un memorando sobre las bases de las relaciones.",
      de: "Auf dem Gipfel in Lima haben Peru und die Mitgliedstaaten der Regionalorganisation ein Memorandum über die Grundlagen der Beziehungen unterzeichnet.",
      ru: "На саммите в Лиме Перу и государства-члены региональной организации подписали меморандум об основах отношений.",
    }),
  )("$lang: an organisation's memorandum with one state", ({ lang, text }, { expect }) => {
    expect(firm(lang, text)).toEqual([]);
  });

  it.for(
    cases({
      en: "On the sidelines of the summit, Peru and Chile signed an agreement on fisheries.",
      es: "Al margen de la cumbre, Perú y Chile firmaron un acuerdo de pesca.",
      de: "Am Rande des Gipfels unterzeichneten Peru und Chile ein Abkommen über Fischerei.",
    }),
  )("$lang: a pair's signing on a summit's sidelines stays", ({ lang, text }, { expect }) => {
    expect(firm(lang, text).length).toBe(1);
  });

  it.for(
    cases({
      it: "Ieri si è tenuto a Roma il primo vertice intergovernativo tra i due Paesi, Italia e Perù. Al vertice sono stati firmati dodici accordi.",
      en: "Peru and Chile held their first bilateral summit in Lima. At the summit, twelve agreements were signed.",
    }),
  )("$lang: a pair's own summit is no gathering", ({ lang, text }, { expect }) => {
    expect(firm(lang, text).length).toBe(1);
  });
});

describe("dates that are no dates of a commitment", () => {
  it.for(
    cases({
      en: "Peru ratified the visa exemption agreement with Chile. The visa exemption will enter into force 90 days after the exchange of notes.",
      ru: "Перу ратифицировало соглашение с Чили об отмене виз. Отмена виз вступит в силу через 90 дней после обмена нотами.",
      fr: "Le Pérou a ratifié l'accord d'exemption de visas avec le Chili. L'exemption de visas entrera en vigueur 90 jours après l'échange de notes.",
      es: "Perú ratificó el acuerdo de exención de visados con Chile. La exención de visados entrará en vigor 90 días después del canje de notas.",
      it: "Il Perù ha ratificato l'accordo di esenzione dai visti con il Cile. L'esenzione dai visti entrerà in vigore 90 giorni dopo lo scambio di note.",
      pt: "O Peru ratificou o acordo de isenção de vistos com o Chile. A isenção de vistos entrará em vigor 90 dias após a troca de notas.",
      de: "Peru hat das Abkommen über die Visabefreiung mit Chile ratifiziert. Die Visabefreiung tritt 90 Tage nach dem Notenaustausch in Kraft.",
      ar: "صادقت البيرو على اتفاقية الإعفاء من التأشيرة مع تشيلي. ويدخل الإعفاء من التأشيرة حيز التنفيذ بعد 90 يوما من تبادل المذكرات.",
    }),
  )("$lang: no entry into force counted from the report's day", ({ lang, text }, { expect }) => {
    expect(all(lang, text).filter((c) => c.effectiveOn)).toEqual([]);
  });
});
