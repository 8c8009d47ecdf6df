import { describe, it } from "vitest";
import migration from "../../migrations/0005_commitment_legal_form.sql?raw";
import schema from "../../schema.sql?raw";
import { LEGAL_FORMS } from "../../src/schemas/vocabulary";

/** The values a `legal_form ... IN (...)` CHECK allows, in order. */
function allowed(sql: string): string[] {
  const list = /legal_form IN \(([^)]*)\)/.exec(sql)?.[1] ?? "";
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1] ?? "");
}

describe("commitments.legal_form", () => {
  it("allows exactly LEGAL_FORMS, in schema.sql and in its migration", ({ expect }) => {
    expect(allowed(schema)).toEqual([...LEGAL_FORMS]);
    expect(allowed(migration)).toEqual([...LEGAL_FORMS]);
  });
});
