// The client's address, decided once at the edge and read the same way by the app (issue 17).
// X-Forwarded-For is whatever a client sends unless a proxy we run overwrote it, so it is believed
// only from the reverse proxies an operator lists (SIJILL_TRUSTED_PROXIES: addresses or CIDR
// ranges, comma-separated; none by default):
// - the edge (scripts/server.mjs, settleForwardedHeaders): a request whose socket peer is not a
//   trusted proxy gets X-Forwarded-For replaced by that peer's address and its X-Forwarded-Host,
//   -Proto, -Port and Forwarded headers dropped; from a trusted proxy they pass unchanged;
// - the app (server/auth/client-address.ts, clientAddressFrom): the rightmost hop of
//   X-Forwarded-For that is not a trusted proxy.
// Plain Node ESM with JSDoc types (forwarded.d.mts) because scripts/server.mjs has no TS loader.
import ipaddr from "ipaddr.js";

const LOOPBACK = "127.0.0.0/8, ::1/128";

/**
 * The trusted proxies an operator configured, as a spec string ("" for none). The older
 * SIJILL_TRUST_PROXY=1 (and AUTH_TRUST_HOST=true) meant "a reverse proxy on this machine sets the
 * forwarded headers": they stand for the loopback addresses when no list is given.
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function trustedProxySpec(env) {
  const list = env.SIJILL_TRUSTED_PROXIES?.trim();
  if (list) return list;
  const on = (v) => v === "1" || v === "true";
  return on(env.SIJILL_TRUST_PROXY) || on(env.AUTH_TRUST_HOST) ? LOOPBACK : "";
}

/**
 * An address as one canonical string: IPv4-mapped IPv6 (::ffff:127.0.0.1) becomes IPv4, IPv6 is
 * compressed and lower-case; brackets and a port ("[::1]:443", "10.0.0.1:5000") are dropped.
 * Null when it is not an IP address.
 * @param {string | null | undefined} raw
 * @returns {string | null}
 */
export function normalizeAddress(raw) {
  let s = (raw ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracketed) s = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(":"));
  // Dotted quads only: "10.1" or "0x7f.1" are valid to inet_aton, never what a proxy writes.
  if (!s || s.length > 100 || !(ipaddr.IPv4.isValidFourPartDecimal(s) || ipaddr.IPv6.isValid(s))) return null;
  try {
    return ipaddr.process(s).toString();
  } catch {
    return null;
  }
}

/** @typedef {[import("ipaddr.js").IPv4 | import("ipaddr.js").IPv6, number]} Range */

/**
 * Parses a trusted-proxy spec ("10.0.0.5, 10.1.0.0/16, ::1"). Throws on an entry that is neither an
 * address nor a CIDR range: a typo must stop the server, not silently trust nobody (or everybody).
 * @param {string} spec
 * @returns {Range[]}
 */
export function parseTrustedProxies(spec) {
  /** @type {Range[]} */
  const out = [];
  for (const part of spec.split(",")) {
    const entry = part.trim();
    if (!entry) continue;
    if (entry.includes("/") && (ipaddr.IPv4.isValidCIDRFourPartDecimal(entry) || ipaddr.IPv6.isValidCIDR(entry))) {
      const [addr, bits] = ipaddr.parseCIDR(entry);
      if (addr.kind() === "ipv6" && addr.isIPv4MappedAddress() && bits >= 96) out.push([addr.toIPv4Address(), bits - 96]);
      else out.push([addr, bits]);
      continue;
    }
    const single = normalizeAddress(entry);
    if (!single) throw new Error(`SIJILL_TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range`);
    const addr = ipaddr.parse(single);
    out.push([addr, addr.kind() === "ipv4" ? 32 : 128]);
  }
  return out;
}

/**
 * @param {string | null | undefined} address
 * @param {Range[]} trusted
 * @returns {boolean}
 */
export function isTrustedProxy(address, trusted) {
  const normal = normalizeAddress(address);
  if (!normal || trusted.length === 0) return false;
  const addr = ipaddr.parse(normal);
  return trusted.some(([range, bits]) => range.kind() === addr.kind() && addr.match(range, bits));
}

// X-Request-Id too: the id in the logs is a trusted proxy's or our own (lib/http/request-id.ts).
const DROPPED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded", "x-request-id"];

/**
 * At the edge, before Next sees the request: from a peer that is not a trusted proxy, the
 * forwarded headers are the client's own words, so X-Forwarded-For becomes the peer's address and
 * the others go (Next fills Host/Proto from the connection again).
 * @param {Record<string, string | string[] | undefined>} headers Node's req.headers (changed in place)
 * @param {string | undefined} peer req.socket.remoteAddress
 * @param {Range[]} trusted
 */
export function settleForwardedHeaders(headers, peer, trusted) {
  if (isTrustedProxy(peer, trusted)) return;
  const address = normalizeAddress(peer);
  if (address) headers["x-forwarded-for"] = address;
  else delete headers["x-forwarded-for"];
  for (const name of DROPPED) delete headers[name];
}

/**
 * The client's address from X-Forwarded-For as the edge left it: the rightmost hop that is not a
 * trusted proxy (each proxy appends the peer it saw, so hops left of that one are the client's
 * own words); when every hop is a trusted proxy, the leftmost. "unknown" when there is none or it
 * is not an address.
 * @param {string | null | undefined} forwardedFor
 * @param {Range[]} trusted
 * @returns {string}
 */
export function clientAddressFrom(forwardedFor, trusted) {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i -= 1) {
    const address = normalizeAddress(hops[i]);
    if (!address) return "unknown";
    if (i === 0 || !isTrustedProxy(address, trusted)) return address;
  }
  return "unknown";
}
