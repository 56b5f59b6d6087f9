// Every example in the OpenAPI document passes its own schema (the POST /articles example did
// not: a one-character text against minLength 20, "…" in a URI), checked with a JSON Schema
// 2020-12 validator (OpenAPI 3.1's dialect) and its formats; and every operation states its
// security, public ones an empty list (issue 17 item 5).
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/public/openapi";

type Json = Record<string, unknown>;
const doc = openApiDocument() as unknown as { paths: Record<string, Record<string, Json>>; components: { schemas: Record<string, Json> } };

// The schema with every $ref to components.schemas replaced by the component (none is recursive).
function deref(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(deref);
  if (!node || typeof node !== "object") return node;
  const ref = (node as Json).$ref;
  if (typeof ref === "string") return deref(doc.components.schemas[ref.replace("#/components/schemas/", "")]);
  return Object.fromEntries(Object.entries(node as Json).map(([k, v]) => [k, deref(v)]));
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
// OpenAPI's own annotation beside JSON Schema's `examples`.
ajv.addKeyword("example");

// [where, schema, example] for every example: media types, parameters, and schemas (example and examples).
function examples(): Array<[string, Json, unknown]> {
  const out: Array<[string, Json, unknown]> = [];
  const walkSchema = (where: string, schema: Json) => {
    if ("example" in schema) out.push([`${where} (schema example)`, schema, schema.example]);
    if (Array.isArray(schema.examples)) schema.examples.forEach((e, i) => out.push([`${where} (schema examples[${i}])`, schema, e]));
    for (const [k, v] of Object.entries(schema.properties ?? {})) walkSchema(`${where}.${k}`, v as Json);
    if (schema.items) walkSchema(`${where}[]`, schema.items as Json);
    for (const s of (schema.anyOf as Json[] | undefined) ?? []) walkSchema(where, s);
  };
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const at = `${method.toUpperCase()} ${path}`;
      for (const p of (op.parameters as Json[] | undefined) ?? [])
        if ("example" in p) out.push([`${at} parameter ${String(p.name)}`, p.schema as Json, p.example]);
      const bodies = {
        request: (op.requestBody as Json | undefined)?.content,
        ...Object.fromEntries(Object.entries((op.responses as Json) ?? {}).map(([code, r]) => [code, (r as Json).content])),
      };
      for (const [which, content] of Object.entries(bodies)) {
        for (const [type, media] of Object.entries((content as Record<string, Json> | undefined) ?? {})) {
          const schema = deref(media.schema) as Json | undefined;
          if (!schema) continue;
          if ("example" in media) out.push([`${at} ${which} ${type}`, schema, media.example]);
          walkSchema(`${at} ${which} ${type}`, schema);
        }
      }
    }
  }
  for (const [name, schema] of Object.entries(doc.components.schemas)) walkSchema(`components.schemas.${name}`, deref(schema) as Json);
  return out;
}

describe("the OpenAPI document's examples", () => {
  const all = examples();

  it("are many, and cover the ingest request", () => {
    expect(all.length).toBeGreaterThan(20);
    expect(all.map(([w]) => w)).toContain("POST /api/v1/articles request application/json");
  });

  it.each(all.map(([where, schema, example]) => [where, schema, example] as const))("%s passes its schema", (_where, schema, example) => {
    const validate = ajv.compile(schema);
    const ok = validate(example);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe("the OpenAPI document's security", () => {
  it("states it on every operation: none for readers, the bearer token for ingest", () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        expect(op.security, `${method} ${path}`).toEqual(path === "/api/v1/articles" ? [{ apiToken: [] }] : []);
      }
    }
  });
});
