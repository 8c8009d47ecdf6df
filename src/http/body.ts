/** Reading request bodies with a size cap (RFC 9110 413) and a media-type check (415), before any parsing. */
import type * as v from "valibot";
import { ProblemError } from "./problem";
import { parseOrThrow } from "./validate";

/** Reads a body as text, refusing it as soon as it passes `max` bytes (the stream is cancelled, not drained). */
export async function readLimited(req: Request, max: number): Promise<string> {
  const declared = Number(req.headers.get("content-length") ?? Number.NaN);
  const tooLarge = () => new ProblemError("payload-too-large", `The body is larger than ${max} bytes.`);
  if (declared > max) throw tooLarge();
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  // fatal: a body that is not UTF-8 is refused rather than silently mangled.
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(all);
  } catch {
    throw new ProblemError("bad-request", "The body is not valid UTF-8.");
  }
}

/** Reads a JSON body: 415 for another media type, 413 above `max`, 400 for malformed JSON, then validates it. */
export async function jsonBody<S extends v.GenericSchema>(
  req: Request,
  schema: S,
  max: number,
): Promise<v.InferOutput<S>> {
  const type = req.headers.get("content-type") ?? "";
  // application/json itself, with parameters; not every +json type (application/evil+json is not our format).
  if (!/^application\/json[\t ]*(;|$)/i.test(type)) {
    throw new ProblemError("unsupported-media-type", "Send the body as application/json.");
  }
  const text = await readLimited(req, max);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ProblemError("malformed-json", "The request body is not valid JSON.");
  }
  return parseOrThrow("body", schema, raw);
}
