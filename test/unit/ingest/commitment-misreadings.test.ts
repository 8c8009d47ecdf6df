/**
 * Words that look like something else to the commitment reading (FICTIONAL texts written for these tests): a weekday
 * that spells a number, a ratification law, a pronoun, a contract between firms.
 */
import { describe, it } from "vitest";
import { prepare } from "../../../src/ingest/match/normalize";
import { findCommitments } from "../../../src/ingest/recognize/commitments";
import { eventDateOf, findDates } from "../../../src/ingest/recognize/dates";
import { matchTracks } from "../../../src/ingest/recognize/sectors";

/** Every commitment of a report published on 2026-03-04: status, legal form and track (else sector). */
function read(lang: string, text: string): string[] {
  const doc = prepare(text);
  const dates = findDates(doc, lang, "2026-03-04");
  return findCommitments(doc, matchTracks(doc), dates, "2026-03-04", eventDateOf(dates, "2026-03-04")).map(
    (c) => `${c.status} ${c.legalForm ?? "-"} ${c.track ?? c.sector}`,
  );
}

describe("an Arabic Monday is no count", () => {
  it.for([
    [
      "يوم الاثنين",
      "وقع المغرب والسنغال يوم الاثنين اتفاقية للإعفاء من التأشيرات، خلال ملتقى للطاقة والسياحة في دكار.",
    ],
    [
      "اليوم الاثنين",
      "وقعت تونس والأردن اليوم الاثنين اتفاقية للإعفاء المتبادل من التأشيرات، على هامش منتدى الاستثمار والتجارة.",
    ],
    ["الإثنين", "وقّعت مصر والعراق الإثنين اتفاقية للإعفاء من التأشيرات، بحضور وزيري الصحة والزراعة."],
  ] as const)("one agreement signed on Monday is one signature (%s)", ([, text], { expect }) => {
    expect(read("ar", text).filter((c) => c.startsWith("signed"))).toEqual(["signed agreement visa-exemption"]);
  });

  it("still counts after 'اليوم' (today)", ({ expect }) => {
    const text =
      "وقع المغرب والسنغال اليوم ثلاث مذكرات تفاهم. وهي مذكرة للإعفاء من التأشيرات، ومذكرة في الصحة، ومذكرة في السياحة.";
    expect(read("ar", text).filter((c) => c.startsWith("signed"))).toHaveLength(3);
  });

  it("still counts two after the noun", ({ expect }) => {
    const text = "وقع المغرب والسنغال اتفاقيتين اثنتين للإعفاء من التأشيرات والنقل الجوي.";
    expect(read("ar", text).filter((c) => c.startsWith("signed"))).toHaveLength(2);
  });
});

describe("a ratification decree or law ratifies, it signs nothing", () => {
  it.for([
    [
      "fr",
      "Le Conseil des ministres du Sénégal a adopté mercredi 3 mars 2026 un décret portant ratification de l'accord d'exemption de visas entre le Sénégal et le Maroc. Signé en janvier 2026, cet accord prévoit une exemption de visa pour les titulaires de passeports diplomatiques.",
    ],
    [
      "es",
      "El presidente de Chile promulgó el miércoles 3 de marzo de 2026 la ley que ratifica el acuerdo de exención de visados entre Chile y Marruecos.",
    ],
    [
      "it",
      "Il Senato ha approvato mercoledì 3 marzo 2026 la legge di ratifica dell'accordo di esenzione dei visti tra l'Italia e il Marocco.",
    ],
    [
      "de",
      "Der Bundestag hat am Mittwoch, 3. März 2026, das Ratifizierungsgesetz zum Abkommen über die Befreiung von der Visumpflicht zwischen Deutschland und Marokko verabschiedet.",
    ],
    [
      "ru",
      "Президент Казахстана 3 марта 2026 года подписал закон о ратификации соглашения о взаимной отмене визовых требований между Казахстаном и Марокко.",
    ],
    [
      "ar",
      "أصدر رئيس تونس يوم الأربعاء 3 مارس 2026 مرسوما بالتصديق على اتفاقية الإعفاء من التأشيرات بين تونس والمغرب.",
    ],
    [
      "pt",
      "O presidente de Angola promulgou na quarta-feira, 3 de março de 2026, o decreto de ratificação do acordo de isenção de vistos entre Angola e Marrocos.",
    ],
    [
      "en",
      "On Wednesday 3 March 2026 the president of Ghana signed the law ratifying the visa exemption agreement between Ghana and Morocco.",
    ],
  ] as const)("%s", ([lang, text], { expect }) => {
    const found = read(lang, text);
    expect(found.filter((c) => c.startsWith("signed"))).toEqual([]);
    expect(found).toContain("ratified agreement visa-exemption");
  });
});

describe("an Arabic pronoun lends no signature", () => {
  it("'وهي' (and it is) after signed memoranda signs nothing it names", ({ expect }) => {
    const text =
      "وقع وزيرا خارجية مصر والأردن اليوم مذكرات تفاهم في مجالات الطاقة والصحة. وهي خطوة قال الجانبان إنها تمهد لاتفاقية للإعفاء من التأشيرات يعملان عليها.";
    expect(read("ar", text).filter((c) => c.includes("visa-exemption") && c.startsWith("signed"))).toEqual([]);
  });

  it("'وهي' after a counted batch still lists it", ({ expect }) => {
    const text =
      "وقع وزيرا خارجية مصر والأردن اليوم ثلاث مذكرات تفاهم. وهي مذكرة للإعفاء من التأشيرات، ومذكرة في الصحة، ومذكرة في السياحة.";
    expect(read("ar", text).filter((c) => c.startsWith("signed"))).toHaveLength(3);
  });
});

describe("a German 'Vertrag' is a treaty only between states", () => {
  it.for([
    [
      "agreement",
      "Am 3. März 2026 unterzeichneten Kenia und Uganda einen Vertrag über den Bau einer Ölpipeline von Hoima nach Lamu.",
    ],
    ["agreement", "Ghana und Togo haben am 3. März 2026 einen Vertrag über die Lieferung von Erdgas unterzeichnet."],
    [
      "treaty",
      "Am 3. März 2026 unterzeichneten Österreich und Slowenien einen Staatsvertrag über die Zusammenarbeit der Polizei.",
    ],
    [
      "treaty",
      "Am 3. März 2026 unterzeichneten Polen und Litauen einen Vertrag über Freundschaft und gute Nachbarschaft.",
    ],
    ["treaty", "Am 3. März 2026 unterzeichneten Polen und Litauen einen Freundschaftsvertrag."],
  ] as const)("a %s: %s", ([form, text], { expect }) => {
    const found = read("de", text).filter((c) => c.startsWith("signed"));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => c.startsWith(`signed ${form} `))).toBe(true);
  });
});
