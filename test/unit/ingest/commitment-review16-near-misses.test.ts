/**
 * Near-misses of this session's rules, from the adversarial review of 2026-12-07 (FICTIONAL sentences written for
 * this project by its reviewers): a signing dated Monday under a "that" clause, "now that", "ainsi que", a verb before
 * a signing participle, a German modal told as a past plan, "A propósito de", a purpose fulfilled ("die … stattfand"),
 * a demonstrative pointing forward ("эту цель — подписание"), older instruments after a carry phrase ("qui liaient
 * déjà"), a pluperfect told of last year, "communiqué" as a participle, a statement signed by one envoy, and a statement
 * cited as the source. Each gives the signed instruments a careful reader counts.
 */
import { describe, it } from "vitest";
import { firmInstruments } from "../../helpers/commitment-read";

const CASES: readonly { lang: string; text: string; firm: number }[] = [
  {
    lang: "en",
    text: "Kenya's foreign minister said that the signing of the border agreement on Monday showed the political will of Kenya and Ethiopia.",
    firm: 1,
  },
  {
    lang: "en",
    text: "The Nigerian minister said that now that the signing of the trade agreement with Ghana is behind them both sides will focus on implementation.",
    firm: 1,
  },
  {
    lang: "fr",
    text: "La visite du président béninois au Togo a été marquée par des entretiens ainsi que par la signature d'un accord ferroviaire qui permettra de relier Cotonou à Lomé.",
    firm: 1,
  },
  {
    lang: "de",
    text: "Der deutsche Außenminister sagte, dass die Unterzeichnung des Abkommens zwischen Deutschland und Ghana am Montag als Durchbruch gewertet wird.",
    firm: 1,
  },
  {
    lang: "ru",
    text: "Новый импульс товарообороту придаст подписанное в понедельник в Каире соглашение о свободной торговле между Россией и Египтом.",
    firm: 1,
  },
  {
    lang: "de",
    text: "Das Abkommen zwischen Österreich und Serbien sollte, wie die Sprecherin sagte, bereits im März unterzeichnet werden.",
    firm: 0,
  },
  {
    lang: "es",
    text: "A propósito de la firma del convenio entre Chile y Perú el lunes en Lima, el canciller chileno recordó los años de negociación.",
    firm: 1,
  },
  {
    lang: "de",
    text: "Zweck des Besuchs war die Unterzeichnung eines Abkommens über Wasserwirtschaft zwischen Österreich und Jordanien, die am Montag in Wien erfolgte.",
    firm: 1,
  },
  {
    lang: "ru",
    text: "Именно эту цель — подписание соглашения о свободной торговле между Россией и Вьетнамом — преследует визит премьера в Ханой.",
    firm: 0,
  },
  {
    lang: "fr",
    text: "Le Sénégal et la Gambie ont signé lundi à Banjul quatre accords de coopération. Parmi les instruments qui liaient déjà les deux pays figure un traité d'amitié vieux de trente ans.",
    firm: 4,
  },
  {
    lang: "it",
    text: "Italia e Tunisia hanno firmato lunedì a Roma quattro accordi. Tra gli strumenti che già legano i due paesi figura anche un trattato di amicizia di lunga data.",
    firm: 4,
  },
  {
    lang: "de",
    text: "Deutschland und Ghana unterzeichneten am Montag in Accra drei Abkommen. Unter den Instrumenten, die beide Länder schon länger verbinden, ist ein Vertrag über Freundschaft und Zusammenarbeit.",
    firm: 3,
  },
  { lang: "en", text: "Kenya's trade minister said Kenya and Uganda had signed four agreements last year.", firm: 0 },
  {
    lang: "fr",
    text: "Au sujet du Mali et du Niger, le ministre a dit que les deux pays avaient signé trois accords l'an dernier.",
    firm: 0,
  },
  {
    lang: "es",
    text: "Sobre Perú y Bolivia, el canciller dijo que ambos países habían firmado cuatro acuerdos hace dos años.",
    firm: 0,
  },
  {
    lang: "fr",
    text: "Le Sénégal et la Mauritanie ont signé lundi à Dakar un accord de pêche. Le texte signé a été communiqué à la commission sous-régionale des pêches.",
    firm: 1,
  },
  {
    lang: "es",
    text: "Chile y Perú firmaron el lunes en Lima un tratado de extradición. El texto firmado fue comunicado a la Corte Suprema de ambos países.",
    firm: 1,
  },
  {
    lang: "ru",
    text: "В подписанном послом заявлении говорится, что Армения и Грузия провели в понедельник в Тбилиси переговоры о транзите.",
    firm: 0,
  },
  {
    lang: "ar",
    text: "ووقعت مصر والسودان بحسب بيان للرئاسة المصرية اتفاقيتين للتعاون في مجال الري يوم الاثنين في القاهرة.",
    firm: 2,
  },
];

describe("near-misses of the rules of 2026-12-07", () => {
  it.for(CASES)("$lang: $firm signed in «$text»", ({ lang, text, firm }, { expect }) => {
    expect(firmInstruments(lang, text)).toBe(firm);
  });
});
