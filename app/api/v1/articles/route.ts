// Session and role: a bearer API token is resolved to its user on the server (server/tokens/ingest.ts),
// a disabled user's or revoked token is refused, then createArticle's own role check (editor) runs.
// Newsroom tools create articles here with a bearer token (docs/api.md; tokens:
// docs/guide.md, "API tokens"); the handler lives in server/tokens/ingest.ts and calls the createArticle verb.
import { ingestArticle } from "@/server/tokens/ingest";

export async function POST(req: Request) {
  return ingestArticle(req);
}
