import "server-only";
import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { createArticle } from "../articles/create";
import { DuplicateArticleError } from "../articles/duplicates";
import { AppError } from "../errors";
import { readIngestBody } from "./ingest-body";
import { runVerb } from "../verb";
import { resolveToken } from "./tokens";

// POST /api/v1/articles for newsroom tools: a bearer token acts as its user, and the article goes
// through the same createArticle verb as the paste form (same validation, limits, and whatever
// duplicate detection). Errors are JSON: 400 bad input (each field with its message key), 401 no
// or bad token, 403 role, 409 a duplicate of stored articles (listed; `"confirmDuplicate": true`
// stores it anyway), 413 body over its byte ceiling (./ingest-body.ts), 415 not JSON.

function fail(status: number, error: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error, ...extra }, { status, headers: status === 401 ? { "WWW-Authenticate": 'Bearer realm="sijill"' } : {} });
}

export async function ingestArticle(req: Request): Promise<NextResponse> {
  const header = req.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return fail(401, "unauthorized", { message: "Send Authorization: Bearer <token>." });
  const db = await getDb();
  const user = await resolveToken(db, match[1]!, "ingest");
  if (!user) return fail(401, "unauthorized", { message: "This API token is unknown or revoked, or its user is disabled." });

  const read = await readIngestBody(req);
  if (!read.ok) return fail(read.status, read.error, { message: read.message });
  const body = read.body;

  try {
    const { id } = await runVerb(createArticle, { db, user }, body);
    return NextResponse.json({ id, url: `/desk/articles/${id}` }, { status: 201 });
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    // The paste form's duplicate warning, as data: the stored articles, and how to save anyway.
    if (e instanceof DuplicateArticleError) {
      return fail(409, "duplicate", {
        duplicates: e.duplicates.map((d) => ({ id: d.id, title: d.title, url: d.url, reason: d.reason, similarity: d.similarity })),
        message: 'This article seems to be stored already; send "confirmDuplicate": true to store it anyway.',
      });
    }
    if (e.code === "invalid") {
      return fail(400, "invalid_parameter", {
        fields: e.fieldErrors,
        message: e.issues.map((i) => `${String(i.path[0] ?? "body")}: ${i.message}`).join("; ") || e.messageKey,
      });
    }
    return fail(e.status, e.code, { message: e.messageKey });
  }
}
