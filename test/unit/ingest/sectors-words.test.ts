import { describe, it } from "vitest";
import { itFindsFields, sectorsIn } from "../../helpers/sectors";

describe("findSectors: general words of each field the lexicons lacked", () => {
  // FICTIONAL leads, one field's word each.
  itFindsFields([
    [
      "en",
      "The ministers signed a memorandum on veterinary services and animal husbandry.",
      "agriculture-food-security",
    ],
    ["fr", "Les ministres ont signé un mémorandum sur les services vétérinaires.", "agriculture-food-security"],
    ["es", "Los ministros firmaron un memorando sobre servicios veterinarios.", "agriculture-food-security"],
    ["pt", "Os ministros assinaram um memorando sobre serviços veterinários.", "agriculture-food-security"],
    ["it", "I ministri hanno firmato un memorandum sui servizi veterinari.", "agriculture-food-security"],
    ["ru", "Министры подписали меморандум о ветеринарии и животноводстве.", "agriculture-food-security"],
    [
      "de",
      "Die Minister unterzeichneten eine Erklärung über Veterinärmedizin und Tierhaltung.",
      "agriculture-food-security",
    ],
    ["ar", "ووقع الوزيران مذكرة حول الخدمات البيطرية.", "agriculture-food-security"],
    ["en", "The two governments agreed on a line of credit and budget support.", "economy-trade-investment"],
    ["fr", "Les deux gouvernements ont conclu une ligne de crédit et un appui budgétaire.", "economy-trade-investment"],
    ["es", "Los dos gobiernos acordaron una línea de crédito y un apoyo presupuestario.", "economy-trade-investment"],
    ["pt", "Os dois governos acordaram uma linha de crédito e um apoio orçamental.", "economy-trade-investment"],
    [
      "it",
      "I due governi hanno concordato una linea di credito e il sostegno al bilancio.",
      "economy-trade-investment",
    ],
    ["ru", "Правительства договорились о кредитной линии и бюджетной поддержке.", "economy-trade-investment"],
    ["de", "Die Regierungen vereinbarten eine Kreditlinie und Budgethilfe.", "economy-trade-investment"],
    ["ar", "واتفقت الحكومتان على خط ائتمان ودعم الميزانية.", "economy-trade-investment"],
    ["en", "The delegations reviewed the maritime boundaries of both states.", "sovereignty-and-disputes"],
    ["fr", "Les délégations ont examiné la frontière maritime des deux États.", "sovereignty-and-disputes"],
    ["es", "Las delegaciones revisaron los límites marítimos de ambos Estados.", "sovereignty-and-disputes"],
    ["pt", "As delegações reviram a fronteira marítima dos dois Estados.", "sovereignty-and-disputes"],
    ["it", "Le delegazioni hanno esaminato il confine marittimo dei due Stati.", "sovereignty-and-disputes"],
    ["ru", "Делегации обсудили морскую границу двух государств.", "sovereignty-and-disputes"],
    ["de", "Die Delegationen erörterten die Seegrenze der beiden Staaten.", "sovereignty-and-disputes"],
    ["ar", "وبحث الوفدان الحدود البحرية بين الدولتين.", "sovereignty-and-disputes"],
    ["en", "The ministers marked forty years of the peace treaty.", "sovereignty-and-disputes"],
    ["fr", "Les ministres ont célébré les quarante ans du traité de paix.", "sovereignty-and-disputes"],
    ["es", "Los cancilleres recordaron los cuarenta años del Tratado de Paz.", "sovereignty-and-disputes"],
    ["pt", "Os ministros assinalaram os quarenta anos do tratado de paz.", "sovereignty-and-disputes"],
    ["it", "I ministri hanno ricordato i quarant'anni del trattato di pace.", "sovereignty-and-disputes"],
    ["ru", "Министры отметили сорокалетие мирного договора.", "sovereignty-and-disputes"],
    ["de", "Die Minister erinnerten an vierzig Jahre Friedensvertrag.", "sovereignty-and-disputes"],
    ["ar", "واحتفل الوزيران بمرور أربعين عاما على معاهدة السلام.", "sovereignty-and-disputes"],
  ]);
});

