import { describe, it } from "vitest";
import { pairKeysOf } from "../../helpers/pairs";

// FICTIONAL items written for this test. A state joins a regional forum: the first sentence, long with the forum's
// full name, says it joined, the second says so at the forum's summit in another state's capital, announced by that state's president, and the
// leaders present are listed after. The summit named in the second sentence makes it a gathering of many states,
// so the newcomer and the host make no pair. Italian says "summit" as often as "vertice".
const pairsOf = (text: string) => pairKeysOf(text, "2026-10-13");

const JOINED: readonly (readonly [string, string])[] = [
  [
    "en",
    "Bahrain formally joined the Forum for Dialogue and Confidence-Building in Central and Western Asia, a grouping of states set up three decades ago to promote peace, security and trade across the region, on Thursday, after talks with the leaders of Qatar and Oman. Bahrain was admitted as the forum's 30th member today at the summit under way in Tashkent, Uzbekistan, the Uzbek president announced to the participants. President Shavkat Mirziyoyev recalled that Bahrain had signed the forum's two founding documents on 11 October. “I welcome the Kingdom of Bahrain as the 30th member of the forum”, the Uzbek president said. Leaders of about a dozen countries attend, among them Iran, Iraq, Pakistan, Russia, Tajikistan and Turkey.",
  ],
  [
    "fr",
    "Le Bahreïn a rejoint jeudi le Forum pour le dialogue et la confiance en Asie centrale et occidentale, un groupement d'États créé il y a trois décennies pour promouvoir la paix, la sécurité et les échanges dans la région, après des entretiens avec les dirigeants du Qatar et d'Oman. Le Bahreïn a été admis comme 30e membre du forum aujourd'hui lors du sommet en cours à Tachkent, en Ouzbékistan, a annoncé le président ouzbek aux participants. Le président Chavkat Mirziyoyev a rappelé que le Bahreïn avait signé le 11 octobre les deux documents fondateurs du forum. « Je souhaite la bienvenue au Royaume de Bahreïn comme 30e membre du forum », a déclaré le président ouzbek. Les dirigeants d'une douzaine de pays y assistent, dont l'Iran, l'Irak, le Pakistan, la Russie, le Tadjikistan et la Turquie.",
  ],
  [
    "it",
    "Il Bahrein aderisce formalmente al Forum per il dialogo e la fiducia in Asia centrale e occidentale, un raggruppamento di Stati istituito tre decenni fa per promuovere la pace, la sicurezza e gli scambi nella regione, dopo i colloqui con i leader del Qatar e dell'Oman. Il Bahrein è stato ammesso oggi come 30° membro del forum nel corso del summit in corso a Tashkent, in Uzbekistan, lo ha annunciato il presidente uzbeko ai partecipanti. Il presidente Shavkat Mirziyoyev ha ricordato che il Bahrein ha firmato l'11 ottobre i due documenti fondativi del forum. «Do il benvenuto al Regno del Bahrein come 30° membro del forum», ha dichiarato il presidente uzbeko. Partecipano i leader di una dozzina di Paesi, tra cui Iran, Iraq, Pakistan, Russia, Tagikistan e Turchia.",
  ],
  [
    "es",
    "Bahréin se adhirió formalmente el jueves al Foro para el Diálogo y la Confianza en Asia Central y Occidental, una agrupación de Estados creada hace tres décadas para promover la paz, la seguridad y el comercio en la región, tras conversar con los líderes de Qatar y Omán. Bahréin fue admitido hoy como 30.º miembro del foro durante la cumbre que se celebra en Taskent, Uzbekistán, anunció el presidente uzbeko a los participantes. El presidente Shavkat Mirziyoyev recordó que Bahréin firmó el 11 de octubre los dos documentos fundacionales del foro. «Doy la bienvenida al Reino de Bahréin como 30.º miembro del foro», declaró el presidente uzbeko. Asisten líderes de una docena de países, entre ellos Irán, Irak, Pakistán, Rusia, Tayikistán y Turquía.",
  ],
  [
    "pt",
    "O Bahrein aderiu formalmente na quinta-feira ao Fórum para o Diálogo e a Confiança na Ásia Central e Ocidental, um agrupamento de Estados criado há três décadas para promover a paz, a segurança e o comércio na região, após conversações com os líderes do Catar e de Omã. O Bahrein foi admitido hoje como 30.º membro do fórum durante a cúpula em curso em Tashkent, no Uzbequistão, anunciou o presidente uzbeque aos participantes. O presidente Shavkat Mirziyoyev lembrou que o Bahrein assinou em 11 de outubro os dois documentos fundadores do fórum. «Dou as boas-vindas ao Reino do Bahrein como 30.º membro do fórum», declarou o presidente uzbeque. Participam líderes de uma dúzia de países, entre eles Irã, Iraque, Paquistão, Rússia, Tajiquistão e Turquia.",
  ],
  [
    "de",
    "Bahrain ist am Donnerstag dem Forum für Dialog und Vertrauensbildung in Zentral- und Westasien beigetreten, einem vor drei Jahrzehnten gegründeten Zusammenschluss von Staaten zur Förderung von Frieden, Sicherheit und Handel in der Region, nach Gesprächen mit den Staatschefs von Katar und Oman. Bahrain wurde heute auf dem Gipfel in Taschkent, Usbekistan, als 30. Mitglied des Forums aufgenommen, wie der usbekische Präsident den Teilnehmern mitteilte. Präsident Schawkat Mirsijojew erinnerte daran, dass Bahrain am 11. Oktober die beiden Gründungsdokumente des Forums unterzeichnet hatte. „Ich begrüße das Königreich Bahrain als 30. Mitglied des Forums“, sagte der usbekische Präsident. Staatschefs aus rund einem Dutzend Ländern nehmen teil, darunter Iran, Irak, Pakistan, Russland, Tadschikistan und die Türkei.",
  ],
  [
    "ru",
    "Бахрейн в четверг официально присоединился к Форуму по диалогу и мерам доверия в Центральной и Западной Азии, объединению государств, созданному три десятилетия назад для содействия миру, безопасности и торговле в регионе, после переговоров с лидерами Катара и Омана. Бахрейн был принят сегодня тридцатым членом форума на саммите в Ташкенте, Узбекистан, объявил участникам президент Узбекистана. Президент Шавкат Мирзиёев напомнил, что Бахрейн подписал 11 октября два основополагающих документа форума. «Приветствую Королевство Бахрейн в качестве тридцатого члена форума», — заявил президент Узбекистана. В мероприятии участвуют лидеры около десятка стран, в том числе Ирана, Ирака, Пакистана, России, Таджикистана и Турции.",
  ],
  [
    "ar",
    "انضمت البحرين رسميا يوم الخميس إلى منتدى الحوار وبناء الثقة في آسيا الوسطى والغربية، وهو تجمع للدول أنشئ قبل ثلاثة عقود لتعزيز السلام والأمن والتجارة في المنطقة، بعد محادثات مع قادة قطر وعُمان. وقُبلت البحرين اليوم عضوا ثلاثين في المنتدى خلال القمة المنعقدة في طشقند بأوزبكستان، حسبما أعلن الرئيس الأوزبكي أمام المشاركين. وذكّر الرئيس شوكت ميرضيائيف بأن البحرين وقعت في 11 أكتوبر الوثيقتين التأسيسيتين للمنتدى. وقال الرئيس الأوزبكي: «أرحب بمملكة البحرين عضوا ثلاثين في المنتدى». ويشارك في القمة قادة نحو اثنتي عشرة دولة، من بينها إيران والعراق وباكستان وروسيا وطاجيكستان وتركيا.",
  ],
];

describe("a summit told in the second sentence is a gathering of many states", () => {
  it.for(JOINED)("%s", async ([, text], { expect }) => {
    expect(await pairsOf(text)).toEqual([]);
  });
});
