// Rules for a new password: long enough, not the account's email, not a demo default or a
// well-known weak password. Returns the message key of the first rule broken, or null.
import type { ErrorKey } from "../i18n/keys";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

// The demo accounts' passwords (README, "Demo logins") and a few that every guessing list starts with.
const FORBIDDEN = new Set(
  [
    "editor-demo",
    "reviewer-demo",
    "admin-demo",
    "password",
    "password123",
    "password1234",
    "123456789012",
    "qwertyuiopas",
    "sijill",
    "sijill-demo",
    "changeme",
    "letmein",
    "administrator",
    "iloveyou",
  ].map((s) => s.toLowerCase()),
);

export function passwordProblem(password: string, email: string): ErrorKey | null {
  if ([...password].length < PASSWORD_MIN) return "password_too_short";
  if (password.length > PASSWORD_MAX) return "too_long";
  const lower = password.trim().toLowerCase();
  const mail = email.trim().toLowerCase();
  if (mail && (lower === mail || lower === mail.split("@")[0])) return "password_is_email";
  if (FORBIDDEN.has(lower) || /^(.)\1+$/.test(lower) || /^(0123456789|1234567890|abcdefghijkl)/.test(lower)) return "password_too_common";
  return null;
}
