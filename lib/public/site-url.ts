// The site's address for absolute links in the public exports and the Atom feed. Only what the
// operator configured — SIJILL_SITE_URL, else the public origin (SIJILL_PUBLIC_URL or AUTH_URL,
// lib/http/security.ts) — never the request's Host or X-Forwarded-* headers: these responses are
// public and cacheable, and a shared cache keeps one copy whatever Host asked, so a request with
// a forged Host would plant its links for every reader (cache poisoning). With nothing
// configured, links are relative to the site ("/incidents/7") and the feed's ids are tag URIs.
import { configuredOrigin } from "../http/security";

/** The configured origin without a trailing slash ("https://news.example"), or "" for relative links. */
export function publicSiteUrl(env: Record<string, string | undefined>): string {
  const fixed = env.SIJILL_SITE_URL?.trim();
  if (fixed && URL.canParse(fixed) && /^https?:$/.test(new URL(fixed).protocol)) return fixed.replace(/\/+$/, "");
  return configuredOrigin(env)?.origin ?? "";
}
