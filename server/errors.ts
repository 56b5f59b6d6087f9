// Expected failures, typed. Each carries a message key (lib/i18n/keys.ts) and maps to an HTTP
// status; anything else is a bug and goes to error.tsx.
import type { z } from "zod";
import { isErrorKey, type ErrorKey } from "@/lib/i18n/keys";

export type ErrorCode = "unauthorized" | "forbidden" | "not_found" | "invalid" | "conflict";

const STATUS: Record<ErrorCode, number> = { unauthorized: 401, forbidden: 403, not_found: 404, invalid: 400, conflict: 409 };

// Field name → what is wrong with it, as a message key.
export type FieldErrors = Record<string, ErrorKey>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: ErrorKey = code === "invalid" ? "invalid_input" : code,
    readonly fieldErrors: FieldErrors = {},
    // The parse issues behind an "invalid" error, for the public API's 400 (which names each
    // parameter with a sentence rather than a message key).
    readonly issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> = [],
  ) {
    super(messageKey);
    this.name = "AppError";
  }
  get status(): number {
    return STATUS[this.code];
  }
}

// One field's problem: `throw invalidField("placeId", "unknown_place")`.
export function invalidField(field: string, key: ErrorKey): AppError {
  return new AppError("invalid", "invalid_input", { [field]: key });
}

// zod issues as message keys. Schemas only use msg(key) (lib/i18n/keys.ts); a message that is
// not a key (zod's own text for a check nobody named) says "invalid_input" rather than prose.
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= isErrorKey(issue.message) ? issue.message : "invalid_input";
  }
  return out;
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", "invalid_input", fieldErrorsOf(parsed.error), parsed.error.issues);
  return parsed.data;
}
