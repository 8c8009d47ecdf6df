import { describe, it } from "vitest";
import { firmRows, sortedRows } from "../../helpers/firm-rows";

// FICTIONAL sentences in the project's words (an adversarial review's probes, kept where the pipeline reads them
// right): the Arabic future of a verb's prefix, a list told again, Russian genitive singulars and relative clauses
// ("under which") must neither lose a real signature nor invent one. Each is a report published on Wednesday
// 11 March 2026; its signed, ratified or in-force commitments as [status, legal form, signedOn], one per instrument.
type Firm = readonly [string, string | null, string | null];
const CASES: readonly (readonly [string, string, readonly Firm[]])[] = [
  ["p001", "وسيترأس رئيسا مصر والأردن يوم الخميس مراسم توقيع اتفاقيات للتعاون في مجالي الطاقة والنقل.", []],
  ["p002", "وستشهد زيارة الرئيس الجزائري إلى تونس توقيع مذكرة تفاهم في مجال الصحة.", []],
  [
    "p003",
    "واتفق وزيرا خارجية المغرب وموريتانيا على أن يشهد اجتماع اللجنة المشتركة المقبل توقيع اتفاقية للنقل البري.",
    [],
  ],
  [
    "p004",
    "وستسهم اتفاقية النقل البحري التي جرى توقيعها اليوم في الرباط بين المغرب والسنغال في تعزيز المبادلات التجارية.",
    [["signed", "agreement", "2026-03-11"]],
  ],
  [
    "p005",
    "وستفتح مذكرة التفاهم التي تم توقيعها أمس بين الأردن والعراق آفاقا جديدة للتعاون التجاري.",
    [["signed", "memorandum", "2026-03-10"]],
  ],
  [
    "p006",
    "ووقع وزيرا خارجية أستراليا وإندونيسيا في سيدني يوم الاثنين مذكرة تفاهم للتعاون البحري.",
    [["signed", "memorandum", "2026-03-09"]],
  ],
  [
    "p007",
    "وشهدت مدينة سيدني يوم الاثنين توقيع مذكرة تفاهم بين أستراليا وإندونيسيا للتعاون البحري.",
    [["signed", "memorandum", "2026-03-09"]],
  ],
  [
    "p008",
    "وشهد منتدى الاستثمار في سيناء يوم الثلاثاء توقيع اتفاقية بين مصر والسعودية لإنشاء منطقة صناعية.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p009",
    "وشهد رئيس جمهورية سيشيل والرئيس الإماراتي يوم الثلاثاء توقيع اتفاقية لتجنب الازدواج الضريبي بين البلدين.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p010",
    "وشهد منتدى ستافروبول الاقتصادي يوم الثلاثاء توقيع مذكرة تفاهم بين روسيا ومصر في مجال الزراعة.",
    [["signed", "memorandum", "2026-03-10"]],
  ],
  [
    "p011",
    "وبحضور سيناتور أمريكي جرى يوم الثلاثاء توقيع اتفاقية للتعاون التجاري بين المغرب والولايات المتحدة.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p013",
    "وأكد الوزيران أن البلدين سيواصلان التعاون الذي توج يوم الثلاثاء بتوقيع اتفاقية للتجارة الحرة بين تونس وليبيا.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p015",
    "وقال وزير التجارة المصري إن البلدين سيعززان التعاون بعدما وقعا يوم الثلاثاء اتفاقية للتجارة الحرة مع الأردن.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p016",
    "وشهد الوزير الروسي ستيبان كوزلوف ونظيره الجزائري يوم الثلاثاء توقيع مذكرة تفاهم في مجال الطاقة بين روسيا والجزائر.",
    [["signed", "memorandum", "2026-03-10"]],
  ],
  [
    "p017",
    "وشهدت الوزيرة الفرنسية سيلين دوفال ونظيرها المغربي يوم الثلاثاء توقيع اتفاقية للتعاون الثقافي بين فرنسا والمغرب.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p019",
    "وسيبحث الرئيسان خلال القمة التي تحتضنها العاصمة الجزائرية بحضور عدد كبير من الوزراء ورجال الأعمال من الجزائر وتونس توقيع اتفاقية للتبادل الحر.",
    [],
  ],
  ["p020", "وسيتم توقيع اتفاقية للتعاون الأمني بين مصر والسودان الأسبوع المقبل.", []],
  ["p021", "وسوف تشهد الزيارة توقيع اتفاقيات بين الكويت والعراق في مجالات الطاقة والزراعة.", []],
  ["p022", "واتفق الجانبان المصري والليبي على أن يتم توقيع اتفاقية الربط الكهربائي خلال الزيارة المقبلة.", []],
  [
    "p023",
    "وشدد الوزير السعودي على أن تكون اتفاقية الاستثمار التي تم توقيعها يوم الثلاثاء مع العراق بداية لشراكة أوسع.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p024",
    "وستتعزز العلاقات بين مصر والأردن بعد توقيع اتفاقية التجارة الحرة يوم الثلاثاء.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p025",
    "وستتعزز العلاقات التجارية بين مصر والأردن بفضل توقيع اتفاقية التجارة الحرة يوم الثلاثاء.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p026",
    "وشهدت العاصمة الكورية سيئول يوم الثلاثاء توقيع اتفاقية بين كوريا الجنوبية والإمارات للتعاون النووي.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p027",
    "وشهد مؤتمر أمن سيبراني إقليمي في الرياض يوم الثلاثاء توقيع مذكرة تفاهم بين السعودية والبحرين.",
    [["signed", "memorandum", "2026-03-10"]],
  ],
  [
    "p028",
    "وأكد وزيرا التجارة في مصر والمغرب أن المبادلات ستتضاعف مع دخول اتفاقية التجارة الحرة حيز التنفيذ أمس.",
    [["in_force", "agreement", null]],
  ],
  [
    "p030",
    "وشهدت مدينة سيدني أمس توقيع مذكرة تفاهم بين أستراليا وإندونيسيا للتعاون البحري.",
    [["signed", "memorandum", "2026-03-10"]],
  ],
  [
    "p031",
    "وشهدت العاصمة الكورية سيئول أمس توقيع اتفاقية بين كوريا الجنوبية والإمارات للتعاون النووي.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p033",
    "وشهد مؤتمر أمن سيبراني إقليمي في الرياض أمس توقيع مذكرة تفاهم بين السعودية والبحرين.",
    [["signed", "memorandum", "2026-03-10"]],
  ],
  [
    "p035",
    "Ghana and Morocco signed a memorandum of understanding and a protocol on Tuesday. The memorandum was signed by the foreign ministers and the protocol by the trade ministers.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "memorandum", "2026-03-10"],
    ],
  ],
  [
    "p037",
    "Algeria and Tunisia signed a memorandum of understanding and a protocol on Tuesday. The agreement on road transport was signed the same day by the two transport ministers.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "agreement", "2026-03-10"],
      ["signed", "memorandum", "2026-03-10"],
    ],
  ],
  [
    "p050",
    "Na terça-feira, em Lisboa, os ministros dos Negócios Estrangeiros de Portugal e de Moçambique assinaram um memorando de entendimento e um protocolo. No dia seguinte, no Porto, o protocolo sobre pescas foi assinado pelos dois ministros da Agricultura.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "agreement", "2026-03-11"],
      ["signed", "memorandum", "2026-03-10"],
    ],
  ],
  [
    "p053",
    "Am Dienstag unterzeichneten die Außenminister Deutschlands und Polens in Berlin eine Absichtserklärung und ein Protokoll. Am folgenden Tag wurde in Hamburg das Protokoll über Fischerei von den beiden Landwirtschaftsministern unterzeichnet.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "agreement", "2026-03-11"],
      ["signed", "declaration", "2026-03-10"],
    ],
  ],
  [
    "p054",
    "Deutschland und Polen haben am Dienstag eine Absichtserklärung und ein Protokoll unterzeichnet. Das Abkommen über den Straßenverkehr wurde am selben Tag von den beiden Verkehrsministern unterzeichnet.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "agreement", "2026-03-10"],
      ["signed", "declaration", "2026-03-10"],
    ],
  ],
  [
    "p056",
    "Во вторник в Москве министры иностранных дел России и Казахстана подписали меморандум о взаимопонимании и протокол. На следующий день в Казани протокол о рыболовстве подписали министры сельского хозяйства.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "agreement", "2026-03-11"],
      ["signed", "memorandum", "2026-03-10"],
    ],
  ],
  [
    "p058",
    "Россия и Армения подписали во вторник меморандум о взаимопонимании и протокол. На отдельной церемонии заместители министров иностранных дел подписали протокол.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "agreement", "2026-03-10"],
      ["signed", "memorandum", "2026-03-10"],
    ],
  ],
  [
    "p063",
    "Россия и Казахстан во вторник завершили подписание соглашения о торговле и транспорте.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p064",
    "Во вторник состоялось подписание нового соглашения о торговле и транспорте между Россией и Египтом.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p065",
    "Президент России подписал закон о ратификации соглашения с Египтом о торговле и инвестициях.",
    [["ratified", "agreement", null]],
  ],
  [
    "p066",
    "Во вторник министры культуры России и Кубы завершили подписание программы сотрудничества в области культуры и образования.",
    [["signed", "programme", "2026-03-10"]],
  ],
  [
    "p067",
    "Во вторник министры России и Египта представили журналистам подписанные сторонами соглашения о торговле и о транспорте.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "agreement", "2026-03-10"],
    ],
  ],
  [
    "p068",
    "В присутствии президентов Казахстана и Польши Касым-Жомарта Токаева и Кароля Навроцкого соглашения о транспорте и об энергетике подписали во вторник министры двух стран.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "agreement", "2026-03-10"],
    ],
  ],
  [
    "p069",
    "Во вторник в Каире завершилась церемония подписания. Соглашения о торговле и о транспорте подписали министры России и Египта.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "agreement", "2026-03-10"],
    ],
  ],
  [
    "p070",
    "Во вторник в Каире состоялось подписание: соглашения о торговле и о транспорте скрепили подписями министры России и Египта.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "agreement", "2026-03-10"],
    ],
  ],
  [
    "p071",
    "Помимо всего прочего, соглашения о торговле и о транспорте подписали во вторник министры России и Египта.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "agreement", "2026-03-10"],
    ],
  ],
  [
    "p072",
    "Россия и Египет во вторник объявили о вступлении в силу соглашения о торговле и инвестициях.",
    [["in_force", "agreement", null]],
  ],
  [
    "p075",
    "Во вторник Россия и Египет подписали три соглашения — о торговле, о транспорте и об энергетике.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "agreement", "2026-03-10"],
      ["signed", "agreement", "2026-03-10"],
    ],
  ],
  [
    "p076",
    "Во вторник министры России и Египта подписали межправительственные соглашения о торговле и о транспорте.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "agreement", "2026-03-10"],
    ],
  ],
  [
    "p077",
    "Министры России и Египта во вторник обсудили выполнение соглашения о торговле и транспорте, подписанного в 2019 году.",
    [],
  ],
  [
    "p078",
    "Vietnam and Laos signed an agreement on Tuesday, under which a joint training programme will be set up.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p079",
    "India and Nepal signed a trade agreement on Tuesday, under which tariffs will be halved, and a memorandum of understanding on tourism.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "memorandum", "2026-03-10"],
    ],
  ],
  [
    "p081",
    "Chile and Peru signed a framework agreement on Tuesday, whereby the two ministries will negotiate a protocol on fisheries.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p082",
    "Brazil and Argentina signed an energy agreement on Tuesday whereby gas exports will double, as well as a memorandum of understanding on culture.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "memorandum", "2026-03-10"],
    ],
  ],
  [
    "p083",
    "Vietnam and Laos signed an agreement on Tuesday, under the terms of which a joint training programme will be set up.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p084",
    "La France et le Maroc ont signé mardi un accord, en vertu duquel un programme commun de formation sera mis en place.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p085",
    "La Côte d'Ivoire et le Ghana ont signé mardi un accord commercial, en vertu duquel les droits de douane seront réduits de moitié, ainsi qu'un mémorandum d'entente sur le tourisme.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "memorandum", "2026-03-10"],
    ],
  ],
  [
    "p087",
    "Le Bénin et le Togo ont signé mardi un accord-cadre, selon lequel les deux ministères négocieront un protocole sur la pêche.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p088",
    "La France et le Maroc ont signé mardi un accord, par lequel un programme commun de formation sera mis en place.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p089",
    "L'Italia e l'Egitto hanno firmato martedì un accordo, in base al quale sarà istituito un programma comune di formazione.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p090",
    "L'Italia e la Libia hanno firmato martedì un accordo commerciale, in base al quale i dazi saranno dimezzati, e un memorandum d'intesa sul turismo.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "memorandum", "2026-03-10"],
    ],
  ],
  [
    "p092",
    "L'Italia e la Grecia hanno firmato martedì un accordo quadro, in virtù del quale i due ministeri negozieranno un protocollo sulla pesca.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p093",
    "L'Italia e l'Egitto hanno firmato martedì un accordo, ai sensi del quale sarà istituito un programma comune di formazione.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p094",
    "México y Guatemala firmaron el martes un acuerdo, en virtud del cual se creará un programa conjunto de formación.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p095",
    "Colombia y Ecuador firmaron el martes un acuerdo comercial, en virtud del cual se reducirán a la mitad los aranceles, y un memorando de entendimiento sobre turismo.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "memorandum", "2026-03-10"],
    ],
  ],
  [
    "p097",
    "Bolivia y Paraguay firmaron el martes un acuerdo marco, según el cual los dos ministerios negociarán un protocolo sobre pesca.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p098",
    "Los cancilleres de Argentina y Uruguay firmaron el martes, en una ceremonia mediante la cual se cerró la visita oficial, un acuerdo de cooperación energética.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p099",
    "México y Guatemala firmaron el martes un acuerdo, por el cual se creará un programa conjunto de formación.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p100",
    "Brasil e Angola assinaram na terça-feira um acordo, nos termos do qual será criado um programa conjunto de formação.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p101",
    "Portugal e Cabo Verde assinaram na terça-feira um acordo comercial, nos termos do qual as tarifas serão reduzidas para metade, e um memorando de entendimento sobre turismo.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "memorandum", "2026-03-10"],
    ],
  ],
  [
    "p103",
    "Brasil e Uruguai assinaram na terça-feira um acordo-quadro, segundo o qual os dois ministérios vão negociar um protocolo sobre pescas.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p104",
    "Brasil e Angola assinaram na terça-feira um acordo, através do qual será criado um programa conjunto de formação.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p105",
    "Deutschland und Kenia unterzeichneten am Dienstag ein Abkommen, wonach ein gemeinsames Ausbildungsprogramm eingerichtet wird.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p106",
    "Deutschland und Ghana unterzeichneten am Dienstag ein Handelsabkommen, wonach die Zölle halbiert werden, und eine Absichtserklärung über Tourismus.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "declaration", "2026-03-10"],
    ],
  ],
  [
    "p107",
    "Das Abkommen, demzufolge ein Kooperationsprogramm gestartet wird, wurde am Dienstag von den Ministern Österreichs und Ungarns unterzeichnet.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p108",
    "Deutschland und Tschechien unterzeichneten am Dienstag ein Rahmenabkommen, wonach die beiden Ministerien ein Protokoll über Fischerei aushandeln werden.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p109",
    "Deutschland und Frankreich unterzeichneten am Dienstag gemäß dem Zeitplan des Gipfels ein Energieabkommen.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p110",
    "Österreich und Slowenien unterzeichneten am Dienstag gemäß der Tagesordnung des Treffens ein Abkommen über Grenzkontrollen.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p111",
    "Deutschland und Kenia unterzeichneten am Dienstag ein Abkommen, nach dem ein gemeinsames Ausbildungsprogramm eingerichtet wird.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p112",
    "Россия и Вьетнам подписали во вторник соглашение, согласно которому будет создана совместная программа подготовки кадров.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p113",
    "Россия и Индия подписали во вторник торговое соглашение, согласно которому пошлины будут снижены вдвое, и меморандум о взаимопонимании в сфере туризма.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "memorandum", "2026-03-10"],
    ],
  ],
  [
    "p115",
    "Россия и Монголия подписали во вторник рамочное соглашение, по которому министерства двух стран проведут переговоры о протоколе по рыболовству.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p116",
    "Россия и Китай подписали во вторник соглашение о строительстве трассы, по которой пойдут грузы, и меморандум о сотрудничестве в сфере туризма.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "memorandum", "2026-03-10"],
    ],
  ],
  [
    "p117",
    "Россия и Таджикистан подписали во вторник рамочное соглашение, в рамках которого будет создана программа молодёжных обменов.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p118",
    "ووقعت مصر والأردن يوم الثلاثاء اتفاقية يتم بموجبها إنشاء برنامج مشترك للتدريب.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p119",
    "ووقعت السعودية والعراق يوم الثلاثاء اتفاقية للتجارة تنص على خفض الرسوم الجمركية إلى النصف، إلى جانب مذكرة تفاهم للتعاون السياحي.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "memorandum", "2026-03-10"],
    ],
  ],
  [
    "p121",
    "ووقعت الإمارات ومصر يوم الثلاثاء اتفاقية إطارية تنص على أن تتفاوض الوزارتان بشأن بروتوكول للصيد البحري.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p122",
    "ووقع الجانبان المصري والسوداني يوم الثلاثاء اتفاقا إطاريا، ووقعا بموجبه ثلاثة بروتوكولات تنفيذية في مجالات الري والزراعة والكهرباء.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "agreement", "2026-03-10"],
      ["signed", "agreement", "2026-03-10"],
      ["signed", "agreement", "2026-03-10"],
    ],
  ],
  [
    "p123",
    "ووقعت مصر والأردن يوم الثلاثاء اتفاقية يقضي أحد بنودها بإنشاء برنامج مشترك للتدريب.",
    [["signed", "agreement", "2026-03-10"]],
  ],
  [
    "p125",
    "Le Ghana et le Maroc ont signé mardi un mémorandum d'entente et un protocole de coopération. Les deux ministres ont eu des entretiens à Accra avant de signer un mémorandum d'entente sur les consultations politiques et un protocole sur le commerce.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "memorandum", "2026-03-10"],
    ],
  ],
  [
    "p126",
    "Il Ghana e il Marocco hanno firmato martedì un memorandum d'intesa e un protocollo di cooperazione. I due ministri hanno avuto colloqui ad Accra prima di firmare un memorandum d'intesa sulle consultazioni politiche e un protocollo sul commercio.",
    [
      ["signed", "agreement", "2026-03-10"],
      ["signed", "memorandum", "2026-03-10"],
    ],
  ],
  ["p132", "وستوقع مصر والأردن يوم الخميس اتفاقية للتعاون في مجال الطاقة.", []],
  [
    "p133",
    "وأعلن الوزير أن البلدين سيعقدان اجتماعا للجنة المشتركة قبل توقيع اتفاقية التجارة بين مصر وتونس الشهر المقبل.",
    [],
  ],
];

describe("four rules read where they govern, and nowhere else", () => {
  it.for(CASES)("%s", async ([, text, expected], { expect }) => {
    const got = await firmRows(text, ["status", "legalForm", "signedOn"], { perInstrument: true });
    expect(got.rows).toEqual(sortedRows(expected));
  });
});
