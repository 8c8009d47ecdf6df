import { describe, it } from "vitest";
import {
  BANDS,
  bands,
  contentHash,
  minhash,
  PERMUTATIONS,
  shingles,
  similarity,
} from "../../../src/ingest/read/minhash";
import { fnv1a, fnv1a32 } from "../../../src/lib/hash";
import { fixture } from "./fixtures";

describe("minhash", () => {
  it("uses seeded 32-bit hashes and is stable", ({ expect }) => {
    expect(fnv1a32("a")).toBe(0xe40c292c);
    expect(fnv1a("a")).toBe("e40c292c");
    const sig = minhash("the quick brown fox jumps over the lazy dog");
    expect(sig).toHaveLength(PERMUTATIONS);
    expect(sig.every((v) => Number.isInteger(v) && v >= 0 && v <= 0xffffffff)).toBe(true);
    expect(minhash("The quick brown fox — jumps over the lazy dog!")).toEqual(sig);
    expect(bands(sig)).toHaveLength(BANDS);
  });

  it("shingles normalized words by three", ({ expect }) => {
    expect([...shingles("Le Maroc, et le KAZAKHSTAN")]).toEqual(["le maroc et", "maroc et le", "et le kazakhstan"]);
    expect([...shingles("Rabat")]).toEqual(["rabat"]);
  });

  it("finds a syndicated copy similar and sharing bands, and different reports apart", ({ expect }) => {
    const original = minhash(fixture("en-position-visa").text ?? "");
    const copy = minhash(fixture("en-position-visa-syndicated").text ?? "");
    const other = minhash(fixture("en-joint-commission-astana").text ?? "");
    expect(similarity(original, copy)).toBeGreaterThan(0.6);
    expect(similarity(original, other)).toBeLessThan(0.1);
    const shared = bands(original).filter((b) => bands(copy).includes(b));
    expect(shared.length).toBeGreaterThan(0);
    expect(bands(original).filter((b) => bands(other).includes(b))).toEqual([]);
  });
});

describe("contentHash", () => {
  it("is the SHA-256 hex of the matching form: same text, same hash, whatever its spacing or case", async ({
    expect,
  }) => {
    const a = await contentHash("Kazakhstan backs Morocco's plan.");
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await contentHash("  KAZAKHSTAN backs\nMorocco’s plan  ")).toBe(a);
    expect(await contentHash("Kazakhstan backs Morocco's autonomy plan.")).not.toBe(a);
  });
});
