import { describe } from "vitest";
import { itFindsAfterLongLead } from "../../helpers/sectors";

// FICTIONAL sentences in the project's words, after a long lead that names no field. Mobility and consular affairs
// in the forms a report uses: the Russian 'иммиграция' and the cases of 'визы' ('виз', 'визам'), the Arabic
// indefinite 'قنصلية' and 'تأشيرات', and the English 'manpower' (labour sent abroad).
describe("mobility words in their inflected and indefinite forms", () => {
  itFindsAfterLongLead([
    ["ru", "Меморандум предусматривает сотрудничество в сфере иммиграции и обмен данными.", "mobility-consular"],
    ["ru", "Стороны договорились об упрощении выдачи виз для студентов и учёных.", "mobility-consular"],
    ["ar", "ووقع الجانبان مذكرة تفاهم لإنشاء مكاتب قنصلية في المدينتين.", "mobility-consular"],
    ["ar", "واتفق الجانبان على تسهيل منح تأشيرات الدخول لرجال الأعمال.", "mobility-consular"],
    ["en", "The memoranda cover manpower employment, youth and sport.", "mobility-consular"],
  ]);
});
