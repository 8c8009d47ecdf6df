/**
 * The spellings of a memorandum of understanding that a language writes with another preposition (sentences in
 * our own words, through findCommitments): Italian "protocollo di intesa" beside "protocollo d'intesa", and
 * "memorandum di intesa"; French "protocole d'entente" beside "protocole d'accord". Each is a memorandum, not an
 * agreement ("protocollo") with a second one ("intesa").
 */
import { describe, it } from "vitest";
import { firmCommitments, firmInstruments } from "../../helpers/commitment-read";

const CASES: { lang: string; text: string; firm: number }[] = [
  {
    lang: "it",
    text: "Kenya e Perù hanno siglato lunedì cinque protocolli di intesa nei settori della salute e dello sport.",
    firm: 5,
  },
  {
    lang: "it",
    text: "Kenya e Perù hanno firmato lunedì un protocollo di intesa sulla cooperazione portuale.",
    firm: 1,
  },
  {
    lang: "it",
    text: "Kenya e Perù hanno firmato lunedì un memorandum di intesa sulla cooperazione portuale.",
    firm: 1,
  },
  {
    lang: "fr",
    text: "Le Kenya et le Pérou ont signé lundi deux protocoles d'entente sur la coopération portuaire.",
    firm: 2,
  },
  {
    lang: "fr",
    text: "Le Kenya et le Pérou ont signé lundi un protocole d'entente sur la coopération portuaire.",
    firm: 1,
  },
];

describe("memoranda under another preposition", () => {
  it.for(CASES)("$lang: $text", ({ lang, text, firm }, { expect }) => {
    expect([...new Set(firmCommitments(lang, text))]).toEqual(["signed memorandum"]);
    expect(firmInstruments(lang, text)).toBe(firm);
  });
});
