/**
 * What a report is expected to give, in one shape for both sources of expectations: the real set's manifest
 * (`expect`, written by an analyst before running the pipeline) and the project's fixtures (the newer `expect`
 * or the older `expected` of test/unit/ingest/fixtures.ts). A field left undefined is not scored.
 */
import { roughHtmlToText } from "./html";

/** One instrument a report states, with its status as the report gives it. */
export interface ExpectedCommitment {
  about: string;
  track?: string;
  legalForm?: string | null;
  status: string;
  signedOn?: string | null;
  effectiveOn?: string | null;
}

/** A report's expectations in the manifest's shape. */
export interface Expectation {
  pairs: string[];
  sectors?: string[];
  eventDate?: string | null;
  place?: string | null;
  title?: boolean;
  commitments?: ExpectedCommitment[];
  notes?: string;
}

/** One report to score: its input and what it must give. */
export interface ScoredReport {
  id: string;
  set: "fixtures" | "real";
  language: string;
  kind?: string;
  group?: string;
  input: { text: string; title?: string; url?: string; outlet?: string; publishedAt?: string };
  expect: Expectation;
}

interface OldExpected {
  language: string;
  pair: string | null;
  event?: string | null;
  eventDate?: string;
  sectors?: string[];
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Maps the older fixture shape (`expected: { language, pair, event, eventDate, sectors }`) to an Expectation. */
export function fromOldExpected(e: OldExpected): Expectation {
  const out: Expectation = { pairs: e.pair ? [e.pair] : [] };
  if (e.sectors) out.sectors = e.sectors;
  // The old shape only states a date when the fixture has one; an event without one is not scored on its date.
  if (e.eventDate) out.eventDate = e.eventDate;
  return out;
}

/**
 * A fixture file as a ScoredReport, or undefined when it carries no expectations (or no text to read).
 * `name` is the file name without extension; `set` says where it came from.
 */
export function fixtureReport(name: string, raw: unknown): ScoredReport | undefined {
  if (!isObject(raw)) return undefined;
  const page = typeof raw.html === "string" ? roughHtmlToText(raw.html) : undefined;
  const text = typeof raw.text === "string" ? raw.text : page?.text;
  if (!text) return undefined;
  const input: ScoredReport["input"] = { text };
  if (page?.title) input.title = page.title;
  for (const k of ["title", "url", "outlet", "publishedAt"] as const) {
    const v = raw[k];
    if (typeof v === "string") input[k] = v;
  }
  let expect: Expectation | undefined;
  let language: string | undefined = typeof raw.language === "string" ? raw.language : undefined;
  if (isObject(raw.expect)) {
    expect = raw.expect as unknown as Expectation;
    if (typeof raw.expect.language === "string") language = raw.expect.language;
  } else if (isObject(raw.expected)) {
    const old = raw.expected as unknown as OldExpected;
    expect = fromOldExpected(old);
    language = old.language;
  }
  if (!expect || !language) return undefined;
  const report: ScoredReport = { id: name, set: "fixtures", language, input, expect };
  if (isObject(raw.expected) && typeof raw.expected.event === "string") report.group = raw.expected.event;
  if (typeof raw.group === "string") report.group = raw.group;
  return report;
}
