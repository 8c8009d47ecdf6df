/** The integration tests' one way to call the worker, and to read a JSON response through its schema. */
import { exports } from "cloudflare:workers";
import * as v from "valibot";

/** The origin every test request is sent to. */
export const ORIGIN = "https://bilateral.test";

/** A request to the worker, as a client would send it (redirects are not followed). */
export function get(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, { redirect: "manual", ...init }));
}

/**
 * GETs a path and parses its JSON body with the schema the route declares, so a test reads exactly the contract
 * (a missing or mistyped field fails here, with valibot's path, not as an `undefined` later). Checks the status.
 */
export async function getJson<S extends v.GenericSchema>(
  path: string,
  schema: S,
  init?: RequestInit & { status?: number },
): Promise<{ res: Response; body: v.InferOutput<S> }> {
  const res = await get(path, init);
  const text = await res.text();
  if (res.status !== (init?.status ?? 200)) throw new Error(`GET ${path}: ${res.status} ${text.slice(0, 300)}`);
  return { res, body: parseJson(schema, text) };
}

/** Parses a JSON text with a schema, naming the first failing path. */
export function parseJson<S extends v.GenericSchema>(schema: S, text: string): v.InferOutput<S> {
  const result = v.safeParse(schema, JSON.parse(text));
  if (!result.success) {
    const issue = result.issues[0];
    throw new Error(`response does not match its schema at ${issue ? v.getDotPath(issue) : "?"}: ${issue?.message}`);
  }
  return result.output;
}
