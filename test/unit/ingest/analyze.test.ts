/// <reference types="vite/client" />
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { IngestInputError } from "../../../src/ingest/errors";
import type { Analysis, Span } from "../../../src/ingest/types";
import { FIXTURES, fixture, inputOf } from "./fixtures";

const analyses = new Map<string, Analysis>();
async function analysisOf(name: string): Promise<Analysis> {
  let a = analyses.get(name);
  if (!a) {
    a = await analyze(inputOf(fixture(name)));
    analyses.set(name, a);
  }
  return a;
}

function allSpans(a: Analysis): Span[] {
  return [
    ...a.countries.flatMap((c) => c.mentions),
    ...a.sectors.flatMap((s) => s.evidence),
    ...a.tracks.flatMap((t) => t.evidence),
    ...a.dates.flatMap((d) => (d.span ? [d.span] : [])),
    ...a.commitments.map((c) => c.quote),
    ...a.positions.map((p) => p.quote),
  ];
}

describe("analyze: each fixture", () => {
  it.for(Object.keys(FIXTURES))("%s", async (name, { expect }) => {
    const started = performance.now();
    const a = await analysisOf(name);
    // Not asserted: a measure of the pipeline's cost per article (the first one also builds the lexicons).
    console.log(`analyze(${name}): ${(performance.now() - started).toFixed(1)} ms, ${a.text.length} chars`);
    const want = fixture(name).expected;
    expect(a.language).toBe(want.language);
    expect(a.pairs[0]?.key ?? null).toBe(want.pair);
    if (want.eventDate) expect(a.eventDate?.date).toBe(want.eventDate);
    if (want.eventDateEvidence) expect(a.eventDate?.evidence).toBe(want.eventDateEvidence);
    expect(a.tracks.map((t) => t.slug)).toEqual(expect.arrayContaining(want.tracks));
    expect(a.sectors.map((s) => s.slug)).toEqual(expect.arrayContaining(want.sectors));
    expect(a.positions.map((p) => [p.holder, p.issue, p.stance])).toEqual(want.positions);
    for (const span of allSpans(a)) expect(a.text.slice(span.start, span.end)).toBe(span.text);
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.minhash).toHaveLength(64);
    expect(a.bands).toHaveLength(16);
  });
});

