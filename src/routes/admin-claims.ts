/**
 * Claim review with optimistic concurrency: GET gives a claim and its ETag; PATCH must send that ETag in
 * If-Match (428 without it, 412 when the claim has changed since), so a reviewer never silently overwrites
 * another's decision. Mounted in the admin sub-app, behind its no-store, rate limit and token guards.
 */
import { adminDb } from "../http/db-session";
import type { Db } from "../store/db";
import { Hono } from "hono";
import { jsonBody as readJson } from "../http/body";
import type { AppEnv } from "../http/env";
import { ProblemError } from "../http/problem";
import { valid } from "../http/validate";
import { reviewValueError } from "../ingest/plan/review-values";
import { dossierChanged } from "../jobs/dossier-changed";
import { sha256Hex } from "../lib/hash";
import { defineAdminRoute } from "../openapi/registry";
import { ClaimIdParamsSchema, ClaimPatchSchema, ClaimSchema } from "../schemas/admin";
import { type ClaimReviewRow, type ClaimRow, getClaim, reviewClaim } from "../store/claims";

/** A review body is a verdict, a value and a note: small. */
const MAX_REVIEW_BYTES = 64 * 1024;

export const adminClaims = new Hono<AppEnv>();

/** The claim's strong ETag: a digest of everything a review reads or changes, history included. */
export async function claimEtag(claim: ClaimRow, history: ClaimReviewRow[]): Promise<string> {
  const state = JSON.stringify([claim.id, claim.value, claim.review, claim.confidence, claim.origin, history.length]);
  return `"${(await sha256Hex(state)).slice(0, 32)}"`;
}

/** RFC 9110 §13.1.1: If-Match is `*` or a list of entity tags; only strong comparison counts. */
function matches(ifMatch: string, etag: string): boolean {
  if (ifMatch.trim() === "*") return true;
  return ifMatch.split(",").some((tag) => tag.trim() === etag);
}

function claimOut(claim: ClaimRow, history: ClaimReviewRow[]) {
  return {
    id: claim.id,
    pair: claim.pair,
    subjectType: claim.subject_type,
    subjectId: claim.subject_id,
    predicate: claim.predicate,
    value: claim.value,
    origin: claim.origin,
    review: claim.review,
    confidence: claim.confidence,
    history: history.map((h) => ({
      action: h.action,
      previousValue: h.previous_value,
      newValue: h.new_value,
      note: h.note,
      at: h.at,
    })),
  };
}

/** 412 with the claim's current ETag, so the reviewer can read it again. */
function stale(etag: string): never {
  throw new ProblemError("precondition-failed", "The claim has changed since that ETag: read it again.", {
    headers: { etag },
  });
}

async function loadClaim(db: Db, id: string) {
  const found = await getClaim(db, id);
  if (!found) throw new ProblemError("not-found", `No claim ${id}.`);
  return { ...found, etag: await claimEtag(found.claim, found.history) };
}

const getClaimRoute = defineAdminRoute({
  method: "get",
  path: "/v1/admin/claims/:id",
  summary: "A claim with its review history; its ETag is what a review sends in If-Match",
  params: ClaimIdParamsSchema,
  responses: { 200: { description: "The claim", schema: ClaimSchema }, 404: { description: "No such claim" } },
});

adminClaims.get(getClaimRoute.path, valid("param", ClaimIdParamsSchema), async (c) => {
  const { claim, history, etag } = await loadClaim(adminDb(c), c.req.valid("param").id);
  return getClaimRoute.json(c, 200, claimOut(claim, history), { etag });
});

const patchClaim = defineAdminRoute({
  method: "patch",
  path: "/v1/admin/claims/:id",
  summary: "Confirm, reject or correct a claim (history kept); requires If-Match with the claim's ETag",
  params: ClaimIdParamsSchema,
  body: ClaimPatchSchema,
  responses: {
    200: { description: "The reviewed claim with its history", schema: ClaimSchema },
    404: { description: "No such claim" },
    409: { description: "The correction equals another claim" },
    412: { description: "The claim changed since the ETag sent in If-Match" },
    428: { description: "If-Match is missing" },
  },
});

adminClaims.patch(patchClaim.path, valid("param", ClaimIdParamsSchema), async (c) => {
  const { id } = c.req.valid("param");
  const body = await readJson(c.req.raw, ClaimPatchSchema, MAX_REVIEW_BYTES);
  const current = await loadClaim(adminDb(c), id);
  const ifMatch = c.req.header("if-match");
  if (ifMatch === undefined)
    throw new ProblemError(
      "precondition-required",
      "Send If-Match with the claim's ETag (GET /v1/admin/claims/{id}), so no review is overwritten unseen.",
    );
  if (!matches(ifMatch, current.etag)) stale(current.etag);
  const invalid =
    body.value === undefined
      ? undefined
      : reviewValueError(current.claim.subject_type, current.claim.predicate, body.value);
  if (invalid)
    throw new ProblemError("validation-failed", "The corrected value does not fit the claim.", {
      errors: [{ path: "body.value", message: invalid }],
    });
  const read = { claim: current.claim, reviews: current.history.length };
  const result = await reviewClaim(adminDb(c), read, body.action, body.value, body.note, new Date().toISOString());
  if (result === "conflict")
    throw new ProblemError("conflict", "Another claim already states that value for the same subject.");
  if (result === "stale") {
    // Changed between our read and our write (another review won the race): the same answer as a stale If-Match.
    stale((await loadClaim(adminDb(c), id)).etag);
  }
  await dossierChanged(c.env, [current.claim.pair], { warm: false });
  const after = await loadClaim(adminDb(c), id);
  return patchClaim.json(c, 200, claimOut(after.claim, after.history), { etag: after.etag });
});
