// Auth.js's session cookie, under its two names (plain, and __Secure- over HTTPS), possibly split
// into chunks (.0, .1 …). Whether a request carries one says only that a session may exist: the
// server still checks it (server/auth/session.ts).
export const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

export function hasSessionCookie(has: (name: string) => boolean): boolean {
  return SESSION_COOKIES.some((name) => has(name) || has(`${name}.0`));
}
