/**
 * A batch signed uncounted, counted in the next sentence with a total word or the occasion taken up again (sentences in
 * our own words): the count is the batch's. A count with neither, or an approximate stock, is not.
 */
import { describe, it } from "vitest";
import { byLanguage, firmInstruments } from "../../helpers/commitment-read";

describe("an uncounted batch counted in the next sentence", () => {
  it.for(
    byLanguage({
      en: "Kenya and Ethiopia signed cooperation agreements in Nairobi on Friday. In total, nine agreements were concerned.",
      fr: "Le Maroc et le Sénégal ont signé vendredi à Dakar des accords de coopération. Au total, neuf accords portent sur la pêche et la formation.",
      es: "Chile y Argentina firmaron el viernes en Santiago varios convenios. En total fueron nueve acuerdos, sobre minería y energía.",
      pt: "Portugal e Angola assinaram na sexta-feira em Luanda vários acordos de cooperação. Ao todo, foram nove acordos.",
      it: "Italia e Tunisia hanno firmato venerdì a Roma diversi accordi di cooperazione. In totale si tratta di nove accordi.",
    }),
  )("$lang: the count is the batch's", ({ lang, text }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(9);
  });

  it.for(
    byLanguage({
      fr: "Le roi a présidé vendredi à Rabat une cérémonie de signature d'accords. Au cours de cette cérémonie, la coopération a été renforcée par neuf accords.",
    }),
  )("$lang: the occasion taken up again ties the count to the batch", ({ lang, text }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(9);
  });

  it.for(
    byLanguage({
      en: "Kenya and Ethiopia signed cooperation agreements in Nairobi on Friday. Ethiopia has 40 agreements with its neighbours.",
      fr: "Le Maroc et le Sénégal ont signé vendredi à Dakar des accords de coopération. Au total, les deux pays comptent plus de 100 accords.",
    }),
  )("$lang: another stock, or an approximate one, is not the batch", ({ lang, text }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(1);
  });
});
