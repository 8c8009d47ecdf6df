/**
 * A small per-isolate LRU of rendered responses, in front of the Cache API. Its keys are the same
 * versioned keys, so it is exactly as fresh as the Cache API (a change moves the version, and the version
 * memo bounds staleness to a second). It saves the Cache API round trip on hot representations; isolates
 * are recycled, so it is an optimisation only, bounded in entries and bytes.
 */

/** A stored response: status, headers and the whole body. */
export interface MemoryEntry {
  status: number;
  headers: [string, string][];
  body: ArrayBuffer;
}

/** Bounds: entries, total bytes, and the largest body kept (bigger ones go to the Cache API only). */
export const MEMORY_CACHE_LIMITS = { entries: 256, bytes: 8 * 1024 * 1024, entryBytes: 512 * 1024 } as const;

const entries = new Map<string, MemoryEntry>();
let bytes = 0;

/** The entry of a key, refreshed as most recently used; undefined when absent. */
export function memoryGet(key: string): MemoryEntry | undefined {
  const entry = entries.get(key);
  if (!entry) return undefined;
  entries.delete(key);
  entries.set(key, entry);
  return entry;
}

/** Stores an entry, evicting the least recently used ones past the bounds. */
export function memoryPut(key: string, entry: MemoryEntry): void {
  if (entry.body.byteLength > MEMORY_CACHE_LIMITS.entryBytes) return;
  memoryDelete(key);
  entries.set(key, entry);
  bytes += entry.body.byteLength;
  for (const [oldest, old] of entries) {
    if (entries.size <= MEMORY_CACHE_LIMITS.entries && bytes <= MEMORY_CACHE_LIMITS.bytes) break;
    entries.delete(oldest);
    bytes -= old.body.byteLength;
  }
}

function memoryDelete(key: string): void {
  const old = entries.get(key);
  if (!old) return;
  entries.delete(key);
  bytes -= old.body.byteLength;
}

/** Empties the memory cache (tests). */
export function memoryClear(): void {
  entries.clear();
  bytes = 0;
}

/** Entry count and bytes held (tests, diagnostics). */
export function memoryStats(): { entries: number; bytes: number } {
  return { entries: entries.size, bytes };
}

/** A fresh Response of an entry (bodies are immutable ArrayBuffers, shared safely between responses). */
export function entryResponse(entry: MemoryEntry): Response {
  return new Response(entry.body, { status: entry.status, headers: entry.headers });
}

/** Reads a response into an entry (consumes its body). */
export async function toEntry(res: Response): Promise<MemoryEntry> {
  return { status: res.status, headers: [...res.headers], body: await res.arrayBuffer() };
}
