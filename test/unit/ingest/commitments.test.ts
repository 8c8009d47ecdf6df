import { describe, it } from "vitest";
import data from "../../../seed/lexicons/commitments.json";
import { findCommitments } from "../../../src/ingest/recognize/commitments";
import { eventDateOf, findDates } from "../../../src/ingest/recognize/dates";
import { prepare } from "../../../src/ingest/match/normalize";
import { matchTracks, TRACK_SLUGS } from "../../../src/ingest/recognize/sectors";
import { LEGAL_FORMS } from "../../../src/schemas/vocabulary";

function commitments(lang: string, text: string, publishedOn?: string) {
  const doc = prepare(text);
  const dates = findDates(doc, lang, publishedOn);
  return findCommitments(doc, matchTracks(doc), dates, publishedOn, eventDateOf(dates, publishedOn));
}
const brief = (lang: string, text: string, publishedOn?: string) =>
  commitments(lang, text, publishedOn).map((c) => ({
    track: c.track,
    kind: c.kind,
    status: c.status,
    ...(c.signedOn ? { signedOn: c.signedOn } : {}),
    ...(c.effectiveOn ? { effectiveOn: c.effectiveOn } : {}),
  }));

describe("the commitment lexicon", () => {
  it("uses the contract's statuses and kinds, and known tracks", ({ expect }) => {
    expect(Object.keys(data.status).sort()).toEqual([
      "agreed",
      "discussed",
      "in_force",
      "proposed",
      "ratified",
      "signed",
    ]);
    expect(Object.keys(data.kinds).sort()).toEqual(["agreement", "cooperation", "declaration", "mechanism", "project"]);
    for (const i of data.instruments) expect(TRACK_SLUGS).toContain(i.track);
    for (const f of data.forms) expect(LEGAL_FORMS).toContain(f.legalForm);
    for (const f of Object.values(data.compounds)) expect(LEGAL_FORMS).toContain(f);
    expect([...new Set(data.forms.map((f) => f.legalForm))].sort()).toEqual([...LEGAL_FORMS].sort());
    // Every form is named in all eight languages, except a capitalized name (a signed Partnership), which only the
    // languages that write common nouns in lower case can tell apart.
    for (const f of data.forms) {
      const langs = Object.keys(f.patterns).sort();
      if ("casing" in f) expect(langs).toEqual(["en", "es", "fr", "it", "pt"]);
      else expect(langs).toEqual(["ar", "de", "en", "es", "fr", "it", "pt", "ru"]);
    }
  });
});