describe("analyze: what the reports say", () => {
  it("cleans the English page and still finds its pair from the story alone", async ({ expect }) => {
    const a = await analysisOf("en-sahara-position");
    expect(a.title).toBe("Kazakhstan backs Morocco’s autonomy plan for the Sahara");
    expect(a.text.startsWith("RABAT — ")).toBe(true);
    expect(a.countries.map((c) => c.code)).toEqual(["MA", "KZ"]);
    expect(a.publishedOn).toBe("2025-02-28");
    expect(a.eventDate).toMatchObject({ date: "2025-02-28", evidence: "weekday" });
    expect(a.commitments).toEqual([]);
    expect(a.sectors[0]?.slug).toBe("sovereignty-and-disputes");
  });

  it("reads the visa agreement's dates and status in English", async ({ expect }) => {
    const a = await analysisOf("en-position-visa");
    expect(a.dates.map((d) => [d.date, d.evidence, d.role])).toEqual([
      ["2025-02-28", "explicit", "event"],
      ["2024-09-26", "explicit", "signing"],
      ["2025-03-19", "explicit", "entry-into-force"],
    ]);
    expect(a.commitments).toEqual([
      expect.objectContaining({
        track: "visa-exemption",
        kind: "agreement",
        status: "signed",
        title: "Visa exemption agreement",
        signedOn: "2024-09-26",
        effectiveOn: "2025-03-19",
      }),
    ]);
    expect(a.place).toBe("Rabat");
    expect(a.entities).toEqual(["murat nurtleu", "nasser bourita", "new york", "rabat"]);
  });

  it("reads the French partnership, its weekday and the Interpol range", async ({ expect }) => {
    const a = await analysisOf("fr-partnership");
    expect(a.eventDate).toMatchObject({ date: "2025-02-28", evidence: "weekday", role: "event" });
    expect(a.dates.find((d) => d.endDate)).toMatchObject({
      date: "2025-11-24",
      endDate: "2025-11-27",
      evidence: "explicit",
    });
    const status = Object.fromEntries(a.commitments.map((c) => [c.title, c.status]));
    expect(status).toMatchObject({
      "Joint statement": "signed",
      "Mechanism for regular political consultations": "agreed",
      "Joint intergovernmental commission": "agreed",
      "Business council and logistics connectivity": "agreed",
      "Cultural and civilizational ties": "agreed",
    });
    expect(a.entities).toContain("marrakech");
  });

  it("reads the Arabic report: weekday, نور سلطان, Eastern digits and a Maghreb month", async ({ expect }) => {
    const a = await analysisOf("ar-security-economy");
    expect(a.eventDate).toMatchObject({ date: "2025-02-28", evidence: "weekday", role: "event" });
    expect(a.entities).toEqual(expect.arrayContaining(["astana", "rabat", "murat nurtleu", "nasser bourita"]));
    expect(a.countries.find((c) => c.code === "KZ")?.mentions.map((m) => m.text)).toContain("نور سلطان");
    expect(a.commitments.map((c) => [c.track, c.status, c.signedOn])).toEqual([
      ["security", "agreed", undefined],
      ["economy-technology", "agreed", undefined],
      ["visa-exemption", "signed", "2024-09-26"],
    ]);
  });

  it("reads the Italian roadmap, with the grain hub only discussed", async ({ expect }) => {
    const a = await analysisOf("it-roadmap");
    const byTrack = Object.fromEntries(
      a.commitments.filter((c) => c.kind !== "declaration").map((c) => [c.track, c.status]),
    );
    expect(byTrack).toEqual({
      "political-consultations": "agreed",
      "joint-commission": "agreed",
      "business-council": "agreed",
      "grain-logistics-hub": "discussed",
      security: "agreed",
      "religious-ties": "agreed",
      culture: "agreed",
      "economy-technology": "agreed",
      "multilateral-coordination": "agreed",
      "visa-exemption": "signed",
    });
    expect(a.commitments.find((c) => c.kind === "declaration")).toMatchObject({
      title: "Joint statement",
      status: "signed",
      signedOn: "2025-02-28",
    });
    expect(a.commitments.find((c) => c.track === "visa-exemption")).toMatchObject({
      signedOn: "2024-09-26",
      effectiveOn: "2025-03-19",
    });
  });

  it("finds no pair in a text naming many countries once", async ({ expect }) => {
    const a = await analysisOf("en-many-countries");
    expect(a.countries.length).toBeGreaterThan(8);
    expect(a.pairs).toEqual([]);
  });

  it("gives the syndicated copy a different hash but a near-identical signature", async ({ expect }) => {
    const a = await analysisOf("en-position-visa");
    const b = await analysisOf("en-position-visa-syndicated");
    expect(b.contentHash).not.toBe(a.contentHash);
    expect(b.bands.some((band) => a.bands.includes(band))).toBe(true);
    const again = await analyze({
      ...inputOf(fixture("en-position-visa")),
      text: `  ${fixture("en-position-visa").text ?? ""}\n\n`,
    });
    expect(again.contentHash).toBe(a.contentHash);
  });
});

describe("analyze: inputs it refuses", () => {
  it.for([
    ["no text or html", {}, "no-input"],
    ["blank text", { text: "   \n " }, "no-input"],
    ["text without letters", { text: "12345 678 — 90" }, "empty"],
    ["binary", { text: "\u0000\u0001\u0002\u0003 PK zip header and more words to read" }, "binary"],
    ["html of furniture only", { html: "<nav>Home World</nav><footer>© 2025</footer>" }, "empty"],
  ] as const)("rejects %s with an IngestInputError (the caller answers 422)", async ([, input, code], { expect }) => {
    const error = await analyze(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestInputError);
    expect((error as IngestInputError).code).toBe(code);
  });

  it("takes the declared language over detection", async ({ expect }) => {
    const a = await analyze({ text: "Kazakhstan backs Morocco's autonomy plan for the Sahara.", language: "fr-MA" });
    expect(a.language).toBe("fr");
  });
});
