import { describe, expect, it } from "vitest";
import { DUMMY_HASH, hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it('stores "scrypt$N$r$p$salt$hash" and never the password', async () => {
    const stored = await hashPassword("editor-demo");
    const parts = stored.split("$");
    expect(parts).toHaveLength(6);
    expect(parts.slice(0, 4)).toEqual(["scrypt", "16384", "8", "1"]);
    expect(Buffer.from(parts[4]!, "base64")).toHaveLength(16);
    expect(Buffer.from(parts[5]!, "base64")).toHaveLength(32);
    expect(stored).not.toContain("editor-demo");
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("كلمة سر طويلة");
    expect(await verifyPassword("كلمة سر طويلة", stored)).toBe(true);
    expect(await verifyPassword("كلمة سر طويله", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("salts every hash", async () => {
    const [a, b] = await Promise.all([hashPassword("same"), hashPassword("same")]);
    expect(a).not.toBe(b);
    expect(await verifyPassword("same", a)).toBe(true);
    expect(await verifyPassword("same", b)).toBe(true);
  });

  it("refuses hashes of another scheme or with parts missing", async () => {
    expect(await verifyPassword("x", "bcrypt$2b$10$abc")).toBe(false);
    expect(await verifyPassword("x", "")).toBe(false);
    expect(await verifyPassword("x", "scrypt$16384$8$1$")).toBe(false);
  });

  it("refuses, without throwing, a hash whose cost parameters are malformed", async () => {
    expect(await verifyPassword("x", "scrypt$x$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")).toBe(false);
    expect(await verifyPassword("x", "scrypt$3$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")).toBe(false);
  });

  it("has a well-formed dummy hash that matches no password", async () => {
    expect(await verifyPassword("", DUMMY_HASH)).toBe(false);
    expect(await verifyPassword("admin-demo", DUMMY_HASH)).toBe(false);
  });
});
