// Text that PostgreSQL can store and every later reader can handle. PostgreSQL refuses U+0000
// in text ("invalid byte sequence for encoding UTF8: 0x00": a 500 when it reaches a query), and
// a lone UTF-16 surrogate cannot be encoded as UTF-8 at all (it is written as U+FFFD, so the
// stored text silently differs from what was checked). Both are refused at the schema, where
// the caller gets a 400 or a field error naming the input.
import { z } from "zod";

const NUL = /\u0000/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `s` has no NUL character and no unpaired surrogate. */
export function isSafeText(s: string): boolean {
  return !NUL.test(s) && !LONE_SURROGATE.test(s);
}

/** The message key (lib/i18n errors) of a refused text; unknown keys read as the generic error. */
export const UNSAFE_TEXT = "invalid_text";

/**
 * `schema` (a plain string by default) that also refuses NUL and lone surrogates.
 *   safeText()                         → z.string() + the check
 *   safeText(z.string().max(200), msg) → that schema + the check, with msg as the error
 * For schemas built with z.preprocess (lib/schemas/fields.ts), refine the inner z.string().
 */
export function safeText(schema: z.ZodType<string> = z.string(), error: string = UNSAFE_TEXT) {
  return schema.refine(isSafeText, { error });
}
