/**
 * Instruments the happening's add to (FICTIONAL sentences written for this project): "these texts will add to the
 * eight agreements signed in Niamey last October" tells a batch signed before, a tally no reader could cite, not eight
 * instruments of the day. Guards: the day's own batch told with such a verb (the same day, a weekday of its own, a
 * comma between, the verb with its subject after it) stays signed.
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

/** The day's own batch told with a verb of adding: it stays signed. */
const OWN: readonly { lang: string; text: string; firm: number }[] = [
  {
    lang: "fr",
    text: "Les mesures annoncées lundi à Lomé par le Togo et le Ghana s'ajoutent aux deux accords signés le même jour par leurs ministres.",
    firm: 2,
  },
  {
    lang: "fr",
    text: "S'ajoutant aux quatre accords signés lundi à Bamako, un mémorandum sur la pêche a également été signé par le Mali et le Sénégal.",
    firm: 5,
  },
  {
    lang: "en",
    text: "Adding to the tally, two agreements were signed on Monday in Accra by Ghana and Togo.",
    firm: 2,
  },
  {
    lang: "es",
    text: "Sumándose a los esfuerzos, dos acuerdos fueron firmados el lunes en Lima por Perú y Bolivia.",
    firm: 2,
  },
  {
    lang: "ru",
    text: "Сотрудничество дополняют три новых соглашения, подписанные в понедельник в Душанбе Таджикистаном и Узбекистаном.",
    firm: 3,
  },
];

describe("instruments the happening's add to", () => {
  it.for(OWN)("$lang: the day's own batch stays signed «$text»", ({ lang, text, firm }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(firm);
  });
  it.for(EARLIER)("$lang: the earlier batch is no instrument of the day «$text»", ({ lang, text }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(0);
  });
});
