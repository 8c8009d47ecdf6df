// Where the poll scenario's reads fell. A poll runs in bursts (50 items, then the feed waits for the next refresh
// and the local queue's batch timeout), so reads "during a poll" mix time when a poll is under way with time
// between polls. This module records every answer's time and Cache-Status, and the spans when a poll ran (from
// the worker fetching the feed to its job run's item count moving, sampled every 500 ms), so the ratio can be
// split into reads while a poll ran and reads between polls.

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** What a 200 answer's Cache-Status says: an isolate-memory hit, a Cache API hit, or a miss (rebuilt). */
function cacheKind(status, headers) {
  if (status !== 200) return "other";
  const key = Object.keys(headers).find((k) => k.toLowerCase() === "cache-status");
  const value = key ? String(headers[key]) : "";
  if (value.includes("detail=memory")) return "memory";
  if (/;\s*hit/.test(value)) return "cache";
  return "miss";
}

/** A log of answers: their times (ms) and a tally of cache outcomes; `onResponse` is the bench's hook. */
export function answerLog() {
  const at = [];
  const kinds = { memory: 0, cache: 0, miss: 0, other: 0 };
  return {
    at,
    kinds,
    onResponse(status, headers) {
      at.push(Date.now());
      kinds[cacheKind(status, headers)]++;
    },
  };
}

/** Samples `count()` every `everyMs` until `stop()`: [{ t, n }]. */
export function sampler(count, everyMs = 500) {
  const samples = [];
  let on = true;
  const loop = (async () => {
    while (on) {
      // Timed when the count arrives: a request sent before a poll ended may be answered after it.
      const n = await count();
      samples.push({ t: Date.now(), n });
      await sleep(everyMs);
    }
  })();
  return {
    samples,
    stop: async () => {
      on = false;
      await loop;
    },
  };
}

/**
 * The spans [start, end] (ms) when a poll ran: from each fetch of the feed to the first sample after it whose
 * item count is above the count before the fetch (a poll adds its items to the job run when it ends).
 */
export function pollSpans(fetches, samples, openEnd) {
  return fetches.map((f) => {
    const before = samples.filter((s) => s.t <= f).at(-1)?.n ?? 0;
    const end = samples.find((s) => s.t > f && s.n > before)?.t ?? openEnd;
    return [f, end];
  });
}

/** Milliseconds of [t0, t1] covered by the union of `spans`. */
function covered(spans, t0, t1) {
  let ms = 0;
  let reach = t0;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    const from = Math.max(a, reach);
    const to = Math.min(b, t1);
    if (to > from) ms += to - from;
    reach = Math.max(reach, to);
  }
  return ms;
}

/** Splits the answers of the window [t0, t1] into those while a poll ran and those between polls (req/s each). */
export function splitByPoll(answers, spans, [t0, t1]) {
  const busyMs = covered(spans, t0, t1);
  const idleMs = t1 - t0 - busyMs;
  const inWindow = answers.at.filter((t) => t >= t0 && t <= t1);
  const busy = inWindow.filter((t) => spans.some(([a, b]) => t >= a && t <= b)).length;
  const idle = inWindow.length - busy;
  const during = spans.filter(([a, b]) => b > t0 && a < t1).map(([a, b]) => (b - a) / 1000);
  return {
    windowS: (t1 - t0) / 1000,
    busyShare: busyMs / (t1 - t0),
    busyRps: busyMs > 0 ? busy / (busyMs / 1000) : Number.NaN,
    idleRps: idleMs > 0 ? idle / (idleMs / 1000) : Number.NaN,
    pollSeconds: during,
    timeline: timeline(inWindow, spans, t0, t1),
  };
}

/** Reads per second of the window, each second marked "P" when a poll ran during any of it. */
function timeline(times, spans, t0, t1) {
  const out = [];
  for (let a = t0; a < t1; a += 1000) {
    const n = times.filter((t) => t >= a && t < a + 1000).length;
    out.push(`${n}${spans.some(([s, e]) => s < a + 1000 && e > a) ? "P" : ""}`);
  }
  return out.join(" ");
}
