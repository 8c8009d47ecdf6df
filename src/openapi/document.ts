/** Builds the OpenAPI 3.1 document from the route registry's valibot schemas (never hand-written). */
import { toJsonSchema } from "@valibot/to-json-schema";
import type * as v from "valibot";
import { PROBLEMS } from "../http/problem";
import type { JsonSchemaObject, OpenApiDocument, Operation } from "./document-schema";
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

function parameters(
  where: "path" | "query",
  schema: v.ObjectSchema<v.ObjectEntries, undefined> | undefined,
): Operation["parameters"] {
  if (!schema) return [];
  const json = schemaOf(schema) as { properties?: Record<string, JsonSchemaObject>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    schema: s,
  }));
}

/** The OpenAPI 3.1 document for a server origin. */
export function openApiDocument(origin: string): OpenApiDocument {
  const paths: OpenApiDocument["paths"] = {};
  for (const r of allRoutes()) {
    const path = r.path.replace(/:([A-Za-z_]+)/g, "{$1}");
    paths[path] ??= {};
    const responses: Operation["responses"] = {};
    for (const [status, res] of Object.entries(r.responses)) {
      const content: Record<string, { schema: JsonSchemaObject }> = res.schema
        ? { "application/json": { schema: schemaOf(res.schema) } }
        : res.contentType
          ? { [res.contentType]: { schema: { type: "string" } } }
          : {};
      responses[status] = Object.keys(content).length
        ? { description: res.description, content }
        : { description: res.description };
    }
    responses.default = {
      description: "Error (RFC 9457 problem details)",
      content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
    };
    const op: Operation = {
      operationId: `${r.method}${r.path.replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ? ch.toUpperCase() : ""))}`,
      summary: r.summary,
      tags: r.tags,
      parameters: [...parameters("path", r.params), ...parameters("query", r.query)],
      responses,
    };
    if (r.body) op.requestBody = { required: true, content: { "application/json": { schema: schemaOf(r.body) } } };
    if (r.admin) op.security = [{ adminToken: [] }];
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
    },
    servers: [{ url: origin }],
    paths,
    components: {
      schemas: { Problem: problemSchema },
      securitySchemes: { adminToken: { type: "http", scheme: "bearer" } },
    },
  };
}
