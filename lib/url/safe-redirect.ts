// The one gate for redirect targets that come from input (a Referer, a callbackUrl, a form
// field): only a path on this site passes, anything else becomes the fallback. Browsers read
// "//evil.example" and "/\evil.example" as another host, drop tabs and newlines inside URLs, and
// a CR/LF in a Location header is a response-splitting attempt (and a 500 in Node), so all of
// these are refused rather than repaired.

// C0 controls, DEL, C1 controls, and the line/paragraph separators some parsers treat as breaks.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** `candidate` when it is a same-origin path ("/desk?x=1"), otherwise `fallback`. */
export function safeRedirectPath(candidate: unknown, fallback = "/"): string {
  if (typeof candidate !== "string" || candidate.length === 0 || candidate.length > 2048) return fallback;
  if (CONTROL.test(candidate)) return fallback;
  // One slash, not followed by another slash or a backslash (both mean "another host").
  if (candidate[0] !== "/" || candidate[1] === "/" || candidate[1] === "\\") return fallback;
  // Backslashes anywhere are read as slashes by browsers; a path of ours never needs one.
  if (candidate.includes("\\")) return fallback;
  // Belt and braces: resolved against a placeholder origin it must stay on that origin.
  const base = "http://sijill.invalid";
  if (!URL.canParse(candidate, base) || new URL(candidate, base).origin !== base) return fallback;
  return candidate;
}
