/**
 * What stands around an instrument's mention and makes it no instrument of the report
 * (src/ingest/recognize/commitment-context.ts), in the eight languages, through findCommitments.
 */
import { describe, it } from "vitest";
import data from "../../../seed/lexicons/commitments.json";
import { prepare } from "../../../src/ingest/match/normalize";
import { findCommitments } from "../../../src/ingest/recognize/commitments";
import { eventDateOf, findDates } from "../../../src/ingest/recognize/dates";
import { matchTracks } from "../../../src/ingest/recognize/sectors";

const LANGUAGES = ["en", "fr", "ar", "it", "es", "ru", "pt", "de"];

function firm(lang: string, text: string) {
  const doc = prepare(text);
  const dates = findDates(doc, lang, "2026-07-10");
  return findCommitments(doc, matchTracks(doc), dates, "2026-07-10", eventDateOf(dates, "2026-07-10"))
    .filter((c) => c.status === "signed" || c.status === "ratified" || c.status === "in_force")
    .map((c) => `${c.status} ${c.legalForm ?? "-"} ${c.track ?? c.sector}`);
}

describe("the context lexicon", () => {
  it("names its words in all eight languages", ({ expect }) => {
    const { $comment: _c, ...lists } = data.context;
    for (const [name, byLang] of Object.entries(lists)) {
      const named = Object.keys(byLang)
        .filter((k) => k !== "$comment")
        .sort();
      expect(named, name).toEqual([...LANGUAGES].sort());
    }
  });
});

describe("a mechanism as the occasion of a signing", () => {
  it.for([
    [
      "fr",
      "Le Mali et la Guinée ont signé vendredi un accord. Cet accord a été signé lors de la 5e session de la commission mixte.",
    ],
    ["ru", "Россия и Казахстан подписали соглашение на заседании межправительственной комиссии."],
    ["es", "Perú y Chile firmaron un acuerdo durante la reunión de la comisión mixta."],
  ])("%s: no signed instrument on the commission", ([lang, text], { expect }) => {
    expect(firm(lang ?? "", text ?? "").filter((c) => c.endsWith("joint-commission"))).toEqual([]);
  });

  it("still reads an agreement that establishes a joint commission", ({ expect }) => {
    expect(firm("en", "Kenya and Uganda signed an agreement establishing a joint commission on Friday.")).toEqual([
      "signed agreement joint-commission",
    ]);
  });
});

describe("no instrument signed now", () => {
  const cases: Record<string, Record<string, string>> = {
    "a denied form": {
      it: "Quello firmato oggi non è un trattato.",
      en: "What was signed today is not a treaty.",
      fr: "Ce qui a été signé aujourd'hui n'est pas un traité.",
      de: "Unterzeichnet wurde heute kein Vertrag.",
      es: "Lo firmado hoy no es un tratado.",
      ar: "ما تم توقيعه اليوم ليست معاهدة.",
    },
    "a schedule": {
      pt: "De acordo com o programa, os chefes de Estado reúnem-se à tarde, seguindo-se a assinatura de acordos.",
      es: "De acuerdo con el programa, los mandatarios se reunirán y luego se procederá a la firma de acuerdos.",
      fr: "Selon le programme de la visite, les chefs d'État auront un entretien suivi de la signature d'accords.",
      de: "Laut Programm folgt nach den Gesprächen die Unterzeichnung mehrerer Abkommen.",
      en: "According to the programme, the two leaders meet this afternoon, followed by the signing of agreements.",
    },
    "a signing the calendar or the agenda holds": {
      it: "Il ministro arriva domani ad Accra, dove è in calendario la firma di una dichiarazione sull'energia.",
      es: "El canciller llega mañana a Accra. La agenda recoge además la firma de un acuerdo de defensa.",
      pt: "O ministro chega amanhã a Acra. A agenda prevê ainda a assinatura de um acordo de defesa.",
      en: "The minister arrives in Accra tomorrow. The agenda also includes the signing of a defence agreement.",
    },
    "the visit's official programme": {
      fr: "Le programme officiel du président comprenait jeudi des entretiens au palais présidentiel.",
      pt: "O programa oficial do presidente incluiu na quinta-feira conversações no palácio presidencial.",
      ru: "Официальная программа президента включала в четверг переговоры во дворце.",
    },
    "the future of a press verb of signing": {
      it: "Il ministro siglerà inoltre una serie di intese sulla cooperazione culturale con il suo omologo.",
      fr: "Le ministre paraphera également plusieurs accords de coopération culturelle avec son homologue.",
      es: "El canciller rubricará además varios acuerdos de cooperación cultural con su homólogo.",
      pt: "O ministro rubricará também vários acordos de cooperação cultural com o seu homólogo.",
    },
  };
  const flat = Object.entries(cases).flatMap(([why, byLang]) =>
    Object.entries(byLang).map(([lang, text]) => ({ why, lang, text })),
  );
  it.for(flat)("$lang: $why", ({ lang, text }, { expect }) => {
    expect(firm(lang, text)).toEqual([]);
  });

  it("reads a signing witnessed after a topic list's 'on the agenda' as signed", ({ expect }) => {
    const text =
      "Trade and security were on the agenda, and the two presidents then witnessed the signing of five agreements.";
    expect(firm("en", text)).toEqual(["signed agreement security-defence"]);
  });

  it("is not a negation word of another language before a date ('mai' is May in French)", ({ expect }) => {
    expect(firm("fr", "Le Parlement a ratifié le 12 mai 2025 le protocole sur l'exemption de visas.")).toEqual([
      "ratified agreement visa-exemption",
    ]);
  });
});