describe("findCommitments", () => {
  it("reads a signed agreement whose entry into force is still ahead", ({ expect }) => {
    const text =
      "The agreement on visa exemption for holders of ordinary passports, signed on 26 September 2024 in New York, will enter into force on 19 March 2025.";
    const [c] = commitments("en", text, "2025-03-01");
    expect(c).toMatchObject({
      track: "visa-exemption",
      sector: "mobility-consular",
      kind: "agreement",
      status: "signed",
      title: "Visa exemption agreement",
      signedOn: "2024-09-26",
      effectiveOn: "2025-03-19",
    });
    expect(c?.quote.text).toBe(text);
    expect(c?.confidence).toBeGreaterThan(0.8);
  });

  it("says in force once the date has passed", ({ expect }) => {
    const text = "The visa exemption agreement entered into force on 19 March 2025.";
    expect(brief("en", text, "2025-04-02")).toEqual([
      { track: "visa-exemption", kind: "agreement", status: "in_force", effectiveOn: "2025-03-19" },
    ]);
  });

  it("tells agreed from discussed in one report (Italian)", ({ expect }) => {
    const text =
      "Le parti hanno concordato di istituire un meccanismo di consultazioni politiche regolari e di creare una commissione intergovernativa congiunta. " +
      "I due ministri hanno discusso la possibilità di realizzare in Marocco un hub logistico per esportare il grano kazako verso i mercati africani.";
    expect(brief("it", text)).toEqual([
      { track: "political-consultations", kind: "mechanism", status: "agreed" },
      { track: "joint-commission", kind: "mechanism", status: "agreed" },
      { track: "grain-logistics-hub", kind: "project", status: "discussed" },
    ]);
  });

  it.for([
    ["en", "The two ministers agreed to create a joint intergovernmental commission.", "joint-commission", "agreed"],
    ["fr", "Ils sont convenus de créer une commission intergouvernementale mixte.", "joint-commission", "agreed"],
    ["ar", "واتفق الجانبان على إحداث لجنة حكومية مشتركة.", "joint-commission", "agreed"],
    [
      "en",
      "They discussed the possibility of a logistics hub in Morocco for Kazakh grain.",
      "grain-logistics-hub",
      "discussed",
    ],
    ["fr", "Ils ont évoqué la possibilité d'une plateforme logistique au Maroc.", "grain-logistics-hub", "discussed"],
    ["ar", "وبحث الجانبان إمكانية إقامة منصة لوجستية بالمغرب لتصدير الحبوب.", "grain-logistics-hub", "discussed"],
    ["ar", "وقع البلدان اتفاقية الإعفاء من التأشيرة.", "visa-exemption", "signed"],
    ["it", "L'accordo di esenzione dal visto è stato firmato a New York.", "visa-exemption", "signed"],
    ["fr", "Le Kazakhstan a proposé la création d'un conseil d'affaires.", "business-council", "proposed"],
    ["en", "Parliament ratified the visa waiver agreement.", "visa-exemption", "ratified"],
  ] as const)("%s: %s → %s %s", ([lang, text, track, status], { expect }) => {
    expect(brief(lang, text).find((c) => c.track === track)?.status).toBe(status);
  });

  it("dates a joint statement signed at the reported happening", ({ expect }) => {
    const [c] = commitments(
      "fr",
      "Rabat, vendredi – Les deux ministres ont signé une déclaration conjointe.",
      "2025-02-28",
    );
    expect(c).toMatchObject({
      kind: "declaration",
      status: "signed",
      title: "Joint statement",
      track: "political-consultations",
      signedOn: "2025-02-28",
    });
  });

  it("needs a status or action word: a track named alone is no commitment", ({ expect }) => {
    expect(commitments("en", "Kazakhstan is a large wheat exporter with a logistics hub in Aktau.")).toEqual([]);
  });

  it("keeps an entry into force to its own subject", ({ expect }) => {
    const text =
      "The visa agreement will enter into force on 19 March 2025, and the ministers discussed the possibility of a logistics hub.";
    const out = brief("en", text, "2025-03-01");
    expect(out.find((c) => c.track === "grain-logistics-hub")?.status).toBe("discussed");
    expect(out.find((c) => c.track === "visa-exemption")?.status).toBe("signed");
  });

  it.for([
    ["en", "The visa exemption agreement has not been signed yet."],
    ["fr", "L'accord d'exemption de visas n'a pas encore été signé."],
    ["it", "L'accordo sull'esenzione dal visto non è stato ancora firmato."],
    ["es", "El acuerdo de exención de visados no ha sido firmado todavía."],
    ["pt", "O acordo de isenção de vistos ainda não foi assinado."],
    ["de", "Das Abkommen über die Visabefreiung wurde noch nicht unterzeichnet."],
    ["ru", "Соглашение о безвизовом режиме пока не подписано."],
    ["ar", "لم يتم بعد توقيع اتفاقية الإعفاء من التأشيرة."],
  ] as const)("never reads a negated signature as signed (%s)", ([lang, text], { expect }) => {
    expect(brief(lang, text, "2025-06-01").filter((c) => c.status === "signed" || c.status === "in_force")).toEqual([]);
  });

  it.for([
    ["en", "The two ministers will sign the visa exemption agreement next month."],
    ["fr", "Les deux ministres signeront l'accord d'exemption de visas le mois prochain."],
    ["it", "I due ministri firmeranno l'accordo sull'esenzione dal visto il mese prossimo."],
    ["es", "Los dos ministros firmarán el acuerdo de exención de visados el próximo mes."],
    ["pt", "Os dois ministros assinarão o acordo de isenção de vistos no próximo mês."],
    ["de", "Die beiden Minister werden das Abkommen über die Visabefreiung im nächsten Monat unterzeichnen werden."],
    ["ru", "Министры подпишут соглашение о безвизовом режиме в следующем месяце."],
    ["ar", "سيوقع الوزيران اتفاقية الإعفاء من التأشيرة الشهر المقبل."],
    ["en", "The parties agreed to sign an agreement on visa exemption."],
    ["it", "Hanno espresso l'intenzione di firmare un accordo di esenzione dal visto."],
  ] as const)("reads a signature to come as proposed, never signed (%s)", ([lang, text], { expect }) => {
    expect(brief(lang, text, "2025-06-01").map((c) => c.status)).toEqual(["proposed"]);
  });

  it("reads an instrument named with no track of ours, about the sector its sentence names", ({ expect }) => {
    const out = commitments(
      "en",
      "On 3 June 2025 the ministers signed a memorandum of understanding on energy.",
      "2025-06-04",
    );
    expect(out.map((c) => ({ track: c.track, sector: c.sector, legalForm: c.legalForm, status: c.status }))).toEqual([
      { track: undefined, sector: "energy-climate", legalForm: "memorandum", status: "signed" },
    ]);
    // "Agreement" as consensus, with no signature by it, is no instrument.
    expect(commitments("en", "The ministers were in full agreement on regional issues.")).toEqual([]);
  });

  it("takes a signature dated after the report for a planned one", ({ expect }) => {
    expect(brief("en", "The air services agreement was signed on 12 July 2025.", "2025-06-01")).toEqual([
      { track: "air-services", kind: "agreement", status: "proposed" },
    ]);
  });

  it("takes a roadmap laid out by a signed joint statement for its content, not another instrument", ({ expect }) => {
    const text = "The ministers signed a joint statement that lays out a roadmap in several areas.";
    expect(brief("en", text, "2025-03-01").map((c) => c.kind)).toEqual(["declaration"]);
  });
});
