import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL reports in the project's words. A signing noun whose predicate plans it, past a list of the instrument's
// areas: the list's commas end no clause, so nothing is signed. Each case was read as a signed memorandum before.

const LEAD: Record<string, string> = {
  fr: "L'Égypte et l'Angola ont tenu des entretiens mardi à Luanda.",
  en: "Egypt and Angola held talks in Luanda on Tuesday.",
  es: "Egipto y Angola mantuvieron conversaciones el martes en Luanda.",
  it: "Egitto e Angola hanno tenuto colloqui martedì a Luanda.",
  pt: "O Egito e Angola mantiveram conversações na terça-feira em Luanda.",
  de: "Ägypten und Angola führten am Dienstag Gespräche in Luanda.",
  ru: "Египет и Ангола провели во вторник переговоры в Луанде.",
};

const PLANNED = [
  [
    "fr",
    "La signature d'un protocole d'accord sur l'économie, la gestion et le développement des eaux souterraines est également prévue.",
  ],
  [
    "en",
    "The signing of a memorandum of understanding on the economy, management and development of groundwater is also planned.",
  ],
  [
    "es",
    "La firma de un memorando de entendimiento sobre la economía, la gestión y el desarrollo de las aguas subterráneas también está prevista.",
  ],
  [
    "it",
    "La firma di un memorandum d'intesa sull'economia, la gestione e lo sviluppo delle acque sotterranee è inoltre prevista.",
  ],
  [
    "pt",
    "A assinatura de um memorando de entendimento sobre a economia, a gestão e o desenvolvimento das águas subterrâneas está também prevista.",
  ],
  [
    "de",
    "Die Unterzeichnung einer Absichtserklärung über die Wirtschaft, die Bewirtschaftung und die Entwicklung des Grundwassers ist ebenfalls vorgesehen.",
  ],
  [
    "ru",
    "Подписание меморандума о взаимопонимании по экономике, управлению и развитию подземных вод также запланировано.",
  ],
] as const;

const firm = (a: Awaited<ReturnType<typeof analyze>>) =>
  a.commitments.filter((c) => c.status === "signed" || c.status === "in_force" || c.status === "ratified");

describe("a signing planned past a list of its areas", () => {
  it.for(PLANNED)("%s: %s", async ([language, sentence], { expect }) => {
    const a = await analyze({ text: `${LEAD[language]} ${sentence}`, language, publishedAt: "2023-06-07" });
    expect(a.pairs.map((p) => p.key)).toEqual(["AO-EG"]);
    expect(firm(a)).toEqual([]);
  });
});

// A clause of its own after the list (a comma, then "and"), with its own plan: the signing told before stays signed.
const OWN_CLAUSE = [
  [
    "fr",
    "La signature de l'accord sur l'énergie, le commerce et la santé a eu lieu mardi, et une nouvelle session est prévue en mai.",
  ],
  [
    "en",
    "The signing of the agreement on energy, trade and health took place on Tuesday, and a new session is planned for May.",
  ],
  [
    "it",
    "La firma dell'accordo su energia, commercio e salute è avvenuta martedì, e una nuova sessione è prevista a maggio.",
  ],
  [
    "ru",
    "Подписание соглашения об энергетике, торговле и здравоохранении состоялось во вторник, и новая сессия запланирована на май.",
  ],
  [
    "es",
    "Egipto y Angola firmaron el martes en Luanda un memorando sobre energía, comercio y salud, y una segunda ronda está prevista para mayo.",
  ],
] as const;

describe("guards", () => {
  it.for(OWN_CLAUSE)("%s: %s", async ([language, sentence], { expect }) => {
    const a = await analyze({ text: `${LEAD[language]} ${sentence}`, language, publishedAt: "2023-06-07" });
    expect(firm(a).map((c) => c.status)).toEqual(["signed"]);
  });
});
