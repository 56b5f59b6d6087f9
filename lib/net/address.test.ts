import { describe, expect, it } from "vitest";
import { isPublicAddress } from "./address";

describe("public addresses only", () => {
  it("refuses private, loopback, link-local, unique-local, unspecified and v4 inside v6", () => {
    for (const a of [
      "127.0.0.1", "127.1.2.3", "10.0.0.5", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "0.0.0.0",
      "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1",
      "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a00:1", "2002:c0a8:101::1",
      "[::1]", "not an address", "",
    ]) expect(isPublicAddress(a), a).toBe(false);
  });
  it("accepts public unicast", () => {
    for (const a of ["8.8.8.8", "1.1.1.1", "172.32.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8", "2a00:1450:4001:81b::200e"]) {
      expect(isPublicAddress(a), a).toBe(true);
    }
  });
});
