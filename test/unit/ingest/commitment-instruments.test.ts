/**
 * A batch the report counts without telling its instruments apart ("seven memoranda were signed") is one
 * commitment standing for that many instruments (`instruments`), less those the report names on their own.
 * Texts are FICTIONAL, written for these tests.
 */
import { describe, it } from "vitest";
import { findCommitments } from "../../../src/ingest/recognize/commitments";
import { eventDateOf, findDates } from "../../../src/ingest/recognize/dates";
import { prepare } from "../../../src/ingest/match/normalize";
import { matchTracks } from "../../../src/ingest/recognize/sectors";

const PUBLISHED = "2026-03-12";

/** The signed commitments of a report: legal form (or "-") and how many instruments each stands for. */
function signed(text: string, lang: string): string[] {
  const doc = prepare(text);
  const dates = findDates(doc, lang, PUBLISHED);
  return findCommitments(doc, matchTracks(doc), dates, PUBLISHED, eventDateOf(dates, PUBLISHED))
    .filter((c) => c.status === "signed")
    .map((c) => `${c.legalForm ?? "-"} ×${c.instruments ?? 1}`)
    .sort();
}

describe("a counted batch of instruments", () => {
  it.for([
    ["en", "Ghana and Kenya signed seven memoranda of understanding in Accra on Tuesday.", "memorandum ×7"],
    ["fr", "Le Niger et le Tchad ont signé mardi à Niamey sept mémorandums d'entente.", "memorandum ×7"],
    ["es", "Perú y Bolivia firmaron el martes en La Paz siete memorandos de entendimiento.", "memorandum ×7"],
    ["it", "Italia e Malta hanno firmato martedì a La Valletta sette memorandum d'intesa.", "memorandum ×7"],
    ["pt", "Angola e Cabo Verde assinaram na terça-feira em Luanda sete memorandos de entendimento.", "memorandum ×7"],
    ["de", "Ghana und Kenia unterzeichneten am Dienstag in Accra sieben Absichtserklärungen.", "declaration ×7"],
    [
      "ru",
      "Казахстан и Узбекистан во вторник подписали в Ташкенте семь меморандумов о взаимопонимании.",
      "memorandum ×7",
    ],
    ["ar", "وقعت مصر والأردن يوم الثلاثاء في عمان سبع مذكرات تفاهم.", "memorandum ×7"],
  ])("stands for every instrument of the count (%s)", ([lang, text, want], { expect }) => {
    expect(signed(text ?? "", lang ?? "")).toEqual([want]);
  });

  it.for([
    [
      "en",
      "Ghana and Kenya signed twelve agreements in Accra on Tuesday, among them an agreement on air services and an agreement on visa exemption.",
    ],
    [
      "fr",
      "Le Niger et le Tchad ont signé mardi à Niamey douze accords, dont un accord sur les services aériens et un accord d'exemption de visas.",
    ],
    [
      "pt",
      "Angola e Cabo Verde assinaram na terça-feira doze acordos, entre os quais um acordo de serviços aéreos e um acordo de isenção de vistos.",
    ],
  ])("stands for the rest when the report names some of them (%s)", ([lang, text], { expect }) => {
    expect(signed(text ?? "", lang ?? "")).toEqual(["agreement ×1", "agreement ×1", "agreement ×10"]);
  });

  it.for([
    ["en", "Ghana and Kenya signed twenty-two agreements in Accra on Tuesday.", "agreement ×22"],
    ["fr", "Le Niger et le Tchad ont signé mardi à Niamey dix-sept accords.", "agreement ×17"],
    ["fr", "Le Niger et le Tchad ont signé mardi à Niamey vingt-deux accords.", "agreement ×22"],
    ["pt", "Angola e Cabo Verde assinaram na terça-feira vinte e dois acordos.", "agreement ×22"],
    ["pt", "Angola e Cabo Verde assinaram na terça-feira doze acordos.", "agreement ×12"],
    ["es", "Perú y Bolivia firmaron el martes en La Paz once acuerdos.", "agreement ×11"],
    ["ru", "Казахстан и Узбекистан во вторник подписали двадцать два соглашения.", "agreement ×22"],
    ["ru", "Во вторник состоялось подписание двенадцати соглашений между Казахстаном и Узбекистаном.", "agreement ×12"],
    ["ar", "وقعت مصر والأردن يوم الثلاثاء في عمان ثلاث عشرة مذكرة تفاهم.", "memorandum ×13"],
    ["ar", "وقعت مصر والأردن يوم الثلاثاء في عمان اثنتين وعشرين اتفاقية.", "agreement ×22"],
  ])("reads a count written in two words (%s: %s)", ([lang, text, want], { expect }) => {
    expect(signed(text ?? "", lang ?? "")).toEqual([want]);
  });

  it.for([
    ["ru", "Подписание 11 марта меморандума о взаимопонимании между министерствами открыло новый этап."],
    ["en", "The signing on 11 March of a memorandum of understanding between the two ministries opened a new stage."],
    ["es", "La firma el 11 de marzo de un memorando de entendimiento entre los dos ministerios abrió una nueva etapa."],
    ["de", "Die Unterzeichnung am 11. März einer Absichtserklärung der beiden Ministerien eröffnete eine neue Phase."],
  ])("never counts a day of the month (%s)", ([lang, text], { expect }) => {
    const got = signed(text ?? "", lang ?? "");
    expect(got.every((c) => c.endsWith("×1"))).toBe(true);
  });

  it.for([
    [
      "it",
      "Ieri a Roma i premier di Italia e Tunisia hanno parlato di energia. All'incontro seguirà lo scambio di dieci intese tra accordi e protocolli.",
    ],
    [
      "en",
      "The premiers of Italy and Tunisia met in Rome on Tuesday. The talks will be followed by the signing of ten agreements and protocols.",
    ],
    [
      "fr",
      "Les Premiers ministres de l'Italie et de la Tunisie se sont vus mardi à Rome. L'entretien sera suivi de la signature de dix accords et protocoles.",
    ],
    [
      "es",
      "Los primeros ministros de Italia y Túnez se reunieron el martes en Roma. A la reunión seguirá la firma de diez acuerdos y protocolos.",
    ],
    [
      "pt",
      "Os primeiros-ministros da Itália e da Tunísia reuniram-se na terça-feira em Roma. À reunião seguir-se-á a assinatura de dez acordos e protocolos.",
    ],
    [
      "ru",
      "Премьер-министры Италии и Туниса встретились во вторник в Риме. За встречей последует подписание десяти соглашений и протоколов.",
    ],
  ])("reads a batch whose signing is still to follow as no signature (%s)", ([lang, text], { expect }) => {
    expect(signed(text ?? "", lang ?? "")).toEqual([]);
  });

  it.for([
    [
      "ar",
      "وقعت مصر والأردن يوم الثلاثاء في عمان خمس مذكرات تفاهم وبرنامجين تنفيذيين.",
      ["memorandum ×5", "programme ×2"],
    ],
    [
      "en",
      "Ghana and Kenya signed five memoranda of understanding and two executive programmes in Accra on Tuesday.",
      ["memorandum ×5", "programme ×2"],
    ],
    [
      "fr",
      "Le Niger et le Tchad ont signé mardi à Niamey cinq mémorandums d'entente et deux programmes exécutifs.",
      ["memorandum ×5", "programme ×2"],
    ],
  ])("reads two counted batches joined by 'and' as two (%s)", ([lang, text, want], { expect }) => {
    expect(signed(String(text), String(lang))).toEqual(want);
  });

  it.for([
    [
      "pt",
      "Angola e Cabo Verde assinaram na terça-feira em Luanda oito instrumentos, entre memorandos de entendimento, protocolos e adendas.",
    ],
    [
      "fr",
      "Le Niger et le Tchad ont signé mardi à Niamey huit accords, mémorandums d'entente et programmes exécutifs.",
    ],
    [
      "en",
      "Ghana and Kenya signed eight agreements, memoranda of understanding and executive programmes in Accra on Tuesday.",
    ],
  ])("gives a count over several legal forms no one form (%s)", ([lang, text], { expect }) => {
    expect(signed(text ?? "", lang ?? "")).toEqual(["- ×8"]);
  });

  it.for([
    [
      "ru",
      "Казахстан и Узбекистан во вторник подписали 12 межправительственных и межведомственных документов.",
      "- ×12",
    ],
    ["en", "Ghana and Kenya signed twelve economic and cultural agreements in Accra on Tuesday.", "agreement ×12"],
    [
      "de",
      "Ghana und Kenia unterzeichneten am Dienstag in Accra zwölf wirtschaftliche und kulturelle Abkommen.",
      "agreement ×12",
    ],
  ])("reads a count over two qualifiers (%s)", ([lang, text, want], { expect }) => {
    expect(signed(text ?? "", lang ?? "")).toEqual([want]);
  });

  it.for([
    [
      "it",
      "I premier di Italia e Malta hanno firmato l'accordo sull'energia, cui è seguito lo scambio di altre dodici intese tra accordi e protocolli.",
    ],
    [
      "en",
      "The premiers of Ghana and Kenya signed the energy agreement, and the ministers then signed twelve other agreements and protocols.",
    ],
  ])("reads others counted after a named instrument as a batch beyond it (%s)", ([lang, text], { expect }) => {
    expect(signed(text ?? "", lang ?? "")).toEqual(["agreement ×1", "agreement ×12"]);
  });

  it("still reads the other items of a counted batch as that batch ('the other two concern…')", ({ expect }) => {
    const text =
      "Ghana and Kenya signed four agreements in Accra on Tuesday. The first concerns air services and the second visa exemption; the other two agreements concern culture and sport.";
    const total = signed(text, "en").reduce((n, c) => n + Number(c.split("×")[1]), 0);
    expect(total).toBe(4);
  });

  it.for([
    ["en", "Ghana and Kenya signed the two countries' agreement on air services in Accra on Tuesday."],
    ["de", "Ghana und Kenia unterzeichneten am Dienstag in Accra das Abkommen der beiden Länder über den Luftverkehr."],
  ])("never reads the two countries as a count (%s)", ([lang, text], { expect }) => {
    expect(signed(text ?? "", lang ?? "").every((c) => c.endsWith("×1"))).toBe(true);
  });

  it.for([
    [
      "it",
      "Al forum di Hanoi, dopo la firma di dieci intese commerciali tra le aziende dei due Paesi, Italia e Vietnam hanno parlato di investimenti.",
    ],
    [
      "en",
      "At the Hanoi forum of Italy and Vietnam, companies of the two countries signed ten commercial agreements on Tuesday.",
    ],
    ["fr", "Au forum de Hanoï, les entreprises de l'Italie et du Vietnam ont signé mardi dix accords commerciaux."],
    ["es", "En el foro de Hanói, las empresas de Italia y Vietnam firmaron el martes diez acuerdos comerciales."],
  ])("reads commercial agreements between companies as no instrument of the pair (%s)", ([lang, text], { expect }) => {
    expect(signed(text ?? "", lang ?? "")).toEqual([]);
  });

  it.for([
    [
      "en",
      "Ghana and Kenya signed memoranda of understanding in Accra on Tuesday. The two presidents attended the signing of 11 memoranda of understanding in several fields.",
    ],
    [
      "ar",
      "وقعت مصر والأردن مذكرات تفاهم يوم الثلاثاء في عمان. ورعى الرئيسان توقيع 11 مذكرة تفاهم في عدد من المجالات.",
    ],
  ])("keeps the count of a batch first mentioned with none (%s)", ([lang, text], { expect }) => {
    expect(signed(text ?? "", lang ?? "")).toEqual(["memorandum ×11"]);
  });
});
