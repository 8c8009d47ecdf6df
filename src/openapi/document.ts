/** Builds the OpenAPI 3.1 document from the route registry's valibot schemas (never hand-written). */
import { toJsonSchema } from "@valibot/to-json-schema";
import type * as v from "valibot";
import { BOOKMARK, BOOKMARK_HEADER } from "../http/db-session";
import { PROBLEMS } from "../http/problem";
import type { JsonSchemaObject, OpenApiDocument, Operation, Parameter, Response } from "./document-schema";
import { allRoutes } from "./registry";

type Json = Record<string, unknown>;

function schemaOf(schema: v.GenericSchema): JsonSchemaObject {
  // Transforms (e.g. "limit" string -> number) have no JSON Schema; the input side is what clients send.
  const out = toJsonSchema(schema, { errorMode: "ignore", typeMode: "input" }) as JsonSchemaObject;
  delete out.$schema;
  return out;
}

const problemSchema: Json = {
  type: "object",
  required: ["type", "title", "status", "detail", "code"],
  properties: {
    type: { type: "string", format: "uri" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    code: { type: "string", enum: Object.keys(PROBLEMS) },
    instance: { type: "string" },
    errors: {
      type: "array",
      items: {
        type: "object",
        required: ["path", "message"],
        properties: { path: { type: "string" }, message: { type: "string" } },
      },
    },
  },
};

/** Numeric bounds and default of a `limitSchema` (a digit string piped to a number): documented as an integer. */
function integerParam(schema: v.GenericSchema): JsonSchemaObject | undefined {
  const inner = "wrapped" in schema ? (schema.wrapped as v.GenericSchema) : schema;
  const pipe =
    "pipe" in inner && Array.isArray(inner.pipe) ? (inner.pipe as { type: string; requirement?: unknown }[]) : [];
  if (!pipe.some((a) => a.type === "transform")) return undefined;
  const out: JsonSchemaObject = { type: "integer" };
  for (const a of pipe) {
    if (a.type === "min_value") out.minimum = a.requirement;
    if (a.type === "max_value") out.maximum = a.requirement;
  }
  const fallback = "default" in schema ? schema.default : undefined;
  if (typeof fallback === "string" && /^\d+$/.test(fallback)) out.default = Number(fallback);
  return out;
}

/** `format: date` on every `YYYY-MM-DD` pattern the input schemas use (valibot regexes carry no format). */
function withDateFormats<T extends Json>(json: T): T {
  if (json.pattern === "^\\d{4}-\\d{2}-\\d{2}$") (json as Json).format = "date";
  for (const value of Object.values(json)) {
    if (Array.isArray(value))
      for (const item of value) if (item && typeof item === "object") withDateFormats(item as Json);
    if (value && typeof value === "object" && !Array.isArray(value)) withDateFormats(value as Json);
  }
  return json;
}

function parameters(
  where: "path" | "query",
  schema: v.ObjectSchema<v.ObjectEntries, undefined> | undefined,
): Parameter[] {
  if (!schema) return [];
  const json = schemaOf(schema) as { properties?: Record<string, JsonSchemaObject>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => {
    const entry = schema.entries[name] as v.GenericSchema | undefined;
    const typed = (entry && integerParam(entry)) ?? withDateFormats(s);
    const { description, ...rest } = typed;
    return {
      name,
      in: where,
      required: where === "path" || (json.required ?? []).includes(name),
      description: typeof description === "string" ? description : (PARAM_DESCRIPTIONS[name] ?? name),
      schema: rest,
    };
  });
}

const PARAM_DESCRIPTIONS: Record<string, string> = {
  pair: "Two ISO 3166-1 alpha-2 codes, e.g. KZ-MA (another order or case redirects, 308).",
  lang: "Language of labels and names.",
  limit: "Page size.",
  cursor: "Opaque cursor from the previous page's nextCursor.",
  since: "Opaque cursor from a previous answer's nextCursor.",
};

const TAGS: Record<string, string> = {
  pairs: "Tracked pairs and their dossiers.",
  reference: "Reference data: sectors and countries.",
  formats: "Other formats of a pair: change log, Atom, iCalendar, CSV and NDJSON.",
  pages: "Human pages (HTML).",
  widgets: "Embeddable widgets and oEmbed.",
  admin: "Administration (bearer token).",
  meta: "This API itself: description, health.",
};

/** The admin API's read-your-writes session (src/http/db-session.ts): a bookmark sent back, a newer one returned. */
const bookmarkParameter: Parameter = {
  name: BOOKMARK_HEADER,
  in: "header",
  required: false,
  description:
    "The D1 bookmark of this client's previous admin answer: the request then reads at least what that answer wrote.",
  schema: { type: "string", pattern: BOOKMARK.source },
};
const bookmarkHeader: Json = {
  [BOOKMARK_HEADER]: {
    description: "The D1 bookmark of this answer's session: send it with the next admin request to read your writes.",
    schema: { type: "string" },
  },
};

const problem = (description: string, headers?: Json): Response => ({
  description,
  ...(headers ? { headers } : {}),
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/** An error answered as a human page (the HTML routes render errors in the reader's language). */
const htmlError = (description: string): Response => ({
  description,
  content: { "text/html": { schema: { type: "string" } } },
});

/** The error statuses every operation can answer besides those it declares. */
function implicitErrors(r: {
  params?: unknown;
  query?: unknown;
  body?: unknown;
  admin?: boolean;
  errorContentType?: string;
}): Record<string, Response> {
  const out: Record<string, Response> = {
    405: problem("Method not allowed on this path; `Allow` lists the methods that are.", {
      Allow: { description: "The methods this path allows.", schema: { type: "string" } },
    }),
  };
  if (r.params || r.query || r.body)
    out[400] = (r.errorContentType === "text/html" ? htmlError : problem)("A parameter or the body did not validate.");
  if (r.admin) {
    out[401] = problem("Missing or wrong bearer token.");
    out[503] = problem("The admin API is disabled (no token configured).");
  }
  return out;
}

/** The OpenAPI 3.1 document for a server origin. */
export function openApiDocument(origin: string): OpenApiDocument {
  const paths: OpenApiDocument["paths"] = {};
  for (const r of allRoutes()) {
    const path = r.path.replace(/:([A-Za-z_]+)/g, "{$1}");
    paths[path] ??= {};
    const responses: Operation["responses"] = {};
    for (const [status, res] of Object.entries(r.responses)) {
      if (Number(status) >= 400) {
        responses[status] = r.errorContentType === "text/html" ? htmlError(res.description) : problem(res.description);
        continue;
      }
      const content: Record<string, { schema: JsonSchemaObject }> = res.schema
        ? { "application/json": { schema: schemaOf(res.schema) } }
        : res.contentType
          ? {
              [res.contentType]: {
                schema: { type: /^application\/(.+\+)?json$/.test(res.contentType) ? "object" : "string" },
              },
            }
          : {};
      const headers = r.admin ? { headers: bookmarkHeader } : {};
      responses[status] = Object.keys(content).length
        ? { description: res.description, ...headers, content }
        : { description: res.description, ...headers };
    }
    for (const [status, res] of Object.entries(implicitErrors(r))) responses[status] ??= res;
    responses.default = problem("Unexpected error (RFC 9457 problem details; no internals are disclosed).");
    const op: Operation = {
      operationId: `${r.method}${r.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ? ch.toUpperCase() : ""))}`,
      summary: r.summary,
      description: r.description ?? `${r.summary}.`,
      tags: r.tags,
      parameters: [
        ...parameters("path", r.params),
        ...parameters("query", r.query),
        ...(r.admin ? [bookmarkParameter] : []),
      ],
      responses,
    };
    if (r.body) op.requestBody = { required: true, content: { "application/json": { schema: schemaOf(r.body) } } };
    // Public operations say so explicitly (`[]`): no credentials, never a forgotten scheme.
    op.security = r.admin ? [{ adminToken: [] }] : [];
    paths[path][r.method] = op;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Bilateral API",
      version: "1.0.0",
      description:
        "Per-pair dossiers of bilateral relations: tracks, commitments with a dated lifecycle, events and positions, every claim tied to its sources.",
      license: { name: "MIT", identifier: "MIT" },
      contact: { name: "Bilateral", url: "https://bilateral.dev" },
    },
    servers: [{ url: origin, description: "This deployment" }],
    security: [],
    tags: [...new Set(allRoutes().flatMap((r) => r.tags))].sort().map((name) => ({
      name,
      description: TAGS[name] ?? name,
    })),
    paths,
    components: {
      schemas: { Problem: problemSchema },
      securitySchemes: {
        adminToken: { type: "http", scheme: "bearer", description: "The deployment's ADMIN_TOKEN secret." },
      },
    },
  };
}
