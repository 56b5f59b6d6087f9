// Writes the OpenAPI document as JSON (to the file named, or stdout): for the linter
// (scripts/lint-openapi.mjs) and anyone who wants the document without a running server.
import { writeFileSync } from "node:fs";
import { openApiDocument } from "../lib/public/openapi";

const json = `${JSON.stringify(openApiDocument(), null, 2)}\n`;
if (process.argv[2]) writeFileSync(process.argv[2], json);
else process.stdout.write(json);
