/**
 * A small JSON Schema (2020-12 subset) validator for the schemas our OpenAPI document holds: type, properties,
 * required, additionalProperties, items, enum, const, anyOf/oneOf/allOf, pattern, format date, bounds, $ref to
 * components. Written here because ajv compiles validators with `new Function`, which workerd refuses.
 */
type Schema = Record<string, unknown>;

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

const matchesType = (value: unknown, type: string) =>
  typeOf(value) === type || (type === "number" && typeOf(value) === "integer");

/** Every violation of `schema` by `value`, as "path: message" strings (empty when valid). */
export function validate(value: unknown, schema: Schema, root: Schema, path = "$"): string[] {
  if (typeof schema.$ref === "string") {
    const target = schema.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root);
    if (!target || typeof target !== "object") return [`${path}: unresolved ${schema.$ref}`];
    return validate(value, target as Schema, root, path);
  }
  const errors: string[] = [];
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.length > 0 && !types.some((t) => matchesType(value, String(t)))) {
    return [`${path}: expected ${types.join("|")}, got ${typeOf(value)}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: not in enum`);
  if ("const" in schema && schema.const !== value) errors.push(`${path}: not the constant`);
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s) => validate(value, s as Schema, root, path).length === 0))
    errors.push(`${path}: matches no anyOf branch`);
  if (Array.isArray(schema.oneOf)) {
    const n = schema.oneOf.filter((s) => validate(value, s as Schema, root, path).length === 0).length;
    if (n !== 1) errors.push(`${path}: matches ${n} oneOf branches`);
  }
  if (Array.isArray(schema.allOf))
    for (const s of schema.allOf) errors.push(...validate(value, s as Schema, root, path));
  if (typeof value === "string") {
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value))
      errors.push(`${path}: does not match ${schema.pattern}`);
    if (schema.format === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(value)) errors.push(`${path}: not a date`);
    if (typeof schema.minLength === "number" && [...value].length < schema.minLength) errors.push(`${path}: too short`);
    if (typeof schema.maxLength === "number" && [...value].length > schema.maxLength) errors.push(`${path}: too long`);
  }
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) errors.push(`${path}: below minimum`);
    if (typeof schema.maximum === "number" && value > schema.maximum) errors.push(`${path}: above maximum`);
  }
  if (Array.isArray(value) && schema.items && typeof schema.items === "object") {
    value.forEach((item, i) => {
      errors.push(...validate(item, schema.items as Schema, root, `${path}[${i}]`));
    });
  }
  if (typeOf(value) === "object") {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in obj)) errors.push(`${path}.${key}: missing`);
    for (const [key, v] of Object.entries(obj)) {
      const sub = props[key];
      if (sub) errors.push(...validate(v, sub, root, `${path}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === "object")
        errors.push(...validate(v, schema.additionalProperties as Schema, root, `${path}.${key}`));
    }
  }
  return errors;
}
