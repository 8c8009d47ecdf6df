/** Opaque pagination cursors: base64url of a small JSON object, validated on the way back in. */
import * as v from "valibot";
import { ProblemError } from "../http/problem";

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  const bin = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  return new TextDecoder().decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0)));
}

/** Encodes a cursor. */
export function encodeCursor(value: unknown): string {
  return toBase64Url(JSON.stringify(value));
}

/** Decodes a cursor against its schema, or throws a 400 `bad-request` problem. */
export function decodeCursor<S extends v.GenericSchema>(schema: S, cursor: string): v.InferOutput<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(cursor));
  } catch {
    throw new ProblemError("bad-request", "The cursor is not one this API issued.", {
      errors: [{ path: "query.cursor", message: "Malformed cursor." }],
    });
  }
  const r = v.safeParse(schema, raw);
  if (!r.success) {
    throw new ProblemError("bad-request", "The cursor is not one this API issued.", {
      errors: [{ path: "query.cursor", message: "Malformed cursor." }],
    });
  }
  return r.output;
}
