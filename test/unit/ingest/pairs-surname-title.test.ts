import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

// FICTIONAL items written for this test. A headline names two heads of government by surname only, and one of the
// surnames is also a country's name ("Montenegro and Sánchez meet…"). The text gives the person in full ("Prime
// Minister Luís Montenegro"), so the headline's word is that person, not the country Montenegro, and the report is
// on Portugal and Spain, which the text names once more only by an adjective ("the Portuguese government"). The rule already held for the text; the headline is read the same way.
const SUMMIT: readonly (readonly [string, string, string])[] = [
  [
    "en",
    "Montenegro and Sánchez meet for the Iberian summit",
    "The Prime Minister, Luís Montenegro, meets the Spanish head of government Pedro Sánchez on Friday in Huelva for the yearly summit of the two governments. Seven ministers of the Portuguese government travel with him, among them the ministers of foreign affairs and of health. The summit had been set for January but was put off after rail accidents in Spain.",
  ],
  [
    "fr",
    "Montenegro et Sánchez se retrouvent pour le sommet ibérique",
    "Le Premier ministre, Luís Montenegro, retrouve vendredi à Huelva le chef du gouvernement espagnol Pedro Sánchez pour le sommet annuel des deux gouvernements. Sept ministres du gouvernement portugais l'accompagnent, dont ceux des Affaires étrangères et de la Santé. Le sommet, prévu en janvier, avait été reporté après des accidents ferroviaires en Espagne.",
  ],
  [
    "es",
    "Montenegro y Sánchez se reúnen en la cumbre ibérica",
    "El primer ministro, Luís Montenegro, se reúne este viernes en Huelva con el presidente del Gobierno español, Pedro Sánchez, en la cumbre anual de ambos gobiernos. Le acompañan siete ministros del Gobierno portugués, entre ellos los de Exteriores y Sanidad. La cumbre estaba prevista para enero, pero se aplazó tras varios accidentes ferroviarios en España.",
  ],
  [
    "it",
    "Montenegro e Sánchez si incontrano al vertice iberico",
    "Il primo ministro, Luís Montenegro, incontra venerdì a Huelva il capo del governo spagnolo Pedro Sánchez per il vertice annuale dei due governi. Lo accompagnano sette ministri del governo portoghese, tra cui quelli degli Esteri e della Salute. Il vertice era previsto a gennaio, ma è stato rinviato dopo alcuni incidenti ferroviari in Spagna.",
  ],
  [
    "pt",
    "Montenegro e Sánchez reúnem-se na cimeira ibérica",
    "O primeiro-ministro, Luís Montenegro, reúne-se esta sexta-feira em Huelva com o chefe do Governo espanhol, Pedro Sánchez, na cimeira anual dos dois governos. Acompanham-no sete ministros do Governo português, entre eles os dos Negócios Estrangeiros e da Saúde. A cimeira estava marcada para janeiro, mas foi adiada depois de vários acidentes ferroviários em Espanha.",
  ],
  [
    "de",
    "Montenegro und Sánchez treffen sich zum iberischen Gipfel",
    "Der Premierminister, Luís Montenegro, trifft am Freitag in Huelva den spanischen Regierungschef Pedro Sánchez zum jährlichen Gipfel der beiden Regierungen. Ihn begleiten sieben Minister der portugiesischen Regierung, darunter die für Äußeres und Gesundheit. Der Gipfel war für Januar geplant, wurde aber nach mehreren Zugunglücken in Spanien verschoben.",
  ],
];

describe("a headline's surname that is also a country's name is the person the text names in full", () => {
  it.for(SUMMIT)("%s", async ([, title, text], { expect }) => {
    expect(await pairKeysOf(text, "2026-03-06", "https://news.example.org/item", title)).toEqual(["ES-PT"]);
  });
});
