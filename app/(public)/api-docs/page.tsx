import type { Metadata } from "next";
import { FILTER_PARAMETERS, openApiDocument } from "@/lib/public/openapi";
import { getMessages } from "../../_lib/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.publicLog.apiDocs };
}

// The public API for people: every endpoint of the OpenAPI document with its parameters and an
// example. The document itself is at /api/v1/openapi.json. (Reference text in English, the
// language of API documentation; headings follow the reader's language.)
export default async function ApiDocsPage() {
  const { m } = await getMessages();
  const doc = openApiDocument();
  const example = (doc.paths["/api/v1/incidents/{id}"].get.responses["200"].content["application/json"] as { example: unknown }).example;
  return (
    <article className="min-w-0 break-words">
      <h1 className="text-2xl font-bold">{m.publicLog.apiDocs}</h1>
      <p className="mt-2" lang="en" dir="ltr">
        {doc.info.description} Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
      </p>
      <section lang="en" dir="ltr" className="mt-4 space-y-4">
        {Object.entries(doc.paths).flatMap(([path, ops]) =>
          Object.entries(ops as Record<string, { summary: string; description?: string }>).map(([method, op]) => (
            <div key={`${method} ${path}`} className="rounded border border-stone-200 bg-white p-4">
              <h2 className="font-mono text-lg font-semibold">
                {method.toUpperCase()} {path}
              </h2>
              <p>{op.summary}</p>
              {op.description && <p className="text-sm text-stone-700">{op.description}</p>}
            </div>
          )),
        )}
        <div className="rounded border border-stone-200 bg-white p-4">
          <h2 className="text-lg font-semibold">Filters (every list, export, map and feed)</h2>
          <dl className="mt-2 space-y-2">
            {FILTER_PARAMETERS.map((p) => (
              <div key={p.name}>
                <dt className="font-mono">{p.name}</dt>
                <dd className="ps-4 text-sm">
                  {p.description} <span className="text-stone-600">e.g. </span>
                  <code dir="auto">{String(p.example)}</code>
                </dd>
              </div>
            ))}
            <div>
              <dt className="font-mono">limit, offset</dt>
              <dd className="ps-4 text-sm">Paging of /api/v1/incidents: limit 1–500 (default 50), offset ≥ 0.</dd>
            </div>
          </dl>
          <p className="mt-2 text-sm">A bad parameter is HTTP 400: {`{ "error": "invalid_parameter", "parameters": ["limit"], "message": "…" }`}.</p>
        </div>
        <div className="rounded border border-stone-200 bg-white p-4">
          <h2 className="text-lg font-semibold">Example incident</h2>
          <pre className="mt-2 overflow-x-auto text-xs" dir="ltr">
            {JSON.stringify(example, null, 2)}
          </pre>
        </div>
      </section>
    </article>
  );
}
