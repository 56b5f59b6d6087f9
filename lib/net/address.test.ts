import { describe, expect, it } from "vitest";
import { classifyAddress, isPublicAddress } from "./address";

describe("public addresses only", () => {
  it("refuses private, loopback, link-local, unique-local, unspecified and v4 inside v6", () => {
    for (const a of [
      "127.0.0.1",
      "127.1.2.3",
      "10.0.0.5",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "0.0.0.0",
      "100.64.0.1",
      "224.0.0.1",
      "255.255.255.255",
      "::1",
      "::",
      "fe80::1",
      "fc00::1",
      "fd12:3456::1",
      "ff02::1",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "::ffff:10.0.0.1",
      "::ffff:169.254.169.254",
      "64:ff9b::a00:1",
      "2002:c0a8:101::1",
      "[::1]",
      "not an address",
      "",
    ])
      expect(isPublicAddress(a), a).toBe(false);
  });

  // Forms the hand list let through or never knew (issue 17 item 2).
  it("refuses IPv4-translated, NAT64, IPv4-compatible, 0.0.0.0/8, CGNAT, documentation, benchmarking and reserved ranges", () => {
    for (const a of [
      "::ffff:0:7f00:1",
      "[::ffff:0:7f00:1]",
      "::ffff:0:127.0.0.1",
      "::ffff:0:a00:1",
      "::ffff:0:a9fe:a9fe", // IPv4-translated (RFC 6145)
      "64:ff9b::7f00:1",
      "64:ff9b::127.0.0.1",
      "64:ff9b:1::8.8.8.8", // NAT64, well-known and local-use
      "::7f00:1",
      "::127.0.0.1",
      "::8.8.8.8", // IPv4-compatible (deprecated)
      "0.1.2.3",
      "0.255.255.255",
      "100.127.255.255",
      "192.0.0.8",
      "192.0.2.5",
      "198.51.100.7",
      "203.0.113.9",
      "198.18.0.1",
      "198.19.255.255",
      "240.0.0.1",
      "192.88.99.1",
      "2001:db8::1",
      "3fff::1",
      "2001:2::1",
      "2001::1",
      "100::1",
      "fec0::1",
      "ff0e::1",
      "4000::1",
      "fe80::1%eth0",
      "2002:7f00:1::1",
      "2002:a9fe:a9fe::1",
    ])
      expect(isPublicAddress(a), a).toBe(false);
  });

  it("accepts public unicast, and v4 inside v6 when that IPv4 address is public", () => {
    for (const a of [
      "8.8.8.8",
      "1.1.1.1",
      "172.32.0.1",
      "100.128.0.1",
      "2606:4700:4700::1111",
      "::ffff:8.8.8.8",
      "2a00:1450:4001:81b::200e",
      "64:ff9b::808:808",
      "2002:808:808::1",
    ]) {
      expect(isPublicAddress(a), a).toBe(true);
    }
  });

  it("names the range and the IPv4 address inside", () => {
    expect(classifyAddress("::ffff:0:7f00:1")).toEqual({ address: "127.0.0.1", range: "rfc6145:loopback", public: false });
    expect(classifyAddress("100.64.1.1")).toMatchObject({ range: "carrierGradeNat", public: false });
    expect(classifyAddress("example.org")).toBeNull();
    // inet_aton shorthands are not addresses here (a resolver answers in the strict form).
    expect(classifyAddress("127.1")).toBeNull();
  });
});
