/**
 * A signing dated after the report's own day has not happened: "acolhe amanhã a assinatura" over a dateline of the
 * 14th is planned, never signed; a signing dated on or before that day stays signed. Sentences written for this
 * project (FICTIONAL).
 */
import { describe, it } from "vitest";
import { analyze } from "../../../src/ingest/analyze";
import { notSignedYet } from "../../../src/ingest/recognize/commitment-ahead";
import type { CommitmentHit } from "../../../src/ingest/types";

const hit = (status: CommitmentHit["status"], signedOn?: string): CommitmentHit => ({
  kind: "agreement",
  status,
  sector: "health",
  title: "Agreement",
  ...(signedOn ? { signedOn } : {}),
  quote: { start: 0, end: 1, text: "x" },
  confidence: 0.8,
});

describe("signings dated after the report's day", () => {
  it("reads them as planned, and keeps those dated on or before it", ({ expect }) => {
    const out = notSignedYet([hit("signed", "2026-05-15"), hit("signed", "2026-05-14"), hit("ratified")], "2026-05-14");
    expect(out.map((c) => `${c.status} ${c.signedOn ?? "-"}`)).toEqual([
      "proposed -",
      "signed 2026-05-14",
      "ratified -",
    ]);
  });
  it("changes nothing without a day of the report", ({ expect }) => {
    expect(notSignedYet([hit("signed", "2026-05-15")], undefined)[0]?.status).toBe("signed");
  });
  it("a capital that hosts a signing tomorrow, under a dateline", async ({ expect }) => {
    const a = await analyze({
      text: "Moçambique e Cuba preparam acordo de pescas\n\nMaputo, 14 de Maio de 2026 – A capital moçambicana acolhe amanhã a assinatura, entre Moçambique e Cuba, de um acordo de cooperação no domínio das pescas.",
    });
    expect(a.commitments.map((c) => c.status)).toEqual(["proposed"]);
  });
});
