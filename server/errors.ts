// Expected failures, typed. Each carries a message key (lib/i18n) and maps to an HTTP status;
// anything else is a bug and goes to error.tsx.
import type { z } from "zod";

export type ErrorCode = "unauthorized" | "forbidden" | "not_found" | "invalid" | "conflict";

const STATUS: Record<ErrorCode, number> = { unauthorized: 401, forbidden: 403, not_found: 404, invalid: 400, conflict: 409 };

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string = code,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(messageKey);
    this.name = "AppError";
  }
  get status(): number {
    return STATUS[this.code];
  }
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("invalid", "invalid_input", fieldErrorsOf(parsed.error));
  return parsed.data;
}
