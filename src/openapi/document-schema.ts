/** The valibot shape of the generated OpenAPI document: /openapi.json declares it, and clients and tests parse by it. */
import * as v from "valibot";

const JsonObject = v.record(v.string(), v.unknown());

/** A JSON Schema as `toJsonSchema` emits it: only the keys readers look into are named. */
const JsonSchema = v.looseObject({
  enum: v.optional(v.array(v.string())),
  properties: v.optional(JsonObject),
});

const ParameterSchema = v.object({
  name: v.string(),
  in: v.picklist(["path", "query", "header"]),
  required: v.boolean(),
  description: v.optional(v.string()),
  schema: JsonSchema,
});

const ResponseSchema = v.object({
  description: v.string(),
  headers: v.optional(JsonObject),
  content: v.optional(v.record(v.string(), v.object({ schema: JsonSchema }))),
});

/** One operation (a method on a path). */
export const OperationSchema = v.object({
  operationId: v.string(),
  summary: v.string(),
  description: v.optional(v.string()),
  tags: v.array(v.string()),
  parameters: v.array(ParameterSchema),
  responses: v.record(v.string(), ResponseSchema),
  requestBody: v.optional(JsonObject),
  security: v.optional(v.array(v.record(v.string(), v.array(v.string())))),
});

/** The whole document. */
export const OpenApiDocumentSchema = v.object({
  openapi: v.string(),
  info: v.object({
    title: v.string(),
    version: v.string(),
    description: v.string(),
    license: v.object({ name: v.string(), identifier: v.string() }),
    contact: v.optional(v.object({ name: v.string(), url: v.string() })),
  }),
  servers: v.array(v.object({ url: v.string(), description: v.optional(v.string()) })),
  security: v.optional(v.array(v.record(v.string(), v.array(v.string())))),
  tags: v.optional(v.array(v.object({ name: v.string(), description: v.string() }))),
  paths: v.record(v.string(), v.record(v.string(), OperationSchema)),
  components: v.object({
    schemas: v.record(v.string(), JsonObject),
    securitySchemes: v.record(v.string(), JsonObject),
  }),
});

export type JsonSchemaObject = v.InferOutput<typeof JsonSchema>;
export type Operation = v.InferOutput<typeof OperationSchema>;
export type Parameter = v.InferOutput<typeof ParameterSchema>;
export type Response = v.InferOutput<typeof ResponseSchema>;
export type OpenApiDocument = v.InferOutput<typeof OpenApiDocumentSchema>;
