import { createExecutionContext, createMessageBatch, getQueueResult, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, it } from "vitest";
import { app } from "../../src/app";
import worker from "../../src/index";
import { DEAD_LETTER_QUEUE } from "../../src/jobs/messages";

const admin = async (path: string, init: RequestInit, queue: Queue) => {
  const ctx = createExecutionContext();
  const req = new Request(`https://bilateral.test${path}`, {
    ...init,
    headers: { authorization: "Bearer test-admin-token" },
  });
  const res = await app.fetch(req, { ...env, INGEST: queue }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
};

describe("dead-letter queue", () => {
  it("stores what the ingest queue gave up on, lists it, and replays a valid message once asked", async ({
    expect,
  }) => {
    const batch = createMessageBatch(DEAD_LETTER_QUEUE, [
      { id: "dl-1", timestamp: new Date(), attempts: 4, body: { type: "poll-feed", feedId: 7, runId: 3 } },
      { id: "dl-2", timestamp: new Date(), attempts: 4, body: { junk: true } },
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env, ctx);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks.length + (result.ackAll ? batch.messages.length : 0)).toBe(2);

    const sent: unknown[] = [];
    const queue = { send: async (body: unknown) => void sent.push(body) } as unknown as Queue;
    const list = await admin("/v1/admin/dead-letters", {}, queue);
    expect(list.status).toBe(200);
    const { deadLetters } = (await list.json()) as {
      deadLetters: { id: number; messageId: string; body: string; attempts: number; replayedAt: string | null }[];
    };
    expect(deadLetters.map((d) => [d.messageId, JSON.parse(d.body), d.attempts, d.replayedAt])).toEqual([
      ["dl-2", { junk: true }, 4, null],
      ["dl-1", { type: "poll-feed", feedId: 7, runId: 3 }, 4, null],
    ]);
    const [junk, valid] = deadLetters;

    const replay = await admin(`/v1/admin/dead-letters/${valid?.id}/replay`, { method: "POST" }, queue);
    expect(replay.status).toBe(202);
    expect(sent).toEqual([{ type: "poll-feed", feedId: 7, runId: 3 }]);
    const bad = await admin(`/v1/admin/dead-letters/${junk?.id}/replay`, { method: "POST" }, queue);
    expect(bad.status).toBe(422);
    expect((await admin("/v1/admin/dead-letters/999999/replay", { method: "POST" }, queue)).status).toBe(404);
    expect(sent).toHaveLength(1);
    const after = (await (await admin("/v1/admin/dead-letters", {}, queue)).json()) as {
      deadLetters: { id: number; replayedAt: string | null }[];
    };
    expect(after.deadLetters.find((d) => d.id === valid?.id)?.replayedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("is configured in wrangler.toml for the ingest consumer", async ({ expect }) => {
    const { default: toml } = await import("../../wrangler.toml?raw");
    expect(toml).toMatch(/dead_letter_queue = "bilateral-ingest-dlq"/);
    expect(toml).toMatch(/\[\[queues\.consumers\]\]\nqueue = "bilateral-ingest-dlq"/);
  });
});
