import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// Device cookies (OWASP "Slow Down Online Guessing Attacks with Device Cookies"): a browser that
// logged in to an account gets a signed cookie naming that account. A login from a browser that
// shows a valid one for the email typed is a "known device": it is throttled on its own key only,
// not on the account's or the address's, so an attacker guessing that account from anywhere
// cannot keep its owner out (docs/security.md, "Login throttling").
//
// The cookie: v1.<email, base64url>.<device id>.<issued, unix seconds>.<HMAC-SHA256>, keyed by
// AUTH_SECRET (without one, no device is ever known). Nothing is stored on the server but the
// throttle row of a device that failed.

export const DEVICE_COOKIE = "sijill-device";
export const DEVICE_MAX_AGE = 180 * 24 * 60 * 60;

function key(): string | null {
  const secret = process.env.AUTH_SECRET;
  return secret ? `sijill device cookie\u0000${secret}` : null;
}

const normal = (email: string) => email.trim().toLowerCase();

function sign(secret: string, payload: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}

// A fresh cookie value for this account (null without AUTH_SECRET).
export function deviceCookieValue(email: string, now = Date.now()): string | null {
  const secret = key();
  if (!secret) return null;
  const payload = ["v1", Buffer.from(normal(email)).toString("base64url"), randomBytes(16).toString("base64url"), String(Math.floor(now / 1000))].join(".");
  return `${payload}.${sign(secret, payload)}`;
}

// The device id when `value` is a valid, unexpired device cookie for this email; else null.
export function knownDevice(value: string | null | undefined, email: string, now = Date.now()): string | null {
  const secret = key();
  if (!secret || !value || value.length > 600) return null;
  const parts = value.split(".");
  if (parts.length !== 5 || parts[0] !== "v1") return null;
  const payload = parts.slice(0, 4).join(".");
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(parts[4]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (Buffer.from(parts[1]!, "base64url").toString() !== normal(email)) return null;
  const issued = Number(parts[3]);
  if (!Number.isFinite(issued) || now / 1000 - issued > DEVICE_MAX_AGE || issued - now / 1000 > 300) return null;
  return parts[2]!;
}

// The device cookie's value in a Cookie header.
export function deviceCookieIn(cookieHeader: string | null | undefined): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === DEVICE_COOKIE) return part.slice(eq + 1).trim();
  }
  return null;
}
