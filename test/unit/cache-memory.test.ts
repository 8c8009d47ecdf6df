import { afterEach, describe, it } from "vitest";
import {
  entryResponse,
  MEMORY_CACHE_LIMITS,
  memoryClear,
  memoryGet,
  memoryPut,
  memoryStats,
  toEntry,
} from "../../src/http/memory-cache";

const entryOf = (size: number) => ({
  status: 200,
  headers: [["content-type", "application/json"]] as [string, string][],
  body: new ArrayBuffer(size),
});

afterEach(() => memoryClear());

describe("per-isolate memory cache", () => {
  it("round-trips a response with its status, headers and body", async ({ expect }) => {
    const entry = await toEntry(
      new Response('{"a":1}', { status: 200, headers: { etag: '"x"', "content-type": "application/json" } }),
    );
    memoryPut("k", entry);
    const got = memoryGet("k");
    expect(got).toBeDefined();
    const res = entryResponse(got ?? entry);
    expect(res.headers.get("etag")).toBe('"x"');
    expect(await res.json()).toEqual({ a: 1 });
    // The body is reusable: a second response reads the same bytes.
    expect(await entryResponse(got ?? entry).text()).toBe('{"a":1}');
  });

  it("evicts the least recently used entry past the entry bound", ({ expect }) => {
    for (let i = 0; i < MEMORY_CACHE_LIMITS.entries; i++) memoryPut(`k${i}`, entryOf(1));
    memoryGet("k0"); // k0 is now the most recent; k1 the least
    memoryPut("extra", entryOf(1));
    expect(memoryStats().entries).toBe(MEMORY_CACHE_LIMITS.entries);
    expect(memoryGet("k1")).toBeUndefined();
    expect(memoryGet("k0")).toBeDefined();
    expect(memoryGet("extra")).toBeDefined();
  });

  it("keeps the byte bound and skips oversized bodies", ({ expect }) => {
    const size = MEMORY_CACHE_LIMITS.entryBytes;
    const fit = Math.floor(MEMORY_CACHE_LIMITS.bytes / size);
    for (let i = 0; i <= fit; i++) memoryPut(`b${i}`, entryOf(size));
    expect(memoryStats().bytes).toBeLessThanOrEqual(MEMORY_CACHE_LIMITS.bytes);
    expect(memoryGet("b0")).toBeUndefined();
    memoryPut("huge", entryOf(size + 1));
    expect(memoryGet("huge")).toBeUndefined();
    // Replacing a key does not count its bytes twice.
    const before = memoryStats().bytes;
    memoryPut(`b${fit}`, entryOf(size));
    expect(memoryStats().bytes).toBe(before);
  });
});
