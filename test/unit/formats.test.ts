import ICAL from "ical.js";
import { XMLParser } from "fast-xml-parser";
import { parse } from "csv-parse/sync";
import { describe, it } from "vitest";
import { csvField } from "../../src/formats/claims-export";
import { escapeText, foldLine, nextDay, renderCalendar } from "../../src/formats/icalendar";
import { escapeXml } from "../../src/formats/xml";
import { scriptJson } from "../../src/pages/json-ld";
import { isHttpUrl } from "../../src/pages/sources";
import { foldForSearch, pairMatches } from "../../src/routes/pages";

const octets = (s: string) => new TextEncoder().encode(s).length;

describe("iCalendar helpers", () => {
  it("folds at 75 octets between code points, continuation lines at 74 + a space", ({ expect }) => {
    const line = `SUMMARY:${"مباحثات ".repeat(20)}😀${"x".repeat(80)}`;
    const physical = foldLine(line).split("\r\n");
    expect(physical.length).toBeGreaterThan(2);
    for (const [i, p] of physical.entries()) {
      expect(octets(p)).toBeLessThanOrEqual(75);
      if (i > 0) expect(p.startsWith(" ")).toBe(true);
      expect(p.includes("\uFFFD")).toBe(false);
    }
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join("")).toBe(line);
    expect(foldLine("SHORT:ok")).toBe("SHORT:ok");
  });

  it("escapes TEXT values so ical.js reads them back unchanged", ({ expect }) => {
    const summary = "Talks; trade, logistics\\grain\nand more";
    expect(escapeText(summary)).toBe("Talks\\; trade\\, logistics\\\\grain\\nand more");
    const ics = renderCalendar("Test", [
      {
        uid: "x@bilateral.dev",
        stamp: "2025-01-01T00:00:00.000Z",
        start: "2024-12-31",
        end: null,
        summary,
        description: "d",
        location: null,
        url: "https://bilateral.dev/",
        categories: [],
      },
    ]);
    const ev = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent");
    expect(ev?.getFirstPropertyValue("summary")).toBe(summary);
    expect(String(ev?.getFirstPropertyValue("dtend"))).toBe("2025-01-01");
  });

  it("computes the exclusive end across months, years and leap days", ({ expect }) => {
    expect(nextDay("2025-02-28")).toBe("2025-03-01");
    expect(nextDay("2024-02-28")).toBe("2024-02-29");
    expect(nextDay("2025-12-31")).toBe("2026-01-01");
  });
});

describe("XML, CSV and JSON-in-HTML escaping", () => {
  it("escapes XML text and drops characters XML 1.0 forbids", ({ expect }) => {
    const hostile = `a <b> & "c" 'd' \u0001e`;
    const doc = new XMLParser().parse(`<t>${escapeXml(hostile)}</t>`) as { t: string };
    expect(doc.t).toBe(`a <b> & "c" 'd' e`);
  });

  it("quotes CSV fields per RFC 4180", ({ expect }) => {
    const fields = ["plain", "with, comma", 'with "quotes"', "two\r\nlines"];
    const row = `${fields.map(csvField).join(",")}\r\n`;
    expect(parse(row, { record_delimiter: "\r\n" })).toEqual([fields]);
    expect(csvField("plain")).toBe("plain");
  });

  it("keeps JSON-LD from closing its script element", ({ expect }) => {
    const value = { name: "</script><script>alert(1)</script> & <!--" };
    const text = scriptJson(value);
    expect(text.includes("<")).toBe(false);
    expect(JSON.parse(text)).toEqual(value);
  });

  it("links only http and https URLs", ({ expect }) => {
    expect(isHttpUrl("https://example.org/a")).toBe(true);
    expect(isHttpUrl("http://example.org/a")).toBe(true);
    for (const bad of ["javascript:alert(1)", "data:text/html,hi", "JaVaScRiPt:alert(1)", "//example.org", "", null])
      expect(isHttpUrl(bad)).toBe(false);
  });
});

describe("home search", () => {
  it("matches country names in any of our languages, ignoring case and accents", ({ expect }) => {
    expect(foldForSearch("Éire")).toBe("eire");
    for (const q of ["maroc", "MAROC", "المغرب", "Марокко", "Marocco", "Kazakistan", "ma", "KZ-MA"])
      expect(pairMatches("KZ-MA", q), q).toBe(true);
    expect(pairMatches("KZ-MA", "Brasil")).toBe(false);
    expect(pairMatches("KZ-MA", "")).toBe(true);
  });
});
