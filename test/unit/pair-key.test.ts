import { describe, it } from "vitest";
import { pairKey, parsePair } from "../../src/lib/pair-key";

describe("pair keys", () => {
  it("sorts and upper-cases, and says whether the input was canonical", ({ expect }) => {
    expect(parsePair("KZ-MA")).toEqual({ ok: true, key: "KZ-MA", codes: ["KZ", "MA"], canonical: true });
    expect(parsePair("MA-KZ")).toMatchObject({ ok: true, key: "KZ-MA", canonical: false });
    expect(parsePair("ma-kz")).toMatchObject({ ok: true, key: "KZ-MA", canonical: false });
    expect(pairKey("ma", "kz")).toBe("KZ-MA");
  });

  it("rejects non-ISO codes, identical codes and other shapes", ({ expect }) => {
    for (const bad of ["XX-YY", "MA-MA", "foo", "MAR-KAZ", "MA_KZ", "MA-", "UK-FR"]) {
      expect(parsePair(bad).ok, bad).toBe(false);
    }
    expect(pairKey("MA", "MA")).toBeUndefined();
  });
});
