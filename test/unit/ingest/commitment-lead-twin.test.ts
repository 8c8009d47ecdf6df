/**
 * A lead that tells "the agreement" signed, definite and with no name of its own, before a body that names exactly one
 * instrument signed, tells that instrument ahead of its name (sentences in our own words, FICTIONAL, through
 * findCommitments): one instrument, not two. A body of two instruments or more, or a lead that names its own, keeps
 * them apart.
 */
import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

const signedCount = (lang: string, text: string) =>
  commitmentsOf(lang, text)
    .filter((c) => c.status === "signed")
    .reduce((n, c) => n + (c.instruments ?? 1), 0);

const CASES: readonly (readonly [string, string, number])[] = [
  [
    "pt",
    "O acordo entre Moçambique e Indonésia foi assinado em Ricatla, no sul de Moçambique.\nO acordo de comércio preferencial assinado pelos dois países vai consolidar o comércio bilateral.",
    1,
  ],
  [
    "pt",
    "O acordo assinado com a Estónia prevê a partilha de embaixadas.\nPortugal assinou um memorando de entendimento com a Estónia para partilhar instalações diplomáticas.",
    1,
  ],
  [
    "en",
    "The agreement between Kenya and Ghana was signed in Accra on Monday.\nThe ministers said the preferential trade agreement signed by both countries will cut tariffs.",
    1,
  ],
  [
    "fr",
    "L'accord entre le Sénégal et la Gambie a été signé lundi à Banjul.\nLe protocole d'accord sur la pêche signé par les deux pays ouvre les eaux gambiennes aux pirogues.",
    1,
  ],
  [
    "es",
    "El acuerdo entre Chile y Perú fue firmado el lunes en Lima.\nEl memorando de entendimiento sobre pesca firmado por ambos países abre nuevas zonas.",
    1,
  ],
  // Guards: one told as more, an older one, two instruments in the body, or a lead naming its own beside another.
  [
    "en",
    "Egypt and Jordan signed the agreement in Amman on Monday.\nThe two ministers also signed a memorandum of understanding on tourism.",
    2,
  ],
  [
    "en",
    "Kenya and Uganda signed the agreement in Kampala on Monday.\nThe two countries had signed a memorandum of understanding on fisheries in 2019.",
    2,
  ],
  [
    "en",
    "The agreement between Kenya and Ghana was signed in Accra on Monday.\nThe two countries also signed a memorandum on health and a protocol on fisheries.",
    3,
  ],
  [
    "en",
    "Kenya and Ghana signed a trade agreement in Accra on Monday. The agreement will cut tariffs.\nThey also signed a memorandum on health.",
    2,
  ],
];

describe("a lead's unnamed agreement is the one instrument its body names", () => {
  it.for(CASES)("%s: %s", ([lang, text, n], { expect }) => {
    expect(signedCount(lang, text)).toBe(n);
  });
});
