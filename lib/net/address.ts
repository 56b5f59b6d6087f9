// Which IP addresses a server-side fetch may connect to: public unicast only. Addresses are
// parsed and classified by ipaddr.js (its ranges follow the IANA special-purpose registries)
// rather than by a hand list: private, loopback, link-local, unique-local, carrier-grade NAT,
// documentation, benchmarking, multicast, broadcast, unspecified (0.0.0.0/8) and reserved
// ranges are refused; an IPv6 address that carries an IPv4 one (IPv4-mapped ::ffff:a.b.c.d,
// IPv4-translated ::ffff:0:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) is judged by the IPv4
// inside; any other IPv6 address must be global unicast (2000::/3) outside the special ranges.
import ipaddr from "ipaddr.js";
import { isIP } from "node:net";

export type AddressVerdict = {
  /** The address as classified (the embedded IPv4 one when the IPv6 address carries one). */
  address: string;
  /** ipaddr.js's range name ("unicast", "private", "loopback", "rfc6145", …), or ours. */
  range: string;
  public: boolean;
};

// Where an IPv6 address of these ranges carries its IPv4 address (byte offset).
const EMBEDDING: Record<string, number> = { ipv4Mapped: 12, rfc6145: 12, "6to4": 2 };

function embeddedV4(v6: ipaddr.IPv6, range: string): ipaddr.IPv4 | null {
  const bytes = v6.toByteArray();
  // NAT64: only the well-known /96 prefix puts the IPv4 address in the last 32 bits; the
  // local-use 64:ff9b:1::/48 may embed it elsewhere, so it is refused outright (no verdict).
  if (range === "rfc6052") return v6.match(ipaddr.IPv6.parse("64:ff9b::"), 96) ? (ipaddr.fromByteArray(bytes.slice(12, 16)) as ipaddr.IPv4) : null;
  const at = EMBEDDING[range];
  return at === undefined ? null : (ipaddr.fromByteArray(bytes.slice(at, at + 4)) as ipaddr.IPv4);
}

const GLOBAL_UNICAST = ipaddr.IPv6.parse("2000::");

/** The class of an IP address, or null when the text is not one (names, garbage). */
export function classifyAddress(address: string): AddressVerdict | null {
  // "[::1]" as a URL writes it; "fe80::1%eth0" with a zone.
  const bare = address.replace(/^\[|\]$/g, "").split("%")[0]!;
  // Strict forms only: ipaddr.js would also read inet_aton's "127.1" or "0x7f.1", which a DNS
  // answer never contains and a URL parser has already normalised.
  const family = isIP(bare);
  if (family === 0) return null;
  // IPv6 through the URL parser's canonical form first: ipaddr.js reads "::a.b.c.d" (the
  // deprecated IPv4-compatible form) as IPv4-mapped, which it is not.
  const parsed = family === 6 ? ipaddr.IPv6.parse(new URL(`http://[${bare}]/`).hostname.slice(1, -1)) : ipaddr.IPv4.parse(bare);
  if (parsed.kind() === "ipv4") {
    const range = (parsed as ipaddr.IPv4).range();
    return { address: parsed.toString(), range, public: range === "unicast" };
  }
  const v6 = parsed as ipaddr.IPv6;
  const range = v6.range();
  if (range in EMBEDDING || range === "rfc6052") {
    const v4 = embeddedV4(v6, range);
    if (!v4) return { address: v6.toString(), range, public: false };
    const inner = v4.range();
    return { address: v4.toString(), range: `${range}:${inner}`, public: inner === "unicast" };
  }
  if (range !== "unicast") return { address: v6.toString(), range, public: false };
  // ipaddr.js calls anything unlisted "unicast", including the unassigned space and the
  // deprecated IPv4-compatible ::a.b.c.d: only 2000::/3 is global unicast.
  if (!v6.match(GLOBAL_UNICAST, 3)) return { address: v6.toString(), range: "notGlobalUnicast", public: false };
  return { address: v6.toString(), range, public: true };
}

export function isPublicAddress(address: string): boolean {
  return classifyAddress(address)?.public ?? false;
}
