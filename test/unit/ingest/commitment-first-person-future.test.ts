/**
 * A signing a speaker announces in the first person is still to come (sentences in our own words, FICTIONAL, through
 * findCommitments): "nous signerons", "nous allons procéder (dans ce sens) à la signature", "firmaremos", "vamos a
 * firmar", "assinaremos", "vamos assinar", "firmeremo", "мы подпишем", "سنوقع". The planned lists held the third
 * person only ("signeront", "va signer"): the French cases signed before (their "signerons" read as "signé*", their
 * "signature" had no future word); the other languages gave nothing already and are held to it. Only whole phrases
 * are listed: a bare "allons", "vamos", "saremo" or "будем" belongs to another verb as often ("Nous allons appliquer
 * l'accord signé…", "Vou recordar que … assinaram"). The same speakers telling it as done still sign.
 */
import { describe, it } from "vitest";
import { firmCommitments } from "../../helpers/commitment-read";

const AHEAD: readonly (readonly [string, string])[] = [
  ["fr", "« Nous signerons deux protocoles d'entente sur la formation des jeunes », a déclaré le ministre."],
  [
    "fr",
    "« Nous allons procéder à la signature de deux protocoles d'entente sur la formation », a conclu le ministre.",
  ],
  ["fr", "« Nous allons procéder dans ce sens à la signature de deux accords sur la pêche », a dit le ministre."],
  ["fr", "« Je vais signer avec mon homologue un accord sur la pêche », a annoncé la ministre."],
  ["es", "«Firmaremos dos memorandos de entendimiento sobre formación profesional», declaró el canciller."],
  ["es", "«Vamos a firmar un acuerdo de cooperación pesquera», anunció la ministra."],
  ["pt", "«Assinaremos dois memorandos de entendimento sobre formação profissional», declarou o chanceler."],
  ["pt", "«Vamos assinar um acordo de cooperação na pesca», anunciou a ministra."],
  ["it", "«Firmeremo due memorandum d'intesa sulla formazione professionale», ha dichiarato il ministro."],
  ["ru", "«Мы подпишем два меморандума о сотрудничестве в области образования», заявил министр."],
  ["ar", "وقال الوزير: سنوقع مذكرتي تفاهم في مجال التدريب المهني."],
];

const DONE: readonly (readonly [string, string])[] = [
  ["fr", "« Nous avons signé deux protocoles d'entente sur la formation des jeunes », a déclaré le ministre."],
  ["es", "«Firmamos dos memorandos de entendimiento sobre formación profesional», declaró el canciller."],
  ["pt", "«Assinámos dois memorandos de entendimento sobre formação profissional», declarou o chanceler."],
  ["it", "«Abbiamo firmato due memorandum d'intesa sulla formazione professionale», ha dichiarato il ministro."],
  ["ru", "«Мы подписали два меморандума о сотрудничестве в области образования», заявил министр."],
];

describe("a signing announced in the first person is none yet", () => {
  it.for(AHEAD)("%s: %s", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text)).toEqual([]);
  });
});

describe("the same speakers telling it as done sign", () => {
  it.for(DONE)("%s: %s", ([lang, text], { expect }) => {
    expect(firmCommitments(lang, text).length).toBeGreaterThan(0);
  });
});