describe("findSectors: more general words of each field", () => {
  // FICTIONAL leads, one field's word each: critical minerals and machine building are industry (the economy),
  // demining, peacekeeping and drug or human trafficking are security, readmission and migrant workers are mobility,
  // support for a candidacy in an international body is multilateral coordination.
  itFindsFields([
    ["en", "The ministers signed a memorandum on critical minerals.", "economy-trade-investment"],
    ["fr", "Les ministres ont signé un mémorandum sur les minerais critiques.", "economy-trade-investment"],
    ["es", "Los ministros firmaron un memorando sobre minerales críticos.", "economy-trade-investment"],
    ["pt", "Os ministros assinaram um memorando sobre minerais críticos.", "economy-trade-investment"],
    ["it", "I ministri hanno firmato un memorandum sulle materie prime critiche.", "economy-trade-investment"],
    ["ru", "Министры подписали меморандум о критически важных минералах и машиностроении.", "economy-trade-investment"],
    ["de", "Die Minister unterzeichneten eine Erklärung über kritische Rohstoffe.", "economy-trade-investment"],
    ["ar", "ووقع الوزيران مذكرة حول المعادن الحرجة.", "economy-trade-investment"],
    ["en", "The army engineers will help with humanitarian demining.", "security-defence"],
    ["fr", "Les deux pays coopéreront au déminage humanitaire.", "security-defence"],
    ["es", "Ambos países cooperarán en el desminado humanitario.", "security-defence"],
    ["pt", "Os dois países vão cooperar na desminagem humanitária.", "security-defence"],
    ["it", "I due paesi coopereranno nello sminamento umanitario.", "security-defence"],
    ["ru", "Страны будут сотрудничать в гуманитарном разминировании.", "security-defence"],
    ["de", "Beide Länder arbeiten bei der humanitären Minenräumung zusammen.", "security-defence"],
    ["ar", "وسيتعاون البلدان في إزالة الألغام.", "security-defence"],
    ["en", "The ministers discussed peacekeeping missions and drug trafficking.", "security-defence"],
    ["fr", "Les ministres ont évoqué le maintien de la paix et le trafic de drogue.", "security-defence"],
    ["es", "Los ministros hablaron del mantenimiento de la paz y de la trata de personas.", "security-defence"],
    ["pt", "Os ministros falaram da manutenção da paz e do tráfico de drogas.", "security-defence"],
    ["it", "I ministri hanno parlato del mantenimento della pace e del traffico di droga.", "security-defence"],
    ["ru", "Министры обсудили миротворческие операции и торговлю людьми.", "security-defence"],
    ["de", "Die Minister sprachen über Friedenssicherung und Drogenhandel.", "security-defence"],
    ["ar", "وبحث الوزيران عمليات حفظ السلام وتهريب المخدرات.", "security-defence"],
    ["en", "The ministers signed a readmission agreement on migrant workers.", "mobility-consular"],
    ["fr", "Les ministres ont signé un accord de réadmission.", "mobility-consular"],
    ["es", "Los ministros firmaron un acuerdo de readmisión.", "mobility-consular"],
    ["pt", "Os ministros assinaram um acordo de readmissão.", "mobility-consular"],
    ["it", "I ministri hanno firmato un accordo di riammissione.", "mobility-consular"],
    ["ru", "Министры подписали соглашение о реадмиссии.", "mobility-consular"],
    ["de", "Die Minister unterzeichneten ein Rückübernahmeabkommen.", "mobility-consular"],
    ["ar", "ووقع الوزيران اتفاقية إعادة القبول.", "mobility-consular"],
    ["en", "Each side will support the other's candidacy in international bodies.", "multilateral"],
    ["fr", "Chaque partie soutiendra la candidature de l'autre.", "multilateral"],
    ["es", "Cada parte apoyará la candidatura de la otra.", "multilateral"],
    ["pt", "Cada parte apoiará a candidatura da outra.", "multilateral"],
    ["it", "Ciascuna parte sosterrà la candidatura dell'altra.", "multilateral"],
    ["ru", "Стороны поддержат кандидатуры друг друга.", "multilateral"],
    ["de", "Beide Seiten unterstützen die Kandidatur der anderen.", "multilateral"],
    ["ar", "ويدعم كل طرف ترشيح الطرف الآخر.", "multilateral"],
  ]);
});

