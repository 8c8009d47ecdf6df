import { describe, it } from "vitest";
import dossier from "../../../seed/dossiers/KZ-MA.json";
import sectorsData from "../../../seed/lexicons/sectors.json";
import taxonomy from "../../../seed/sectors.json";
import { prepare } from "../../../src/ingest/match/normalize";
import { findSectors, TRACK_SLUGS, trackInfo } from "../../../src/ingest/recognize/sectors";

const slugs = new Set(taxonomy.sectors.map((s) => s.slug));
const sectorsOf = (text: string) => findSectors(prepare(text)).sectors.map((s) => s.slug);
const tracksOf = (text: string) => findSectors(prepare(text)).tracks.map((t) => t.slug);

describe("the sector and track lexicons", () => {
  it("cover exactly the sectors of seed/sectors.json", ({ expect }) => {
    expect(new Set(Object.keys(sectorsData.sectors))).toEqual(slugs);
  });

  it("map each known track to its sector as the KZ–MA dossier does", ({ expect }) => {
    const known = dossier.tracks.map((t) => [t.slug, t.sector]);
    expect(TRACK_SLUGS.slice().sort()).toEqual(known.map(([slug]) => slug).sort());
    for (const [slug, sector] of known) expect(trackInfo(slug ?? "")?.sector, slug).toBe(sector);
    for (const slug of TRACK_SLUGS) expect(slugs.has(trackInfo(slug)?.sector ?? "")).toBe(true);
  });
});

describe("findSectors", () => {
  it("keeps evidence spans that point into the text", ({ expect }) => {
    const text = "The two ministers agreed to fight terrorism and cybercrime and to expand trade and investment.";
    const { sectors, tracks } = findSectors(prepare(text));
    for (const hit of [...sectors, ...tracks]) {
      for (const e of hit.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(tracks.map((t) => t.slug)).toEqual(["security", "economy-technology"]);
    expect(sectors.map((s) => s.slug)).toContain("security-defence");
  });

  it("lets longer phrases win: food security is agriculture, the Security Council is multilateral", ({ expect }) => {
    expect(sectorsOf("Food security and food security again; the Security Council and the Security Council.")).toEqual([
      "agriculture-food-security",
      "multilateral",
    ]);
  });

  it("takes UN only in capitals ('un' is an article)", ({ expect }) => {
    expect(sectorsOf("un accord, un plan, un projet, un mécanisme")).not.toContain("multilateral");
    expect(sectorsOf("The UN and the UN General Assembly")).toContain("multilateral");
  });

  it.for([
    ["en", "an agreement on visa exemption for holders of ordinary passports", "visa-exemption"],
    ["fr", "l'accord d'exemption de visa pour les passeports ordinaires", "visa-exemption"],
    ["it", "l'esenzione dal visto per i titolari di passaporti ordinari", "visa-exemption"],
    ["ar", "اتفاقية الإعفاء المتبادل من التأشيرة لحاملي جوازات السفر العادية", "visa-exemption"],
    ["ru", "соглашение о безвизовом режиме для владельцев общегражданских паспортов", "visa-exemption"],
    ["en", "a grain logistics hub for African markets", "grain-logistics-hub"],
    ["fr", "une plateforme logistique pour les céréales", "grain-logistics-hub"],
    ["ar", "منصة لوجستية لتصدير الحبوب", "grain-logistics-hub"],
    ["it", "un meccanismo di consultazioni politiche regolari", "political-consultations"],
    ["ar", "إحداث آلية للتشاور السياسي", "political-consultations"],
    ["de", "eine gemischte Kommission und einen Wirtschaftsrat", "joint-commission"],
    ["es", "cooperación entre instituciones islámicas", "religious-ties"],
  ] as const)("finds the track in %s: %s", ([, text, slug], { expect }) => {
    expect(tracksOf(text)).toContain(slug);
  });

  it.for([
    ["en", "The statement lists cooperation in trade, energy, agriculture, health and tourism."],
    ["es", "Acordaron cooperar en comercio, energía, agricultura, salud y turismo."],
    ["pt", "Acordaram cooperar em comércio, energia, agricultura, saúde e turismo."],
    ["de", "Sie wollen in Handel, Energie, Landwirtschaft, Gesundheit und Tourismus zusammenarbeiten."],
    [
      "ru",
      "Стороны договорились о сотрудничестве в торговле, энергетике, сельском хозяйстве, здравоохранении и туризме.",
    ],
  ] as const)("counts one mention in an enumeration of areas (%s)", ([, text], { expect }) => {
    const { sectors } = findSectors(prepare(text));
    expect(sectors.map((s) => s.slug).sort()).toEqual([
      "agriculture-food-security",
      "culture-people",
      "economy-trade-investment",
      "energy-climate",
      "health",
    ]);
  });

  it("needs more than one passing mention outside an enumeration", ({ expect }) => {
    const { sectors } = findSectors(prepare("The minister spoke of energy. Later he met the press about the weather."));
    expect(sectors).toEqual([]);
  });

  it("counts trade and investment for the economy, not for science", ({ expect }) => {
    const { sectors, tracks } = findSectors(
      prepare("They agreed to expand trade and investment. Trade and investment grew last year."),
    );
    expect(sectors.map((s) => s.slug)).toEqual(["economy-trade-investment"]);
    expect(tracks.map((t) => t.slug)).toEqual(["economy-technology"]);
  });

  it("counts a track for its sector", ({ expect }) => {
    const { sectors } = findSectors(prepare("They discussed a logistics hub. They discussed a logistics hub."));
    expect(sectors.map((s) => s.slug)).toContain("agriculture-food-security");
  });
});
