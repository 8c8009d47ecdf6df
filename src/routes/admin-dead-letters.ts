/** Dead letters of the ingest queue: list them, replay one (its body goes back on the ingest queue). */
import { adminDb } from "../http/db-session";
import { Hono } from "hono";
import * as v from "valibot";
import type { AppEnv } from "../http/env";
import { ProblemError } from "../http/problem";
import { valid } from "../http/validate";
import { IngestMessageSchema } from "../jobs/messages";
import { defineAdminRoute } from "../openapi/registry";
import { rowIdParams } from "../schemas/common";
import { getDeadLetter, listDeadLetters, markReplayed } from "../store/dead-letters";

export const adminDeadLetters = new Hono<AppEnv>();

const DeadLetterParamsSchema = rowIdParams("a dead letter");

/** One dead letter as the admin API lists it. */
export const DeadLetterSchema = v.object({
  id: v.number(),
  messageId: v.string(),
  body: v.string(),
  attempts: v.number(),
  receivedAt: v.string(),
  replayedAt: v.nullable(v.string()),
});

/** The list of dead letters. */
export const DeadLetterListSchema = v.object({ deadLetters: v.array(DeadLetterSchema) });

/** A replay's answer: the id sent again and the ingest message that went back on the queue. */
export const ReplaySchema = v.object({ replayed: v.number(), message: IngestMessageSchema });

const list = defineAdminRoute({
  method: "get",
  path: "/v1/admin/dead-letters",
  summary: "The latest 100 ingest messages the queue gave up on",
  responses: { 200: { description: "Dead letters", schema: DeadLetterListSchema } },
});

const replay = defineAdminRoute({
  method: "post",
  path: "/v1/admin/dead-letters/:id/replay",
  summary: "Send a dead letter's message to the ingest queue again",
  params: DeadLetterParamsSchema,
  responses: {
    202: { description: "Queued again", schema: ReplaySchema },
    404: { description: "No such dead letter" },
    422: { description: "The stored body is not an ingest message" },
  },
});

adminDeadLetters.get(list.path, async (c) => {
  const rows = await listDeadLetters(adminDb(c), 100);
  return list.json(c, 200, {
    deadLetters: rows.map((r) => ({
      id: r.id,
      messageId: r.message_id,
      body: r.body,
      attempts: r.attempts,
      receivedAt: r.received_at,
      replayedAt: r.replayed_at,
    })),
  });
});

adminDeadLetters.post(replay.path, valid("param", DeadLetterParamsSchema), async (c) => {
  const { id } = c.req.valid("param");
  const letter = await getDeadLetter(adminDb(c), id);
  if (!letter) throw new ProblemError("not-found", `No dead letter ${id}.`);
  let body: unknown;
  try {
    body = JSON.parse(letter.body);
  } catch {
    body = undefined;
  }
  // Only a valid ingest message goes back on the queue: a malformed one would only die again.
  const parsed = v.safeParse(IngestMessageSchema, body);
  if (!parsed.success) throw new ProblemError("unprocessable-content", "The dead letter is not an ingest message.");
  await c.env.INGEST.send(parsed.output);
  await markReplayed(adminDb(c), id, new Date().toISOString());
  return replay.json(c, 202, { replayed: id, message: parsed.output });
});
