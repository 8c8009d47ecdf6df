/**
 * RFC 9457 problem details: the one error shape of the API.
 * Every failure a client can see is a `ProblemError` with a code from a closed set; anything else is
 * collapsed to `internal` by `onError`, with its details going to the log only.
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The closed set of public error codes, each mapped to one status and title. */
export const PROBLEMS = {
  "bad-request": { status: 400, title: "Bad request" },
  "validation-failed": { status: 400, title: "Your request parameters did not validate" },
  "invalid-pair": { status: 400, title: "Invalid country pair" },
  "malformed-json": { status: 400, title: "Malformed JSON body" },
  unauthorized: { status: 401, title: "Authentication required" },
  forbidden: { status: 403, title: "Forbidden" },
  "not-found": { status: 404, title: "Not found" },
  "pair-not-tracked": { status: 404, title: "Pair not tracked" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  "not-acceptable": { status: 406, title: "Not acceptable" },
  conflict: { status: 409, title: "Conflict" },
  "precondition-failed": { status: 412, title: "Precondition failed" },
  "payload-too-large": { status: 413, title: "Payload too large" },
  "uri-too-long": { status: 414, title: "URI too long" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "unprocessable-content": { status: 422, title: "Unprocessable content" },
  "precondition-required": { status: 428, title: "Precondition required" },
  "too-many-requests": { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal error" },
  "not-implemented": { status: 501, title: "Not implemented" },
  "admin-disabled": { status: 503, title: "Admin API disabled" },
  "storage-unavailable": { status: 503, title: "Storage unavailable" },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

/** One field-level validation failure: a dot path into the input and a message. */
export interface FieldError {
  path: string;
  message: string;
}

/** The RFC 9457 body we send. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  instance?: string;
  errors?: FieldError[];
}

/** The documentation URL of a problem type: stable, so clients can switch on `type`. */
export function problemType(code: ProblemCode): string {
  return `https://bilateral.dev/problems/${code}`;
}

/** A failure meant for the client. Throw it anywhere; `onError` renders it. */
export class ProblemError extends Error {
  readonly code: ProblemCode;
  readonly detail: string;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    code: ProblemCode,
    detail: string,
    options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = "ProblemError";
    this.code = code;
    this.detail = detail;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }

  get status(): ContentfulStatusCode {
    return PROBLEMS[this.code].status;
  }
}

/** Builds the body of a problem. */
export function problemBody(code: ProblemCode, detail: string, instance?: string, errors?: FieldError[]): ProblemBody {
  const { status, title } = PROBLEMS[code];
  const body: ProblemBody = { type: problemType(code), title, status, detail, code };
  if (instance !== undefined) body.instance = instance;
  if (errors !== undefined) body.errors = errors;
  return body;
}

/** Renders a problem as `application/problem+json`, never cached. */
export function problemResponse(c: Context, err: ProblemError): Response {
  const body = problemBody(err.code, err.detail, new URL(c.req.url).pathname, err.errors);
  return new Response(JSON.stringify(body), {
    status: err.status,
    headers: {
      "content-type": "application/problem+json; charset=utf-8",
      "cache-control": "no-store",
      ...err.headers,
    },
  });
}
