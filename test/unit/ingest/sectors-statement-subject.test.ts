import { describe } from "vitest";
import { itFindsAfterLongLead, itFindsFields } from "../../helpers/sectors";

// FICTIONAL reports: a long lead that names no field, then the sentence of each row.
describe("findSectors: the subject of a joint statement is a clear mention", () => {
  itFindsAfterLongLead([
    ["en", "They also put their names to a joint statement on security in the region.", "security-defence"],
    ["fr", "Ils ont aussi signé une déclaration conjointe sur la sécurité régionale.", "security-defence"],
    ["es", "También firmaron una declaración conjunta sobre la seguridad regional.", "security-defence"],
    ["pt", "Também assinaram uma declaração conjunta sobre a segurança regional.", "security-defence"],
    ["it", "Hanno anche firmato una dichiarazione congiunta sulla sicurezza regionale.", "security-defence"],
    ["ru", "Они также подписали совместные заявления — по безопасности в регионе.", "security-defence"],
    ["de", "Sie unterzeichneten auch eine gemeinsame Erklärung zur Sicherheit in der Region.", "security-defence"],
    ["ar", "ووقعا أيضا بيانا مشتركا حول الأمن في المنطقة.", "security-defence"],
  ]);
});

describe("findSectors: air policing is security", () => {
  itFindsFields([
    ["en", "The air policing agreement lets each air force watch the other's airspace.", "security-defence"],
    [
      "fr",
      "L'accord de police aérienne permet à chaque armée de l'air de surveiller l'espace aérien de l'autre.",
      "security-defence",
    ],
    ["es", "El acuerdo de policía aérea permite vigilar el espacio aéreo del otro país.", "security-defence"],
    ["pt", "O acordo de policiamento aéreo permite vigiar o espaço aéreo do outro país.", "security-defence"],
    ["it", "L'accordo di polizia aerea consente di sorvegliare lo spazio aereo dell'altro paese.", "security-defence"],
    ["ru", "Соглашение о воздушном патрулировании позволяет охранять воздушное пространство.", "security-defence"],
    ["de", "Das Luftpolizeiabkommen regelt die Sicherung des Luftraums.", "security-defence"],
    ["ar", "يسمح اتفاق الشرطة الجوية بمراقبة المجال الجوي للبلد الآخر.", "security-defence"],
  ]);
});
