/**
 * The field of an instrument when its sentence names several (sentences written for this project): a field word
 * that only describes a party (the tax administration, a health ministry) gives way to the field the instrument
 * is about; a field a phrase announces in the instrument's clause ("in the field of health") wins over a nearer
 * bare word; a treaty of peace and friendship, or of good-neighbourliness and friendship, is a treaty of
 * friendship (political dialogue), not a peace treaty.
 */
import { describe, it } from "vitest";
import { firmSectors } from "../../helpers/commitment-read";

/** A memorandum to modernise the tax administration (a party) digitally: about digital technology. */
const PARTY = [
  "en Kenya and Ghana signed a memorandum in Nairobi on Monday to modernise the tax administration with digital tools.",
  "fr Le Kenya et le Ghana ont signé lundi à Nairobi un mémorandum pour moderniser l'administration fiscale grâce aux outils numériques.",
  "it Kenya e Ghana hanno firmato lunedì a Nairobi un memorandum per modernizzare l'amministrazione fiscale attraverso la digitalizzazione.",
  "es Kenia y Ghana firmaron el lunes en Nairobi un memorando para modernizar la administración tributaria mediante la digitalización.",
  "pt O Quénia e o Gana assinaram na segunda-feira em Nairobi um memorando para modernizar a administração tributária através da digitalização.",
  "de Kenia und Ghana unterzeichneten am Montag in Nairobi ein Memorandum, das die Steuerverwaltung durch Digitalisierung modernisieren soll.",
  "ru Кения и Гана подписали в понедельник в Найроби меморандум о модернизации налоговой службы с помощью цифровых технологий.",
  "ar ووقعت كينيا وغانا يوم الاثنين في نيروبي مذكرة تفاهم لتحديث الإدارة الضريبية عبر التحول الرقمي.",
];
/** A field a phrase announces before the instrument, a nearer word of another field after it. */
const ANNOUNCED = [
  "en In the field of health, Kenya and Ghana also signed an agreement that grants scholarships to students.",
  "fr Dans le domaine de la santé, le Kenya et le Ghana ont aussi signé un accord qui octroie des bourses d'études aux étudiants.",
  "it Nel settore della sanità, Kenya e Ghana hanno anche firmato un accordo che concede borse di studio agli studenti.",
  "es En el ámbito de la salud, Kenia y Ghana firmaron también un acuerdo que concede becas a los estudiantes.",
  "pt No domínio da saúde, o Quénia e o Gana assinaram também um acordo que concede bolsas de estudo aos estudantes.",
  "de Im Bereich der Gesundheit unterzeichneten Kenia und Ghana auch ein Abkommen mit Stipendien für Studenten.",
  "ru В сфере здравоохранения Кения и Гана также подписали соглашение, которое предусматривает стипендии для студентов.",
  "ar وفي مجال الصحة، وقعت كينيا وغانا أيضا اتفاقية تمنح منحا دراسية للطلاب.",
];
/** A treaty of friendship whose name joins peace or good-neighbourliness to friendship. */
const FRIENDSHIP = [
  "en Kenya and Ghana signed a Treaty of Peace and Friendship in Nairobi on Monday.",
  "fr Le Kenya et le Ghana ont signé lundi à Nairobi un traité de paix et d'amitié.",
  "it Kenya e Ghana hanno firmato lunedì a Nairobi un trattato di pace e amicizia.",
  "es Kenia y Ghana firmaron el lunes en Nairobi un Tratado de Paz y Amistad.",
  "pt O Quénia e o Gana assinaram na segunda-feira em Nairobi um Tratado de Paz e Amizade.",
  "de Kenia und Ghana unterzeichneten am Montag in Nairobi einen Friedens- und Freundschaftsvertrag.",
  "ru Кения и Гана подписали в понедельник в Найроби Договор о мире и дружбе.",
  "ar ووقعت كينيا وغانا يوم الاثنين في نيروبي معاهدة السلام والصداقة.",
];
/** A peace treaty alone stays a dispute's instrument. */
const PEACE = [
  "en Kenya and Ghana signed a peace treaty in Nairobi on Monday.",
  "pt O Quénia e o Gana assinaram na segunda-feira em Nairobi um tratado de paz.",
];

describe("the field of an instrument whose sentence names several", () => {
  it.for(PARTY)("%s → science and technology", (line, { expect }) => {
    expect(firmSectors(line.slice(0, 2), line.slice(3))).toEqual(["science-technology memorandum"]);
  });
  it.for(ANNOUNCED)("%s → health", (line, { expect }) => {
    expect(firmSectors(line.slice(0, 2), line.slice(3))).toEqual(["health agreement"]);
  });
  it.for(FRIENDSHIP)("%s → political dialogue", (line, { expect }) => {
    expect(firmSectors(line.slice(0, 2), line.slice(3))).toEqual(["political-dialogue treaty"]);
  });
  it.for(PEACE)("%s → sovereignty and disputes", (line, { expect }) => {
    expect(firmSectors(line.slice(0, 2), line.slice(3))).toEqual(["sovereignty-and-disputes treaty"]);
  });
});
