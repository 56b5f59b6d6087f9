// The OpenAPI document's examples are what the API returns: each parses with the DTO the
// server answers with (server/public/dto.ts), so the two cannot drift apart unnoticed.
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/public/openapi";
import { publicIncident, publicIncidentDocument } from "@/server/public/dto";

type Json = Record<string, unknown>;
const doc = openApiDocument() as unknown as {
  paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema?: Json; example?: Json }> }> } }>;
  components: { schemas: Record<string, Json> };
};
// A schema named under components.schemas, when the operation refers to it.
const resolved = (schema: Json | undefined) => (typeof schema?.$ref === "string" ? doc.components.schemas[schema.$ref.split("/").pop()!] : schema);

describe("the OpenAPI document", () => {
  it("gives one incident with its public history, and the list without it", () => {
    const one = doc.paths["/api/v1/incidents/{id}"]!.get.responses["200"]!.content!["application/json"]!;
    const parsed = publicIncidentDocument.strict().parse(one.example);
    expect(parsed.history.length).toBeGreaterThan(0);
    expect(parsed.history[0]).toMatchObject({ version: 2, kind: "correction", changes: [{ field: "injured", before: 2, after: 4 }] });
    expect((resolved(one.schema) as { required: string[] }).required).toContain("history");
    expect(Object.keys((resolved(one.schema) as { properties: Json }).properties).sort()).toEqual(Object.keys(publicIncidentDocument.shape).sort());

    const list = doc.paths["/api/v1/incidents"]!.get.responses["200"]!.content!["application/json"]!;
    const first = (list.example as { data: unknown[] }).data[0];
    expect(() => publicIncident.strict().parse(first)).not.toThrow();
  });

  it("documents the retraction's 410 with the notice and the history", () => {
    const gone = doc.paths["/api/v1/incidents/{id}"]!.get.responses["410"]!.content!["application/json"]!;
    expect(gone.example).toMatchObject({ error: "retracted", retraction: { note: expect.any(String) }, history: [{ kind: "retraction", changes: [] }] });
    expect(Object.keys((gone.schema as { properties: Json }).properties)).toContain("history");
  });
});
