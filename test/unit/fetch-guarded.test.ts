import { describe, it } from "vitest";
import { GuardedFetchError, guardedFetch } from "../../src/net/fetch-guarded";

const MB = 1024 * 1024;

/** A chunked body of `total` bytes made on demand, counting what was pulled and whether it was cancelled. */
function endlessBody(total: number, chunk = 64 * 1024) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= total) return controller.close();
      state.pulled += chunk;
      controller.enqueue(new Uint8Array(chunk).fill(0x61));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

async function failure(p: Promise<unknown>): Promise<GuardedFetchError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof GuardedFetchError) return err;
    throw err;
  }
  throw new Error("expected the fetch to fail");
}

describe("guardedFetch", () => {
  it("cancels a 50 MB chunked body at the byte cap without buffering it", async ({ expect }) => {
    const { stream, state } = endlessBody(50 * MB);
    const err = await failure(
      guardedFetch("https://feeds.example.org/huge.rss", {
        fetcher: async () => new Response(stream),
        maxBytes: 5 * MB,
      }),
    );
    expect(err.reason).toBe("too-large");
    expect(state.cancelled).toBe(true);
    // Only up to the cap (plus the chunk that crossed it and what the stream queued ahead) was ever produced.
    expect(state.pulled).toBeLessThanOrEqual(5 * MB + 3 * 64 * 1024);
  });

  it("counts bytes, not characters: 3 MB of 'é' passes a 5 MB cap, 6 MB of it does not", async ({ expect }) => {
    const body = (n: number) => "é".repeat(n / 2);
    const ok = await guardedFetch("https://feeds.example.org/e", {
      fetcher: async () => new Response(body(3 * MB)),
      maxBytes: 5 * MB,
    });
    expect(ok.body.byteLength).toBe(3 * MB);
    const err = await failure(
      guardedFetch("https://feeds.example.org/e", {
        fetcher: async () => new Response(body(6 * MB)),
        maxBytes: 5 * MB,
      }),
    );
    expect(err.reason).toBe("too-large");
  });

  it("refuses at once a body whose declared length is over the cap", async ({ expect }) => {
    const { stream, state } = endlessBody(10 * MB);
    const err = await failure(
      guardedFetch("https://feeds.example.org/big", {
        fetcher: async () => new Response(stream, { headers: { "content-length": String(10 * MB) } }),
        maxBytes: MB,
      }),
    );
    expect(err.reason).toBe("too-large");
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThanOrEqual(3 * 64 * 1024);
  });

  it("abandons an origin that sends no headers, and one that trickles its body forever", async ({ expect }) => {
    const silent = await failure(
      guardedFetch("https://slow.example.org/rss", {
        fetcher: () => new Promise<Response>(() => undefined),
        connectTimeoutMs: 50,
        totalTimeoutMs: 1000,
      }),
    );
    expect(silent).toMatchObject({ reason: "timeout", message: "no response headers in time" });

    let cancelled = false;
    const trickle = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((r) => setTimeout(r, 20));
        controller.enqueue(new Uint8Array([0x61]));
      },
      cancel() {
        cancelled = true;
      },
    });
    const started = Date.now();
    const slow = await failure(
      guardedFetch("https://slow.example.org/rss", {
        fetcher: async () => new Response(trickle),
        connectTimeoutMs: 50,
        totalTimeoutMs: 200,
      }),
    );
    expect(slow).toMatchObject({ reason: "timeout", message: "total time limit reached" });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(cancelled).toBe(true);
  });

  it("follows redirects by hand and refuses one that lands on an internal address", async ({ expect }) => {
    const asked: string[] = [];
    const fetcher = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new Request(input).url;
      asked.push(url);
      expect(init?.redirect).toBe("manual");
      if (url === "https://feeds.example.org/a")
        return new Response(null, { status: 301, headers: { location: "/b" } });
      if (url === "https://feeds.example.org/b")
        return new Response(null, { status: 302, headers: { location: "http://[::ffff:169.254.169.254]/latest" } });
      return new Response("secret metadata");
    };
    const err = await failure(guardedFetch("https://feeds.example.org/a", { fetcher }));
    expect(err.reason).toBe("internal");
    expect(asked).toEqual(["https://feeds.example.org/a", "https://feeds.example.org/b"]);
  });

  it("gives up after five redirects, and follows up to five", async ({ expect }) => {
    const hop = (n: number) => `https://feeds.example.org/${n}`;
    const fetcher = (last: number) => async (input: RequestInfo | URL) => {
      const n = Number(new URL(new Request(input).url).pathname.slice(1));
      if (n < last) return new Response(null, { status: 307, headers: { location: hop(n + 1) } });
      return new Response("<rss/>");
    };
    const ok = await guardedFetch(hop(0), { fetcher: fetcher(5) });
    expect({ url: ok.url, body: new TextDecoder().decode(ok.body) }).toEqual({ url: hop(5), body: "<rss/>" });
    expect((await failure(guardedFetch(hop(0), { fetcher: fetcher(6) }))).reason).toBe("too-many-redirects");
  });

  it("refuses other schemes and internal addresses before any request", async ({ expect }) => {
    let calls = 0;
    const fetcher = async () => {
      calls++;
      return new Response("x");
    };
    expect((await failure(guardedFetch("file:///etc/passwd", { fetcher }))).reason).toBe("scheme");
    expect((await failure(guardedFetch("http://0x7f.1/", { fetcher }))).reason).toBe("internal");
    expect(
      (
        await failure(
          guardedFetch("https://feeds.example.org/", {
            fetcher: async () => new Response(null, { status: 302, headers: { location: "gopher://x/" } }),
          }),
        )
      ).reason,
    ).toBe("scheme");
    expect(calls).toBe(0);
  });
});
