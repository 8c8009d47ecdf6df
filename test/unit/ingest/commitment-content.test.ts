import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";

// FICTIONAL reports in the project's words. A programme right after a verb of setting up or carrying out, which
// follows an agreement through a word of purpose, is what the agreement is for: one instrument, not two. Each case
// read a signed programme beside the agreement before.

const FOR = [
  [
    "en",
    "Bangladesh and Nepal signed on Monday an agreement to carry out a cultural exchange programme from 2022 to 2025.",
  ],
  [
    "en",
    "Bangladesh and Nepal signed on Monday an agreement to set up a cultural exchange programme from 2022 to 2025.",
  ],
  [
    "es",
    "Bangladesh y Nepal firmaron el lunes un acuerdo para ejecutar un programa de intercambio cultural de 2022 a 2025.",
  ],
  ["it", "Bangladesh e Nepal hanno firmato lunedì un accordo per realizzare un programma di scambi culturali."],
  ["pt", "Bangladesh e Nepal assinaram na segunda-feira um acordo para executar um programa de intercâmbio cultural."],
  ["ru", "Бангладеш и Непал подписали в понедельник соглашение для реализации программы культурного обмена."],
  ["ar", "وقعت بنغلاديش ونيبال يوم الاثنين اتفاقية لتنفيذ برنامج للتبادل الثقافي."],
] as const;

const signed = (a: Awaited<ReturnType<typeof analyze>>) =>
  a.commitments.filter((c) => c.status === "signed").map((c) => c.legalForm);

describe("a programme an agreement is for", () => {
  it.for(FOR)("%s: %s", async ([language, text], { expect }) => {
    const a = await analyze({ text, language, publishedAt: "2021-03-22" });
    expect(a.pairs.map((p) => p.key)).toEqual(["BD-NP"]);
    expect(signed(a)).toEqual(["agreement"]);
  });
});

const GUARDS = [
  // Joined to the verb's first object: signed too.
  [
    "en",
    "Bangladesh and Nepal signed on Monday an agreement on trade, a memorandum to promote tourism and a programme of cultural exchanges.",
    ["agreement", "memorandum", "programme"],
  ],
  // Past a comma: another instrument of the signing.
  [
    "en",
    "Bangladesh and Nepal signed on Monday an agreement to set up a joint commission, and a memorandum on health.",
    ["agreement", "memorandum"],
  ],
  // Another sentence.
  [
    "en",
    "Bangladesh and Nepal signed on Monday a memorandum on tourism. To implement it, a programme of exchanges was also signed.",
    ["memorandum", "programme"],
  ],
  // "un accord pour" is also read as consent: left as it was (the agreement signed, the programme not).
  [
    "fr",
    "Le Bangladesh et le Népal ont signé lundi un accord pour mettre en œuvre un programme d'échanges culturels.",
    ["agreement"],
  ],
  // An action noun before a form is no verb, and "a" or "in" no word of purpose (review18d).
  [
    "en",
    "Kenya and Germany signed a security memorandum and a development programme in Nairobi on Monday.",
    ["memorandum", "programme"],
  ],
  [
    "en",
    "Canada and Mexico signed a trade agreement in Ottawa and a development programme for indigenous communities on Monday.",
    ["agreement", "programme"],
  ],
  // Arabic attaches its "and" to the second form.
  [
    "ar",
    "وقعت السعودية والكويت يوم الاثنين في الرياض اتفاقية لتعزيز التجارة وبرنامجا للمنح الدراسية.",
    ["agreement", "programme"],
  ],
] as const;

describe("guards", () => {
  it.for(GUARDS)("%s: %s", async ([language, text, forms], { expect }) => {
    const a = await analyze({ text, language, publishedAt: "2021-03-22" });
    expect(signed(a).sort()).toEqual([...forms].sort());
  });
});

describe("guards: an instrument already known, by its article or year, is no content to drop", () => {
  it.for([
    [
      "fr",
      "Le Mali et le Niger ont signé lundi à Niamey un protocole pour mettre en œuvre l'accord de 2021 sur la sécurité.",
    ],
    ["ar", "وقعت تونس وليبيا يوم الاثنين في طرابلس بروتوكولا لتنفيذ اتفاقية عام 2012 بشأن الحدود."],
  ] as const)("%s: %s", async ([language, text], { expect }) => {
    const a = await analyze({ text, language, publishedAt: "2025-05-13" });
    const firm = a.commitments.filter((c) => c.status === "signed");
    expect(firm.length).toBe(1);
    expect(firm[0]?.signedOn).toBe("2025-05-12");
  });
});
