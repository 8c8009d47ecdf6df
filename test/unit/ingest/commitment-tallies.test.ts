/**
 * Tallies of a relationship's instruments are no batch signed at the happening, in the eight languages, through
 * findCommitments (sentences in our own words): a count over the years ("since 2015, 30 agreements", "so far",
 * "the number of agreements rose to"), and a plural mention of instruments signed before ("the agreements signed
 * previously", "after independence … several agreements", a pluperfect "had been signed").
 */
import { describe, it } from "vitest";
import { byLanguage, firmInstruments } from "../../helpers/commitment-read";

/** Each case: what it shows, how many instruments are signed, and the text in each language it is written in. */
const CASES: { about: string; title: string; firm: number; texts: Record<string, string> }[] = [
  {
    about: "a count of the instruments signed over the years",
    title: "since a year",
    firm: 0,
    texts: {
      en: "The minister received his Peruvian counterpart on Friday. Since 2012, the two countries have signed more than 30 agreements.",
      fr: "Le ministre a reçu vendredi son homologue péruvien. Depuis 2012, les deux pays ont signé plus de 30 accords.",
      it: "Il ministro ha ricevuto venerdì il suo omologo peruviano. Dal 2012 i due Paesi hanno firmato oltre 30 accordi.",
      es: "El ministro recibió el viernes a su homólogo peruano. Desde 2012, ambos países han firmado más de 30 acuerdos.",
      pt: "O ministro recebeu na sexta-feira o seu homólogo peruano. Desde 2012, os dois países assinaram mais de 30 acordos.",
      de: "Der Minister empfing am Freitag seinen peruanischen Amtskollegen. Seit 2012 haben beide Länder mehr als 30 Abkommen unterzeichnet.",
      ru: "Министр принял в пятницу перуанского коллегу. С 2012 года две страны подписали более 30 соглашений.",
      ar: "استقبل الوزير يوم الجمعة نظيره البيروفي. ووقع البلدان منذ عام 2012 أكثر من 30 اتفاقية.",
    },
  },
  {
    about: "a count of the instruments signed over the years",
    title: "so far",
    firm: 0,
    texts: {
      en: "The minister received his Peruvian counterpart on Friday. So far, the two countries have signed 25 agreements and memoranda.",
      fr: "Le ministre a reçu vendredi son homologue péruvien. À ce jour, les deux pays ont signé 25 accords et mémorandums.",
      it: "Il ministro ha ricevuto venerdì il suo omologo peruviano. Finora i due Paesi hanno firmato 25 accordi e memorandum.",
      es: "El ministro recibió el viernes a su homólogo peruano. Hasta la fecha, ambos países han firmado 25 acuerdos y memorandos.",
      pt: "O ministro recebeu na sexta-feira o seu homólogo peruano. Até agora, os dois países assinaram 25 acordos e memorandos.",
      de: "Der Minister empfing am Freitag seinen peruanischen Amtskollegen. Bislang haben beide Länder 25 Abkommen und Memoranden unterzeichnet.",
      ru: "Министр принял в пятницу перуанского коллегу. На сегодняшний день две страны подписали 25 соглашений и меморандумов.",
      ar: "استقبل الوزير يوم الجمعة نظيره البيروفي. ووقع البلدان حتى الآن 25 اتفاقية ومذكرة تفاهم.",
    },
  },
  {
    about: "a count of the instruments signed over the years",
    title: "over the past years",
    firm: 0,
    texts: {
      en: "The minister received his Peruvian counterpart on Friday. Over the past years the two countries have signed 20 agreements.",
      fr: "Le ministre a reçu vendredi son homologue péruvien. Au cours des dernières années, les deux pays ont signé 20 accords.",
      it: "Il ministro ha ricevuto venerdì il suo omologo peruviano. Negli ultimi anni i due Paesi hanno firmato 20 accordi.",
      es: "El ministro recibió el viernes a su homólogo peruano. En los últimos años ambos países han firmado 20 acuerdos.",
      pt: "O ministro recebeu na sexta-feira o seu homólogo peruano. Nos últimos anos os dois países assinaram 20 acordos.",
      de: "Der Minister empfing am Freitag seinen peruanischen Amtskollegen. In den letzten Jahren haben beide Länder 20 Abkommen unterzeichnet.",
      ru: "Министр принял в пятницу перуанского коллегу. За последние годы две страны подписали 20 соглашений.",
      ar: "استقبل الوزير يوم الجمعة نظيره البيروفي. ووقع البلدان خلال السنوات الماضية 20 اتفاقية.",
    },
  },
  {
    about: "a count of the instruments signed over the years",
    title: "since then",
    firm: 0,
    texts: {
      en: "The two countries opened relations in 1994. Since then, they have signed 18 agreements on health and trade.",
      fr: "Les deux pays ont noué des relations en 1994. Depuis lors, ils ont signé 18 accords sur la santé et le commerce.",
      it: "I due Paesi hanno avviato relazioni nel 1994. Da allora hanno firmato 18 accordi su sanità e commercio.",
      es: "Los dos países abrieron relaciones en 1994; desde entonces han firmado 18 acuerdos de salud y comercio.",
      pt: "Os dois países abriram relações em 1994. Desde então, assinaram 18 acordos de saúde e comércio.",
      de: "Die beiden Länder nahmen 1994 Beziehungen auf. Seitdem haben sie 18 Abkommen über Gesundheit und Handel unterzeichnet.",
      ru: "Две страны установили отношения в 1994 году. С тех пор они подписали 18 соглашений о здравоохранении и торговле.",
      ar: "أقام البلدان علاقاتهما عام 1994، ومنذ ذلك الحين وقعا 18 اتفاقية في الصحة والتجارة.",
    },
  },
  {
    about: "a count of the instruments signed over the years",
    title: "since then, after an hour of the day itself",
    firm: 4,
    texts: {
      en: "The talks between Chile and Peru began at 9 a.m. on Tuesday. Since then, the delegations have signed four agreements.",
      fr: "Les travaux entre le Chili et le Pérou ont commencé mardi à 9 heures. Depuis lors, les délégations ont signé quatre accords.",
      it: "Il vertice tra Cile e Perù è iniziato stamattina. Da allora le delegazioni hanno firmato quattro accordi.",
      pt: "As delegações do Chile e do Peru começaram os trabalhos às 9h desta terça-feira. Desde então, já assinaram quatro acordos.",
    },
  },
  {
    about: "a count of the instruments signed over the years",
    title: "the day's batch counts, the total it raises does not",
    firm: 3,
    texts: {
      en: "The ministers signed three agreements on Friday. The number of agreements signed between the two countries has thus risen to 40.",
      fr: "Les ministres ont signé vendredi trois accords. Le nombre d'accords signés entre les deux pays s'élève ainsi à 40.",
      it: "I ministri hanno firmato venerdì tre accordi. Il numero degli accordi firmati tra i due Paesi sale così a 40.",
      es: "Los ministros firmaron el viernes tres acuerdos. El número de acuerdos firmados entre ambos países asciende así a 40.",
      pt: "Os ministros assinaram na sexta-feira três acordos. O número de acordos assinados entre os dois países sobe assim para 40.",
      de: "Die Minister unterzeichneten am Freitag drei Abkommen. Die Zahl der unterzeichneten Abkommen zwischen beiden Ländern steigt damit auf 40.",
      ru: "Министры подписали в пятницу три соглашения. Число подписанных между двумя странами соглашений достигло таким образом 40.",
      ar: "وقع الوزيران يوم الجمعة ثلاث اتفاقيات. وبذلك يرتفع عدد الاتفاقيات الموقعة بين البلدين إلى 40 اتفاقية.",
    },
  },
  {
    about: "a count of the instruments signed over the years",
    title: "a count of the day stays a batch",
    firm: 4,
    texts: {
      en: "The ministers signed four agreements on Friday.",
      fr: "Les ministres ont signé vendredi quatre accords.",
      ar: "وقع الوزيران يوم الجمعة أربع اتفاقيات.",
      de: "Die Minister unterzeichneten am Freitag vier Abkommen.",
    },
  },
  {
    about: "instruments of the relationship signed before, in the plural and uncounted",
    title: "signed previously",
    firm: 0,
    texts: {
      en: "The presidents met on Friday. They reviewed the implementation of the agreements signed previously between the two countries.",
      fr: "Les présidents se sont rencontrés vendredi. Ils ont passé en revue la mise en œuvre des accords signés précédemment entre les deux pays.",
      it: "I presidenti si sono incontrati venerdì. Hanno esaminato l'attuazione degli accordi firmati in precedenza tra i due Paesi.",
      es: "Los presidentes se reunieron el viernes. Revisaron la aplicación de los acuerdos firmados anteriormente entre ambos países.",
      pt: "Os presidentes reuniram-se na sexta-feira. Analisaram a execução dos acordos assinados anteriormente entre os dois países.",
      de: "Die Präsidenten trafen sich am Freitag. Sie prüften die Umsetzung der zuvor unterzeichneten Vereinbarungen zwischen beiden Ländern.",
      ru: "Президенты встретились в пятницу. Они рассмотрели выполнение соглашений, подписанных прежде между двумя странами.",
      ar: "التقى الرئيسان يوم الجمعة. واستعرضا تنفيذ الاتفاقيات الموقعة سابقا بين البلدين.",
    },
  },
  {
    about: "instruments of the relationship signed before, in the plural and uncounted",
    title: "since independence",
    firm: 0,
    texts: {
      en: "The minister arrives on Friday. Since independence, the two countries have signed several agreements in health and education.",
      fr: "Le ministre arrive vendredi. Depuis l'indépendance, les deux pays ont signé plusieurs accords dans la santé et l'éducation.",
      it: "Il ministro arriva venerdì. Dall'indipendenza i due Paesi hanno firmato diversi accordi nella sanità e nell'istruzione.",
      es: "El ministro llega el viernes. Desde la independencia, ambos países han firmado varios acuerdos en salud y educación.",
      pt: "O ministro chega na sexta-feira. Desde a independência, os dois países assinaram vários acordos na saúde e na educação.",
      de: "Der Minister kommt am Freitag. Seit der Unabhängigkeit haben beide Länder mehrere Abkommen über Gesundheit und Bildung unterzeichnet.",
      ru: "Министр прибывает в пятницу. С момента обретения независимости две страны подписали несколько соглашений в области здравоохранения и образования.",
      ar: "يصل الوزير يوم الجمعة. ومنذ الاستقلال وقع البلدان عدة اتفاقيات في مجالي الصحة والتعليم.",
    },
  },
  {
    about: "instruments of the relationship signed before, in the plural and uncounted",
    title: "had been signed",
    firm: 0,
    texts: {
      en: "The minister arrived on Friday. During the January visit, agreements on energy and migration had been signed.",
      fr: "Le ministre est arrivé vendredi. Lors de la visite de janvier, des accords sur l'énergie et les migrations avaient été signés.",
      it: "Il ministro è arrivato venerdì. In occasione della visita di gennaio erano stati firmati accordi su energia e migrazioni.",
      es: "El ministro llegó el viernes. Durante la visita de enero se habían firmado acuerdos sobre energía y migración.",
      pt: "O ministro chegou na sexta-feira. Durante a visita de janeiro tinham sido assinados acordos sobre energia e migração.",
      de: "Der Minister kam am Freitag an. Beim Besuch im Januar waren Abkommen über Energie und Migration unterzeichnet worden.",
    },
  },
  {
    about: "a pluperfect of any verb of signing, with 'already' and a count",
    title: "had already initialled",
    firm: 0,
    texts: {
      en: "The two presidents met on Wednesday. In May 2018 the two states had already inked five cooperation agreements.",
      fr: "Les deux présidents se sont rencontrés mercredi. En mai 2018, les deux États avaient déjà paraphé cinq accords de coopération.",
      it: "I due presidenti si sono incontrati mercoledì. Nel maggio 2018 i due Stati avevano già siglato cinque accordi di cooperazione.",
      es: "Los dos presidentes se reunieron el miércoles. En mayo de 2018 ambos Estados ya habían rubricado cinco acuerdos de cooperación.",
      pt: "Os dois presidentes reuniram-se na quarta-feira. Em maio de 2018 os dois Estados já haviam rubricado cinco acordos de cooperação.",
      de: "Die beiden Präsidenten trafen sich am Mittwoch. Im Mai 2018 hatten die beiden Staaten bereits fünf Kooperationsabkommen paraphiert.",
    },
  },
  {
    about: "instruments of the relationship signed before, in the plural",
    title: "at an earlier visit",
    firm: 0,
    texts: {
      en: "The prime minister arrived in Lima on Friday. The two sides praised the agreements signed during the previous visit of the president.",
      fr: "Le Premier ministre est arrivé vendredi à Lima. Les deux parties ont salué les accords signés lors de la précédente visite du président.",
      it: "Il primo ministro è arrivato venerdì a Lima. Le due parti hanno elogiato gli accordi firmati durante la precedente visita del presidente.",
      es: "El primer ministro llegó el viernes a Lima. Ambas partes elogiaron los acuerdos firmados durante la visita anterior del presidente.",
      pt: "O primeiro-ministro chegou na sexta-feira a Lima. As duas partes elogiaram os acordos assinados durante a visita anterior do presidente.",
      de: "Der Ministerpräsident kam am Freitag in Lima an. Beide Seiten würdigten die Vereinbarungen, die beim letzten Besuch des Präsidenten unterzeichnet wurden.",
      ru: "Премьер-министр прибыл в пятницу в Лиму. Стороны высоко оценили соглашения, подписанные в ходе предыдущего визита президента.",
      ar: "وصل رئيس الوزراء يوم الجمعة إلى ليما. وأشاد الجانبان بالاتفاقيات التي وقعت خلال الزيارة السابقة للرئيس.",
    },
  },
  {
    about: "a count of the instruments signed over the years",
    title: "in an earlier year, or over decades",
    firm: 0,
    texts: {
      en: "The prime minister arrived in Lima on Friday. In 2022, the two countries signed five cooperation agreements. They have signed dozens of agreements in recent decades.",
      fr: "Le Premier ministre est arrivé vendredi à Lima. En 2022, les deux pays ont signé cinq accords de coopération. Ils ont signé des dizaines d'accords au cours des dernières décennies.",
      it: "Il primo ministro è arrivato venerdì a Lima. Nel 2022 i due Paesi hanno firmato cinque accordi di cooperazione. Negli ultimi decenni hanno firmato decine di accordi.",
      es: "El primer ministro llegó el viernes a Lima. En 2022, ambos países firmaron cinco acuerdos de cooperación. En las últimas décadas han firmado decenas de acuerdos.",
      pt: "O primeiro-ministro chegou na sexta-feira a Lima. Em 2022, os dois países assinaram cinco acordos de cooperação. Nas últimas décadas assinaram dezenas de acordos.",
      ru: "Премьер-министр прибыл в пятницу в Лиму. В 2022 году две страны подписали пять соглашений о сотрудничестве. За последние десятилетия они подписали десятки соглашений.",
      ar: "وصل رئيس الوزراء يوم الجمعة إلى ليما. ووقع البلدان في عام 2022 خمس اتفاقيات للتعاون. ووقعا عشرات الاتفاقيات خلال العقود الماضية.",
    },
  },
  {
    about: "the relationship's instruments named by their signing, with no day",
    title: "signed between the two countries",
    firm: 0,
    texts: {
      en: "The minister received his Egyptian counterpart on Friday. The two sides reviewed the agreements and memoranda signed between the two countries.",
      fr: "Le ministre a reçu vendredi son homologue égyptien. Les deux parties ont passé en revue les accords et mémorandums signés entre les deux pays.",
      it: "Il ministro ha ricevuto venerdì il suo omologo egiziano. Le due parti hanno esaminato gli accordi e i memorandum firmati tra i due Paesi.",
      es: "El ministro recibió el viernes a su homólogo egipcio. Ambas partes repasaron los acuerdos y memorandos firmados entre los dos países.",
      pt: "O ministro recebeu na sexta-feira o seu homólogo egípcio. As duas partes analisaram os acordos e memorandos assinados entre os dois países.",
      de: "Der Minister empfing am Freitag seinen ägyptischen Amtskollegen. Beide Seiten prüften die unterzeichneten Vereinbarungen und Memoranden zwischen beiden Ländern.",
      ar: "استقبل الوزير يوم الجمعة نظيره المصري، واستعرض الجانبان الاتفاقيات ومذكرات التفاهم الموقعة بين البلدين.",
    },
  },
  {
    about: "the relationship's instruments named by their signing, with no day",
    title: "a day or the visit makes them the happening's",
    firm: 1,
    texts: {
      en: "The minister received his Egyptian counterpart on Friday. They praised the agreements signed between the two countries during the visit.",
      fr: "Le ministre a reçu vendredi son homologue égyptien. Ils ont salué les accords signés ce jour entre les deux pays.",
      ar: "استقبل الوزير يوم الجمعة نظيره المصري، وأشاد الجانبان بالاتفاقيات الموقعة اليوم بين البلدين.",
    },
  },
  {
    about: "a pluperfect anchored to the day before the lead's happening tells a signing of the visit",
    title: "the day before",
    firm: 12,
    texts: {
      en: "The summit of the union with Peru opened in Rome on Thursday. The day before, during bilateral talks between the two delegations, twelve cooperation agreements had been signed between Italy and Peru.",
      fr: "Le sommet de l'union avec le Pérou s'est ouvert jeudi à Rome. La veille, lors des entretiens bilatéraux entre les deux délégations, douze accords de coopération avaient été signés entre l'Italie et le Pérou.",
      it: "Il vertice dell'unione con il Perù si è aperto giovedì a Roma. Il giorno precedente, nel corso dei colloqui bilaterali tra le due delegazioni, erano stati firmati dodici accordi di collaborazione tra Italia e Perù.",
      es: "La cumbre de la unión con Perú se abrió el jueves en Roma. El día anterior, durante las conversaciones bilaterales entre ambas delegaciones, se habían firmado doce acuerdos de cooperación entre Italia y Perú.",
      pt: "A cimeira da união com o Peru abriu na quinta-feira em Roma. No dia anterior, durante as conversações bilaterais entre as duas delegações, tinham sido assinados doze acordos de cooperação entre a Itália e o Peru.",
      de: "Der Gipfel der Union mit Peru begann am Donnerstag in Rom. Am Vortag waren bei bilateralen Gesprächen der beiden Delegationen zwölf Kooperationsabkommen zwischen Italien und Peru unterzeichnet worden.",
    },
  },
  {
    about: "a count of the instruments signed in the year before",
    title: "last year",
    firm: 0,
    texts: {
      en: "The minister received his Peruvian counterpart on Friday. Last year, the two countries signed 12 agreements.",
      fr: "Le ministre a reçu vendredi son homologue péruvien. L'an dernier, les deux pays ont signé 12 accords.",
      it: "Il ministro ha ricevuto venerdì il suo omologo peruviano. L'anno scorso i due Paesi hanno firmato 12 accordi.",
      es: "El ministro recibió el viernes a su homólogo peruano. El año pasado, ambos países firmaron 12 acuerdos.",
      pt: "O ministro recebeu na sexta-feira o seu homólogo peruano. No ano passado, os dois países assinaram 12 acordos.",
      de: "Der Minister empfing am Freitag seinen peruanischen Amtskollegen. Im vergangenen Jahr unterzeichneten beide Länder 12 Abkommen.",
      ar: "استقبل الوزير يوم الجمعة نظيره البيروفي. ووقع البلدان العام الماضي 12 اتفاقية.",
    },
  },
  {
    about: "a batch of the day that a sentence sets after the year before",
    title: "last year, then a day",
    firm: 3,
    texts: {
      en: "Following the talks held last year, the two countries signed three agreements on Friday.",
      fr: "Après les discussions de l'an dernier, les deux pays ont signé vendredi trois accords.",
      es: "Tras las conversaciones del año pasado, ambos países firmaron el viernes tres acuerdos.",
      ar: "وبعد مباحثات العام الماضي، وقع البلدان يوم الجمعة ثلاث اتفاقيات.",
    },
  },
  {
    about: "the instruments in place told as an amount",
    title: "which number",
    firm: 0,
    texts: {
      en: "The ministers met on Friday and stressed the need to apply the agreements between the two countries, which number 30 agreements.",
      fr: "Les ministres se sont réunis vendredi et ont insisté sur les accords liant les deux pays, au nombre de 30 accords.",
      es: "Los ministros se reunieron el viernes y destacaron los convenios entre ambos países, que suman 30 acuerdos.",
      ar: "واجتمع الوزيران يوم الجمعة وأكدا أهمية الاتفاقيات بين البلدين والتي يبلغ عددها 30 اتفاقية.",
    },
  },
  {
    about: "the instruments in place told as an amount",
    title: "the number of",
    firm: 0,
    texts: {
      en: "The minister recalled on Friday that the number of agreements signed between the two countries has reached 30.",
      fr: "Le ministre a rappelé vendredi que le nombre d'accords signés entre les deux pays s'élève à 30.",
      es: "El ministro recordó el viernes que el número de acuerdos firmados entre ambos países asciende a 30.",
      pt: "O ministro lembrou na sexta-feira que o número de acordos assinados entre os dois países chega a 30.",
      ru: "Министр напомнил в пятницу, что число соглашений, подписанных между двумя странами, достигло 30.",
      ar: "وأشار الوزير يوم الجمعة إلى أن عدد الاتفاقيات الموقعة بين البلدين بلغ 30 اتفاقية.",
    },
  },
  {
    about: "a batch of the day told as some",
    title: "a number of",
    firm: 1,
    texts: {
      en: "On Friday the two countries signed a number of agreements on trade.",
      ar: "ووقع البلدان يوم الجمعة عددا من الاتفاقيات في مجال التجارة.",
    },
  },
];

for (const c of CASES) {
  describe(c.about, () => {
    it.for(byLanguage(c.texts))(`$lang: ${c.title}`, ({ lang, text }, { expect }) => {
      expect(firmInstruments(lang, text)).toBe(c.firm);
    });
  });
}
