import ICAL from "ical.js";
import { describe, it } from "vitest";
import seed from "../../seed/dossiers/KZ-MA.json";
import { get, readProblem } from "../helpers/http";

/** Parses an iCalendar body with ical.js and returns its VEVENTs keyed by UID. */
function vevents(text: string): Map<string, ICAL.Component> {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const out = new Map<string, ICAL.Component>();
  for (const ev of calendar.getAllSubcomponents("vevent")) out.set(String(ev.getFirstPropertyValue("uid")), ev);
  return out;
}

const dateOf = (ev: ICAL.Component | undefined, prop: string) => String(ev?.getFirstPropertyValue(prop) ?? "");

describe("GET /v1/pairs/{pair}/calendar.ics", () => {
  it("serves RFC 5545 with the pair's dated milestones", async ({ expect }) => {
    const res = await get("/v1/pairs/KZ-MA/calendar.ics");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const events = vevents(await res.text());

    // Each commitment step on the day of an event of its track is merged into that event: one VEVENT per milestone.
    const inForce = events.get("ev_kzma_20250319_visa_in_force@bilateral.dev");
    expect(dateOf(inForce, "dtstart")).toBe("2025-03-19");
    expect(dateOf(inForce, "dtend")).toBe("2025-03-20");
    expect(inForce?.getFirstProperty("dtstart")?.type).toBe("date");
    expect(String(inForce?.getFirstPropertyValue("description"))).toContain("In force from: ");
    const signed = events.get("ev_kzma_20240926_visa_signing@bilateral.dev");
    expect(dateOf(signed, "dtstart")).toBe("2024-09-26");
    expect(signed?.getFirstProperty("categories")?.getValues()).toEqual(["signing", "commitment", "signed"]);
    expect(events.has("cm_kzma_visa_exemption-signed@bilateral.dev")).toBe(false);
    expect(events.has("cm_kzma_visa_exemption-in-force@bilateral.dev")).toBe(false);
    expect(events.has("cm_kzma_joint_statement_2025-signed@bilateral.dev")).toBe(false);
    const days = [...events.values()].map((ev) => dateOf(ev, "dtstart"));
    expect(new Set(days).size).toBe(days.length);

    const rabat = events.get("ev_kzma_20250228_rabat@bilateral.dev");
    expect(dateOf(rabat, "dtstart")).toBe("2025-02-28");
    expect(dateOf(rabat, "dtend")).toBe("2025-03-01");
    expect(rabat?.getFirstPropertyValue("location")).toBe("Rabat");
    expect(rabat?.getFirstPropertyValue("summary")).toBe(
      seed.events.find((e) => e.id === "ev_kzma_20250228_rabat")?.titles.en,
    );
    expect(String(rabat?.getFirstPropertyValue("dtstamp"))).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

    // A range: DTEND is exclusive, the day after the last day.
    const interpol = events.get("ev_kzma_20251124_interpol_ga@bilateral.dev");
    expect(dateOf(interpol, "dtstart")).toBe("2025-11-24");
    expect(dateOf(interpol, "dtend")).toBe("2025-11-28");

    // Every seeded event is there, and every seeded commitment date.
    for (const e of seed.events) expect(events.has(`${e.id}@bilateral.dev`)).toBe(true);
    expect(events.size).toBe(seed.events.length);
  });

  it("keeps UIDs stable across requests and languages", async ({ expect }) => {
    const first = [...vevents(await (await get("/v1/pairs/KZ-MA/calendar.ics")).text()).keys()].sort();
    const again = [...vevents(await (await get("/v1/pairs/KZ-MA/calendar.ics")).text()).keys()].sort();
    const french = [...vevents(await (await get("/v1/pairs/KZ-MA/calendar.ics?lang=fr")).text()).keys()].sort();
    expect(again).toEqual(first);
    expect(french).toEqual(first);
  });

  it("folds Arabic lines at 75 octets without splitting a UTF-8 sequence, CRLF everywhere", async ({ expect }) => {
    const res = await get("/v1/pairs/KZ-MA/calendar.ics?lang=ar");
    const bytes = new Uint8Array(await res.arrayBuffer());
    const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
    const lines: Uint8Array[] = [];
    let start = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0x0a) {
        expect(bytes[i - 1]).toBe(0x0d); // no bare LF
        lines.push(bytes.subarray(start, i - 1));
        start = i + 1;
      }
    }
    expect(start).toBe(bytes.length); // the last line is CRLF-terminated too
    let folded = 0;
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => strict.decode(line)).not.toThrow(); // a split sequence would not decode on its own
      if (line[0] === 0x20) folded++;
    }
    expect(folded).toBeGreaterThan(0);
    // Unfolded by a real parser, the Arabic title comes back whole.
    const rabat = vevents(strict.decode(bytes)).get("ev_kzma_20250228_rabat@bilateral.dev");
    expect(rabat?.getFirstPropertyValue("summary")).toBe(
      seed.events.find((e) => e.id === "ev_kzma_20250228_rabat")?.titles.ar,
    );
  });

  it("answers 404 problem+json for an untracked pair and 400 for a malformed one", async ({ expect }) => {
    const unknown = await get("/v1/pairs/FR-MA/calendar.ics");
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(await readProblem(unknown)).toMatchObject({ code: "pair-not-tracked", status: 404 });
    const malformed = await get("/v1/pairs/XX-MA/calendar.ics");
    expect(malformed.status).toBe(400);
    expect(await readProblem(malformed)).toMatchObject({ code: "invalid-pair", status: 400 });
    const reversed = await get("/v1/pairs/MA-KZ/calendar.ics?lang=fr");
    expect(reversed.status).toBe(308);
    expect(reversed.headers.get("location")).toBe("/v1/pairs/KZ-MA/calendar.ics?lang=fr");
  });
});
