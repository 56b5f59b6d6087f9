import "server-only";
import { clientAddressFrom, parseTrustedProxies, trustedProxySpec, type Range } from "@/lib/http/forwarded.mjs";

// The address of the client behind this request, for per-address limits (login throttling, and
// any other limit per address): the rightmost X-Forwarded-For hop that is not a trusted proxy
// (SIJILL_TRUSTED_PROXIES, lib/http/forwarded.mjs), IPv4-mapped IPv6 as IPv4.
//
// This is only sound behind the production server (scripts/server.mjs), which replaces
// X-Forwarded-For with the socket address unless the peer is a trusted proxy. Under `next dev`
// there is no such edge and Next keeps whatever X-Forwarded-For the client sent: do not expose a
// dev server (docs/security.md).
let parsed: { spec: string; ranges: Range[] } | undefined;

function trustedProxies(): Range[] {
  const spec = trustedProxySpec(process.env);
  if (parsed?.spec !== spec) parsed = { spec, ranges: parseTrustedProxies(spec) };
  return parsed.ranges;
}

export function clientAddress(headers: Headers): string {
  return clientAddressFrom(headers.get("x-forwarded-for"), trustedProxies());
}
