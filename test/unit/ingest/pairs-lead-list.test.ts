import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

// FICTIONAL items written for this test. A head of state receives the leaders of three states together for a
// national celebration, and one guest praises relations with the host to reporters at the end (after the opening sentences). The first sentence
// lists three guests: a gathering of several states, so the host and the guest quoted later make no pair.
const pairsOf = (text: string) => pairKeysOf(text, "2026-09-18");

const RECEIVED: readonly (readonly [string, string])[] = [
  [
    "en",
    "The President of Chile received the heads of state of Mongolia, Laos and Fiji at the palace today for the celebration of Chile's bicentenary. The guests will attend the military parade on Saturday and a solemn session of Congress on Sunday. In the evening the host will offer a dinner in honour of the delegations. According to the palace, the presence of the guests reflects the long friendship of their peoples. Arriving at the palace, the President of Fiji told reporters that relations between Fiji and Chile had never been better.",
  ],
  [
    "fr",
    "Le président du Chili a reçu aujourd'hui au palais les chefs d'État de la Mongolie, du Laos et des Fidji pour la célébration du bicentenaire du Chili. Les invités assisteront au défilé militaire samedi et à une séance solennelle du Congrès dimanche. Le soir, l'hôte offrira un dîner en l'honneur des délégations. Selon le palais, la présence des invités reflète la longue amitié de leurs peuples. À son arrivée au palais, le président des Fidji a déclaré aux journalistes que les relations entre les Fidji et le Chili n'avaient jamais été meilleures.",
  ],
  [
    "it",
    "Il presidente del Cile ha ricevuto oggi a palazzo i capi di Stato di Mongolia, Laos e Figi per la celebrazione del bicentenario del Cile. Gli ospiti assisteranno sabato alla parata militare e domenica a una seduta solenne del Congresso. In serata il padrone di casa offrirà una cena in onore delle delegazioni. Secondo il palazzo, la presenza degli ospiti riflette la lunga amicizia dei loro popoli. Al suo arrivo a palazzo, il presidente delle Figi ha detto ai giornalisti che le relazioni tra le Figi e il Cile non sono mai state migliori.",
  ],
  [
    "es",
    "El presidente de Chile recibió hoy en el palacio a los jefes de Estado de Mongolia, Laos y Fiyi para la celebración del bicentenario de Chile. Los invitados asistirán el sábado al desfile militar y el domingo a una sesión solemne del Congreso. Por la noche, el anfitrión ofrecerá una cena en honor de las delegaciones. Según el palacio, la presencia de los invitados refleja la larga amistad de sus pueblos. Al llegar al palacio, el presidente de Fiyi dijo a los periodistas que las relaciones entre Fiyi y Chile nunca han sido mejores.",
  ],
  [
    "pt",
    "O presidente do Chile recebeu hoje no palácio os chefes de Estado da Mongólia, do Laos e de Fiji para a celebração do bicentenário do Chile. Os convidados assistirão no sábado ao desfile militar e no domingo a uma sessão solene do Congresso. À noite, o anfitrião oferecerá um jantar em honra das delegações. Segundo o palácio, a presença dos convidados reflete a longa amizade dos seus povos. Ao chegar ao palácio, o presidente de Fiji disse aos jornalistas que as relações entre Fiji e o Chile nunca foram melhores.",
  ],
  [
    "de",
    "Der Präsident Chiles hat heute im Palast die Staatschefs aus der Mongolei, Laos und Fidschi zur Feier des zweihundertjährigen Bestehens Chiles empfangen. Die Gäste werden am Samstag die Militärparade und am Sonntag eine Festsitzung des Kongresses besuchen. Am Abend gibt der Gastgeber ein Essen zu Ehren der Delegationen. Nach Angaben des Palastes spiegelt die Anwesenheit der Gäste die lange Freundschaft ihrer Völker wider. Bei seiner Ankunft im Palast sagte der Präsident Fidschis vor Journalisten, die Beziehungen zwischen Fidschi und Chile seien nie besser gewesen.",
  ],
  [
    "ru",
    "Президент Чили принял сегодня во дворце глав государств Монголии, Лаоса и Фиджи по случаю празднования двухсотлетия Чили. Гости посетят в субботу военный парад, а в воскресенье торжественное заседание Конгресса. Вечером хозяин дает ужин в честь делегаций. Как сообщили во дворце, присутствие гостей отражает давнюю дружбу их народов. По прибытии во дворец президент Фиджи сказал журналистам, что отношения между Фиджи и Чили никогда не были лучше.",
  ],
  [
    "ar",
    "استقبل رئيس تشيلي اليوم في القصر رؤساء دول منغوليا ولاوس وفيجي للاحتفال بالذكرى المئوية الثانية لتشيلي. وسيحضر الضيوف العرض العسكري يوم السبت وجلسة رسمية للكونغرس يوم الأحد. ومن المقرر أن يغادر الضيوف البلاد يوم الاثنين بعد زيارة المتحف الوطني ومعرض الصناعات التقليدية. وفي المساء يقيم المضيف مأدبة عشاء على شرف الوفود. وبحسب القصر، يعكس حضور الضيوف الصداقة الطويلة بين شعوبهم. ولدى وصوله إلى القصر، قال رئيس فيجي للصحفيين إن العلاقات بين فيجي وتشيلي لم تكن أفضل من أي وقت مضى.",
  ],
];

describe("a first sentence listing three guest states is a gathering", () => {
  it.for(RECEIVED)("%s", async ([, text], { expect }) => {
    expect(await pairsOf(text)).toEqual([]);
  });
});
