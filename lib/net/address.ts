// Which IP addresses a server-side fetch may connect to: public unicast only. Private,
// loopback, link-local, unique-local, carrier-grade NAT, documentation, multicast and reserved
// ranges are refused, and so are IPv4 addresses hidden in IPv6 (v4-mapped, NAT64, 6to4) when the
// IPv4 inside is one of those.
import { BlockList, isIP } from "node:net";

const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.88.99.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24],
  ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128], ["::1", 128], ["100::", 64], ["2001::", 23], ["2001:db8::", 32], ["fc00::", 7], ["fe80::", 10], ["fec0::", 10], ["ff00::", 8],
] as const) blocked.addSubnet(net, prefix, "ipv6");

// The IPv4 address an IPv6 address carries, if it is of a kind that reaches it.
function embeddedV4(v6: string): string | null {
  const lower = v6.toLowerCase();
  const dotted = /^(?:::ffff:|::ffff:0:|64:ff9b::|::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1]!;
  const groups = expandV6(lower);
  if (!groups) return null;
  const hex = (a: number, b: number) => `${a >> 8}.${a & 255}.${b >> 8}.${b & 255}`;
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible, deprecated), 64:ff9b::a.b.c.d (NAT64).
  if (groups.slice(0, 5).every((g) => g === 0) && (groups[5] === 0xffff || groups[5] === 0)) return hex(groups[6]!, groups[7]!);
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) return hex(groups[6]!, groups[7]!);
  // 2002:AABB:CCDD::/16 (6to4).
  if (groups[0] === 0x2002) return hex(groups[1]!, groups[2]!);
  return null;
}

function expandV6(v6: string): number[] | null {
  const [head, tail] = v6.split("::");
  const part = (s: string | undefined) => (s ? s.split(":").filter(Boolean) : []);
  let h = part(head);
  let t = tail === undefined ? [] : part(tail);
  const lastOf = (arr: string[]) => arr[arr.length - 1];
  for (const arr of [h, t]) {
    const last = lastOf(arr);
    if (last && last.includes(".")) {
      const o = last.split(".").map(Number);
      arr.splice(arr.length - 1, 1, ((o[0]! << 8) | o[1]!).toString(16), ((o[2]! << 8) | o[3]!).toString(16));
    }
  }
  if (tail === undefined && h.length !== 8) return null;
  const fill = 8 - h.length - t.length;
  if (fill < 0) return null;
  const groups = [...h, ...Array(tail === undefined ? 0 : fill).fill("0"), ...t].map((g) => parseInt(g, 16));
  h = t = [];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").split("%")[0]!;
  const family = isIP(bare);
  if (family === 4) return !blocked.check(bare, "ipv4");
  if (family === 6) {
    if (blocked.check(bare, "ipv6")) return false;
    const v4 = embeddedV4(bare);
    if (v4 !== null) return isIP(v4) === 4 && !blocked.check(v4, "ipv4");
    return true;
  }
  return false;
}
