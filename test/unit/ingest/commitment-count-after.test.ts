/**
 * A count told after a plural form, a word of amount before it ("a package of bilateral agreements totalling 16",
 * "الاتفاقيات الثنائية بلغت 16 اتفاقا"), counts the batch as a count before the form does (German puts its count
 * before the noun: "insgesamt 16 Abkommen"); with no day in its clause it is the relationship's tally, as "which
 * number 40" is. A joint commission whose session closes "with the signing of 16 agreements" hosts the batch: the
 * count is not one agreement about the commission. Sentences in our own words, through findCommitments.
 */
import { describe, it } from "vitest";
import { byLanguage, firmInstruments } from "../../helpers/commitment-read";

const AFTER: Record<string, string> = {
  en: "On Friday the two countries signed a package of bilateral agreements totalling 16 in energy and fisheries.",
  fr: "Vendredi, les deux pays ont signé des accords bilatéraux, au nombre de 16, dans l'énergie et la pêche.",
  it: "Venerdì i due Paesi hanno firmato accordi bilaterali per un totale di 16 nell'energia e nella pesca.",
  es: "El viernes los dos países firmaron acuerdos bilaterales por un total de 16 en energía y pesca.",
  pt: "Na sexta-feira os dois países assinaram acordos bilaterais num total de 16 em energia e pescas.",
  ru: "В пятницу Россия и Китай подписали соглашения в количестве 16 в сфере энергетики и рыболовства.",
  ar: "ووقع البلدان اليوم الجمعة مجموعة من الاتفاقيات الثنائية بلغت 16 اتفاقا في الطاقة والصيد البحري.",
};

const TALLY: Record<string, string> = {
  en: "Since independence the two countries have signed agreements numbering 40.",
  fr: "Depuis l'indépendance, les deux pays ont signé des accords au nombre de 40.",
  es: "Desde la independencia los dos países han firmado acuerdos que suman 40.",
  ar: "ووقع البلدان منذ الاستقلال اتفاقيات بلغ عددها 40 اتفاقية.",
};

const COMMISSION: Record<string, string> = {
  en: "The Ethiopia-Djibouti joint commission closed on Friday with the signing of 16 agreements.",
  fr: "La commission mixte entre l'Éthiopie et Djibouti a clôturé vendredi ses travaux par la signature de 16 accords.",
  ar: "واختتمت اللجنة المشتركة الإثيوبية الجيبوتية أعمالها اليوم الجمعة بالتوقيع على 16 اتفاقية.",
};

/** An amount of money after the plural counts no instruments: the batch stays uncounted. */
const MONEY: Record<string, string> = {
  en: "On Friday the two countries signed agreements totalling 5 billion dollars in energy and fisheries.",
  pt: "Na sexta-feira os dois países assinaram acordos num total de 2 mil milhões de dólares em energia e pescas.",
  es: "El viernes los dos países firmaron acuerdos por un total de 500 millones de dólares en energía y pesca.",
};

describe("a count told after its plural", () => {
  it.for(byLanguage(MONEY))("$lang: money is no count", ({ lang, text }, { expect }) => {
    expect(firmInstruments(lang, text)).toBeLessThan(5);
  });
  it.for(byLanguage(AFTER))("$lang: sixteen signed", ({ lang, text }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(16);
  });
  it.for(byLanguage(TALLY))("$lang: a tally signs none", ({ lang, text }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(0);
  });
  it.for(byLanguage(COMMISSION))("$lang: a commission's session signs the batch", ({ lang, text }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(16);
  });
});
