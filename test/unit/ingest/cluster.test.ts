import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { betterDate, type ClusterInput, matchEvent } from "../../../src/ingest/plan/cluster";
import type { Analysis, DateEvidence, EventCandidate } from "../../../src/ingest/types";
import { FIXTURES, inputOf } from "./fixtures";

const asInput = (a: Analysis): ClusterInput => ({
  ...(a.pairs[0] ? { pair: a.pairs[0].key } : {}),
  ...(a.eventDate ? { eventDate: a.eventDate } : {}),
  tracks: a.tracks.map((t) => t.slug),
  entities: a.entities,
  ...(a.place ? { place: a.place } : {}),
});

/** What a store would do: join the matching event of the pair, or start one from a dated report. */
function clusterAll(analyses: [string, Analysis][]) {
  const events: (EventCandidate & { pair: string; members: string[] })[] = [];
  for (const [name, a] of analyses) {
    const input = asInput(a);
    if (!input.pair) continue;
    const candidates = events.filter((e) => e.pair === input.pair);
    const id = matchEvent(input, candidates);
    const joined = id ? events.find((e) => e.id === id) : undefined;
    if (joined) {
      joined.members.push(name);
      joined.tracks = [...new Set([...joined.tracks, ...input.tracks])];
      joined.entities = [...new Set([...joined.entities, ...input.entities])];
      const best = betterDate({ date: joined.date, evidence: joined.dateEvidence }, input.eventDate);
      if (best) {
        joined.date = best.date;
        joined.dateEvidence = best.evidence;
      }
    } else if (input.eventDate) {
      events.push({
        id: `ev${events.length + 1}`,
        pair: input.pair,
        date: input.eventDate.date,
        dateEvidence: input.eventDate.evidence,
        tracks: [...input.tracks],
        entities: [...input.entities],
        place: input.place ?? null,
        members: [name],
      });
    }
  }
  return events;
}

describe("matchEvent over the fixtures", () => {
  it("puts the reports of the Rabat visit (5 outlets and a syndicated copy) in one event and the Astana session in another", async ({
    expect,
  }) => {
    const analyses: [string, Analysis][] = [];
    for (const [name, f] of Object.entries(FIXTURES)) analyses.push([name, await analyze(inputOf(f))]);
    const events = clusterAll(analyses);
    const byExpected = new Map<string, string[]>();
    for (const [name, f] of Object.entries(FIXTURES)) {
      if (f.expected.event) byExpected.set(f.expected.event, [...(byExpected.get(f.expected.event) ?? []), name]);
    }
    expect(events.map((e) => e.members.slice().sort())).toEqual([...byExpected.values()].map((m) => m.slice().sort()));
    const visit = events[0];
    expect(visit).toMatchObject({ date: "2025-02-28", dateEvidence: "explicit", place: "Rabat" });
    expect(visit?.entities).toEqual(expect.arrayContaining(["rabat", "murat nurtleu", "nasser bourita"]));
    expect(events[1]).toMatchObject({ date: "2025-10-14", place: "Astana" });
  });
});

describe("matchEvent", () => {
  const rabat: EventCandidate = {
    id: "ev_rabat",
    date: "2025-02-28",
    dateEvidence: "explicit",
    tracks: ["visa-exemption", "security"],
    entities: ["rabat", "nasser bourita", "murat nurtleu"],
    place: "Rabat",
  };
  const astana: EventCandidate = {
    id: "ev_astana",
    date: "2025-10-14",
    dateEvidence: "explicit",
    tracks: ["joint-commission"],
    entities: ["astana"],
    place: "Astana",
  };

  it("needs the date window and something in common", ({ expect }) => {
    const base = { tracks: [], entities: ["rabat"], place: "Rabat" };
    expect(matchEvent({ ...base, eventDate: { date: "2025-03-02", evidence: "weekday" } }, [rabat, astana])).toBe(
      "ev_rabat",
    );
    expect(
      matchEvent({ ...base, eventDate: { date: "2025-03-04", evidence: "weekday" } }, [rabat, astana]),
    ).toBeUndefined();
    expect(
      matchEvent({ tracks: [], entities: ["casablanca"], eventDate: { date: "2025-02-28", evidence: "explicit" } }, [
        rabat,
      ]),
    ).toBeUndefined();
  });

  it("widens the window when a date is only the publication date", ({ expect }) => {
    const late = {
      tracks: ["visa-exemption"],
      entities: [],
      eventDate: { date: "2025-03-05", evidence: "published" as const },
    };
    expect(matchEvent(late, [rabat])).toBe("ev_rabat");
  });

  it("lets an undated report join the best-overlapping event, or none", ({ expect }) => {
    expect(matchEvent({ tracks: ["visa-exemption"], entities: ["nasser bourita"] }, [rabat, astana])).toBe("ev_rabat");
    expect(matchEvent({ tracks: [], entities: ["rabat"] }, [rabat, astana])).toBeUndefined();
  });
});

describe("matchEvent keeps apart meetings of the same pair in different cities (FICTIONAL cases)", () => {
  // Invented: the two foreign ministers meet in Rabat on a Friday and again in Astana two days later.
  const rabat: EventCandidate = {
    id: "ev_rabat",
    date: "2025-02-28",
    dateEvidence: "explicit",
    tracks: ["political-dialogue"],
    entities: ["rabat", "nasser bourita", "murat nurtleu"],
    place: "Rabat",
  };
  const people = ["nasser bourita", "murat nurtleu"];

  it("does not join a same-week report of the same people meeting in another city", ({ expect }) => {
    const astana = {
      tracks: ["political-dialogue"],
      entities: ["astana", ...people],
      place: "Astana",
      eventDate: { date: "2025-03-02", evidence: "explicit" as const },
    };
    expect(matchEvent(astana, [rabat])).toBeUndefined();
    const { eventDate: _, ...undated } = astana;
    expect(matchEvent(undated, [rabat])).toBeUndefined();
  });

  it("still joins when the other city is only the outlet's dateline and the text names the event's city", ({
    expect,
  }) => {
    const dateline = {
      tracks: ["political-dialogue"],
      entities: ["astana", "rabat", ...people],
      place: "Astana",
      eventDate: { date: "2025-02-28", evidence: "weekday" as const },
    };
    expect(matchEvent(dateline, [rabat])).toBe("ev_rabat");
  });

  it("compares places without case or accents (Brasília, Brasilia)", ({ expect }) => {
    const brasilia: EventCandidate = { ...rabat, id: "ev_bsb", entities: people, place: "Brasília" };
    const report = {
      tracks: [],
      entities: people,
      place: "Brasilia",
      eventDate: { date: "2025-02-28", evidence: "explicit" as const },
    };
    expect(matchEvent(report, [brasilia])).toBe("ev_bsb");
  });
});

describe("betterDate", () => {
  it("ranks explicit over weekday over published, and keeps the first on a tie", ({ expect }) => {
    type D = { date: string; evidence: DateEvidence };
    const explicit: D = { date: "2025-02-28", evidence: "explicit" };
    const weekday: D = { date: "2025-02-27", evidence: "weekday" };
    const published: D = { date: "2025-03-01", evidence: "published" };
    expect(betterDate(published, weekday)).toBe(weekday);
    expect(betterDate(weekday, explicit)).toBe(explicit);
    expect(betterDate(explicit, weekday)).toBe(explicit);
    expect(betterDate(weekday, { ...weekday, date: "2025-02-26" })).toBe(weekday);
    expect(betterDate(undefined, published)).toBe(published);
  });
});