describe("findSectors: the field's words for goods, places and people", () => {
  // FICTIONAL leads: phytosanitary rules, forestry, meat and dairy are agriculture; emissions and decarbonisation are
  // climate; freight and cargo are transport; epidemics and diseases are health; scholarships and archives are
  // culture; satellites are science; pilgrims and churches are religion; tariffs and joint ventures are the economy.
  itFindsFields([
    ["en", "The ministers agreed on phytosanitary rules for fruit exports.", "agriculture-food-security"],
    ["fr", "Les ministres ont harmonisé les normes phytosanitaires.", "agriculture-food-security"],
    ["es", "Los ministros acordaron normas fitosanitarias.", "agriculture-food-security"],
    ["pt", "Os ministros acordaram normas fitossanitárias.", "agriculture-food-security"],
    ["it", "I ministri hanno concordato norme fitosanitarie.", "agriculture-food-security"],
    ["ru", "Министры согласовали фитосанитарные требования.", "agriculture-food-security"],
    ["de", "Die Minister einigten sich auf phytosanitäre Regeln.", "agriculture-food-security"],
    ["ar", "واتفق الوزيران على قواعد الصحة النباتية.", "agriculture-food-security"],
    ["en", "Exports of beef and dairy products will resume.", "agriculture-food-security"],
    ["fr", "Les exportations de viande bovine et de volaille reprendront.", "agriculture-food-security"],
    ["ru", "Возобновятся поставки мяса и молочной продукции.", "agriculture-food-security"],
    ["de", "Die Lieferungen von Fleisch und Milchprodukten werden wieder aufgenommen.", "agriculture-food-security"],
    ["es", "El convenio cubre la gestión forestal.", "agriculture-food-security"],
    ["pt", "O acordo abrange a gestão florestal.", "agriculture-food-security"],
    ["en", "Both countries pledged to cut emissions.", "energy-climate"],
    ["it", "I due paesi si impegnano sulla decarbonizzazione.", "energy-climate"],
    ["ar", "وتعهد البلدان بخفض الانبعاثات.", "energy-climate"],
    ["en", "A new freight service will carry cargo twice a week.", "transport-logistics"],
    ["en", "The ministers discussed the fight against epidemics.", "health"],
    ["fr", "Les ministres ont évoqué la lutte contre les épidémies.", "health"],
    ["es", "Los ministros hablaron de la lucha contra las enfermedades.", "health"],
    ["en", "The government will offer one hundred scholarships.", "culture-people"],
    ["es", "El gobierno ofrecerá cien becas.", "culture-people"],
    ["ru", "Правительство выделит сто стипендий.", "culture-people"],
    ["pt", "Os arquivos nacionais assinaram um acordo.", "culture-people"],
    ["it", "Le due agenzie lanceranno un satellite.", "science-technology"],
    ["de", "Die beiden Agenturen bauen einen Satelliten.", "science-technology"],
    ["en", "The ministers discussed the quota of pilgrims.", "religion"],
    ["ar", "وبحث الوزيران حصة الحجاج.", "religion"],
    ["ru", "Паломники посетят монастырь.", "religion"],
    ["it", "Il patriarca ha visitato la chiesa.", "religion"],
    ["en", "The ministers agreed to lower tariffs.", "economy-trade-investment"],
    ["fr", "Les ministres ont annoncé une coentreprise.", "economy-trade-investment"],
    ["es", "Los ministros acordaron reducir los aranceles.", "economy-trade-investment"],
    ["de", "Die Minister vereinbarten niedrigere Zölle und ein Joint Venture.", "economy-trade-investment"],
  ]);

  it("a fruitful meeting is no fruit and a building bridge is no road", ({ expect }) => {
    expect(sectorsIn("en", "The leaders held fruitful talks on building bridges.")).not.toContain(
      "agriculture-food-security",
    );
  });
});

describe("findSectors: compounds and inflections", () => {
  // FICTIONAL leads: German compounds headed by a field's word, Arabic adjectives in their feminine form.
  itFindsFields([
    ["de", "Die Minister sprachen über eine Wasserstoffpartnerschaft.", "energy-climate"],
    ["de", "Die Erdgaslieferungen sollen steigen.", "energy-climate"],
    ["de", "Die Minister erörterten Migrationsfragen.", "mobility-consular"],
    ["de", "Die Polizeikooperation soll wachsen.", "security-defence"],
    ["de", "Die Getreideexporte sollen steigen.", "agriculture-food-security"],
    ["de", "Die Minister eröffneten ein Forschungszentrum.", "science-technology"],
    ["de", "Ein neues Hafenprojekt wurde vorgestellt.", "transport-logistics"],
    ["de", "Die Tourismuskooperation soll wachsen.", "culture-people"],
    ["ar", "وبحث الوزيران المشاريع السياحية.", "culture-people"],
    ["ar", "وبحث الوزيران المشاريع النفطية.", "energy-climate"],
    ["ar", "وبحث الوزيران الموارد المائية والمشاريع المائية.", "energy-climate"],
    ["ar", "وبحث الوزيران الصناعات الدفاعية.", "security-defence"],
    ["ar", "وبحث الوزيران المناهج التعليمية.", "culture-people"],
    ["ar", "وبحث الوزيران البعثات العلمية.", "science-technology"],
    ["ar", "وبحث الوزيران تطوير الخطوط الجوية.", "transport-logistics"],
    ["ar", "وبحث الوزيران الأنشطة الرياضية.", "culture-people"],
  ]);

  it("a guest is no gas", ({ expect }) => {
    expect(sectorsIn("de", "Der Gastgeber empfing seine Gäste.")).not.toContain("energy-climate");
  });
});
