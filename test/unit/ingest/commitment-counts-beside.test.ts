/**
 * Counted batches of two forms told side by side (FICTIONAL sentences written for this project): "three agreements and
 * two memoranda were signed between Mali and Chad" signs five instruments, the parties after them naming no two
 * areas; and when a later sentence tells the memoranda again ("the two memoranda cover…"), they stay the memoranda's
 * count, not some of the agreements'. Guards: a count heading its list ("twelve agreements, among them…") holds the
 * instruments it lists, and areas named after the parties still tell the instruments apart.
 */
import { describe, it } from "vitest";
import { commitmentsOf } from "../../helpers/commitment-read";

/** The signed instruments of a report per legal form, a batch counting for its count ("agreement 3, memorandum 2"). */
function byForm(lang: string, text: string): string {
  const n = new Map<string, number>();
  for (const c of commitmentsOf(lang, text).filter((c) => c.status === "signed")) {
    const form = c.legalForm ?? "-";
    n.set(form, (n.get(form) ?? 0) + (c.instruments ?? 1));
  }
  return [...n]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([f, k]) => `${f} ${k}`)
    .join(", ");
}

const PARTIES_AFTER: readonly { lang: string; text: string }[] = [
  { lang: "en", text: "Three agreements and two memoranda were signed on Monday between Mali and Chad." },
  { lang: "fr", text: "Trois accords et deux mémorandums d'entente ont été signés lundi entre le Niger et le Bénin." },
  {
    lang: "es",
    text: "Tres acuerdos y dos memorandos de entendimiento fueron firmados el lunes entre Paraguay y Bolivia.",
  },
  {
    lang: "pt",
    text: "Três acordos e dois memorandos de entendimento foram assinados na segunda-feira entre Angola e Namíbia.",
  },
  { lang: "it", text: "Tre accordi e due memorandum d'intesa sono stati firmati lunedì tra Malta e Tunisia." },
  { lang: "ar", text: "وُقّعت يوم الاثنين ثلاثة اتفاقات للتعاون ومذكرتا تفاهم بين موريتانيا ومالي." },
];

const TOLD_AGAIN: readonly { lang: string; text: string }[] = [
  {
    lang: "en",
    text: "Ghana and Togo signed three agreements and two memoranda on Monday in Lomé. The two memoranda cover postal services and handicrafts.",
  },
  {
    lang: "ar",
    text: "وقعت تونس وليبيا يوم الاثنين ثلاثة اتفاقات للتعاون ومذكرتي تفاهم. أما مذكرتا التفاهم فتتعلق الأولى بالبريد، والثانية بالصناعة التقليدية.",
  },
  {
    lang: "ar",
    text: "وقعت تونس وليبيا يوم الاثنين ثلاثة اتفاقات للتعاون ومذكرتي تفاهم. وتتعلق مذكرتا التفاهم بالبريد والصناعة التقليدية.",
  },
];

/** A count heading its list, whatever the words ("of which", "di cui", "davon", "из них"): its items are of it. */
const HEADING: readonly { lang: string; text: string }[] = [
  {
    lang: "en",
    text: "Kenya and Uganda signed twelve agreements on Monday, of which two memoranda on health and education.",
  },
  {
    lang: "it",
    text: "Italia e Malta hanno firmato lunedì dodici accordi, di cui due memorandum sulla sanità e sull'istruzione.",
  },
  {
    lang: "de",
    text: "Deutschland und Polen unterzeichneten am Montag zwölf Abkommen, davon zwei Memoranden über Gesundheit und Bildung.",
  },
  {
    lang: "ru",
    text: "Армения и Грузия подписали в понедельник двенадцать соглашений, из них два меморандума о здравоохранении и об образовании.",
  },
];

describe("two counted forms side by side", () => {
  it.for(HEADING)("$lang: a count heading its list holds its items «$text»", ({ lang, text }, { expect }) => {
    expect(byForm(lang, text)).toBe("agreement 10, memorandum 2");
  });
  it("the memoranda counted first, then the agreements joined by 'and'", ({ expect }) => {
    const text =
      "وقعت موريتانيا والسنغال يوم الاثنين مذكرتي تفاهم وثلاث اتفاقيات، وتتعلق المذكرتان بالصيد البحري والنقل.";
    expect(byForm("ar", text)).toBe("agreement 3, memorandum 2");
  });
  it.for(PARTIES_AFTER)("$lang: the parties after the batch name no areas «$text»", ({ lang, text }, { expect }) => {
    expect(byForm(lang, text)).toBe("agreement 3, memorandum 2");
  });
  it.for(TOLD_AGAIN)("$lang: the memoranda told again stay their own count «$text»", ({ lang, text }, { expect }) => {
    expect(byForm(lang, text)).toBe("agreement 3, memorandum 2");
  });
  it("counts of an enumeration over one list keep their own items (fr)", ({ expect }) => {
    const text =
      "Les deux parties ont signé lundi à Bamako 5 accords de coopération, 4 conventions et 2 mémorandums, que voici : l'accord de coopération dans le domaine du commerce ; l'accord de coopération dans le domaine de la santé.";
    expect(byForm("fr", text)).toBe("agreement 9, memorandum 2");
  });
  it("counts of an enumeration over one list keep their own items (en)", ({ expect }) => {
    const text =
      "Sierra Leone and Liberia signed on Monday in Freetown 5 cooperation agreements and 2 memoranda, as follows: the agreement on trade; the agreement on health.";
    expect(byForm("en", text)).toBe("agreement 5, memorandum 2");
  });
  it("a batch told in a later sentence is still some of the agreements' count (en)", ({ expect }) => {
    const text =
      "Benin and Niger signed ten agreements and two memoranda on Monday in Niamey. The documents signed include three executive programmes.";
    expect(byForm("en", text)).toBe("agreement 7, memorandum 2, programme 3");
  });
  it("a batch told in a later sentence is still some of the agreements' count (fr)", ({ expect }) => {
    const text =
      "Le Bénin et le Niger ont signé lundi dix accords et deux mémorandums. Parmi les documents signés figurent trois programmes exécutifs.";
    expect(byForm("fr", text)).toBe("agreement 7, memorandum 2, programme 3");
  });
  it("a count heading its list holds the instruments it lists", ({ expect }) => {
    const text =
      "Kenya and Uganda signed twelve agreements on Monday, among them two memoranda on health and education.";
    expect(byForm("en", text)).toBe("agreement 10, memorandum 2");
  });
  it("areas named after the parties still tell the instruments apart", ({ expect }) => {
    const text = "Lunedì sono stati firmati due accordi tra Italia e Albania nei settori dell'energia e della sanità.";
    const sectors = commitmentsOf("it", text)
      .filter((c) => c.status === "signed")
      .map((c) => c.sector)
      .sort();
    expect(sectors).toEqual(["energy-climate", "health"]);
  });
});