describe("a definite form that restates an instrument named before", () => {
  it.for([
    [
      "es",
      "Perú y Chile firmaron un memorando de entendimiento sobre pesca. Tras la firma del acuerdo, los ministros visitaron el puerto.",
    ],
    [
      "pt",
      "Angola e Namíbia assinaram hoje um memorando de entendimento sobre pescas. Após a assinatura do acordo, os ministros visitaram o porto.",
    ],
    ["ar", "وقع المغرب وموريتانيا مذكرة تفاهم في مجال الصيد البحري. وبعد توقيع الاتفاقية، زار الوزيران الميناء."],
    // A demonstrative joined to its preposition (Portuguese "deste", "neste", "desse").
    [
      "pt",
      "Angola e Namíbia assinaram hoje um memorando de entendimento sobre pescas. Além deste acordo, foram visitados dois portos.",
    ],
    [
      "pt",
      "Angola e Namíbia assinaram hoje um memorando de entendimento sobre pescas. Nesse acordo assinado hoje, os ministros preveem visitas.",
    ],
  ])("%s: one memorandum", ([lang, text], { expect }) => {
    expect(firm(lang ?? "", text ?? "")).toEqual(["signed memorandum agriculture-food-security"]);
  });

  it("keeps an instrument dated in an earlier year ('il protocollo firmato nel 2023')", ({ expect }) => {
    const got = firm(
      "it",
      "Italia e Albania hanno firmato oggi un memorandum sulla sicurezza cibernetica. Al centro del vertice, il protocollo firmato nel 2023 sui centri per i migranti.",
    );
    expect(got).toContain("signed agreement mobility-consular");
  });

  it("keeps another form named after agreements ('the memorandum signed in 2023')", ({ expect }) => {
    const got = firm(
      "en",
      "Albania and Italy signed fifteen agreements on Friday. Migration was at the heart of the memorandum signed in 2023.",
    );
    expect(got.some((c) => c.startsWith("signed memorandum"))).toBe(true);
  });
});

describe("a hall named for treaties", () => {
  // FICTIONAL sentences: the signing takes place in a state room named for treaties, which names no instrument.
  it.for([
    ["en", "Peru and Chile signed a memorandum on tourism in the Treaty Room of the palace on Monday."],
    ["fr", "Le Mali et le Niger ont signé lundi un mémorandum sur le tourisme dans la salle des Traités du palais."],
    ["it", "Italia e Albania hanno firmato lunedì un memorandum sul turismo nella Sala dei Trattati del palazzo."],
    ["es", "Perú y Chile firmaron el lunes un memorando sobre turismo en el Salón de los Tratados del palacio."],
    [
      "pt",
      "Angola e Cabo Verde assinaram na segunda-feira um memorando sobre turismo na Sala dos Tratados do palácio.",
    ],
    ["de", "Polen und Litauen unterzeichneten am Montag im Vertragssaal des Palastes ein Memorandum über Tourismus."],
    ["ru", "Армения и Грузия подписали в понедельник в Зале договоров дворца меморандум о туризме."],
    ["ar", "وقعت تونس وليبيا يوم الاثنين في قاعة المعاهدات بالقصر مذكرة تفاهم في مجال السياحة."],
    ["pt", "Foram assinados na Sala dos Tratados do palácio, onde o Presidente chegou de manhã, dois memorandos."],
    ["en", "Signed in the Treaty Room of the palace, where the President arrived in the morning, was a memorandum."],
  ] as const)("%s: no instrument but the memorandum", ([lang, text], { expect }) => {
    expect(firm(lang, text).filter((c) => !c.startsWith("signed memorandum"))).toEqual([]);
  });
});
