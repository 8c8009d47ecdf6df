/**
 * Instruments the happening's add to (FICTIONAL sentences written for this project): "these texts will add to the
 * eight agreements signed in Niamey last October" tells a batch signed before, a tally no reader could cite, not eight
 * instruments of the day.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const EARLIER: readonly { lang: string; text: string }[] = [
  {
    lang: "fr",
    text: "La session doit s'achever par la signature d'une dizaine de mémorandums. Ces textes s'ajouteront aux 8 accords de coopération de divers ordres signés à Niamey lors de la visite officielle effectuée en octobre par le Premier ministre malien.",
  },
  {
    lang: "en",
    text: "Officials expect some ten memoranda to be signed at the session. They will add to the eight agreements of various kinds signed in Accra during the official visit of the Togolese prime minister.",
  },
  {
    lang: "es",
    text: "Se prevé que la reunión concluya con la firma de una decena de memorandos. Estos textos se sumarán a los ocho acuerdos de distinta índole firmados en Lima durante la visita oficial del primer ministro boliviano.",
  },
  {
    lang: "it",
    text: "La sessione dovrebbe chiudersi con la firma di una decina di memorandum. Questi testi si aggiungeranno agli otto accordi di vario genere firmati a Tunisi durante la visita ufficiale del premier maltese.",
  },
];

describe("instruments the happening's add to", () => {
  it.for(EARLIER)("$lang: the earlier batch is no instrument of the day «$text»", ({ lang, text }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(0);
  });
});
