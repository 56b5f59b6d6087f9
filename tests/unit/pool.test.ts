// The PostgreSQL pool's width (db/client.ts poolMax): DATABASE_POOL_MAX when it is a positive
// whole number, else one more than the cores, kept between 2 and 10.
import { describe, expect, it } from "vitest";
import { poolMax } from "../../db/client";

describe("poolMax", () => {
  it("takes DATABASE_POOL_MAX as set", () => {
    expect(poolMax({ DATABASE_POOL_MAX: "25" }, 2)).toBe(25);
    expect(poolMax({ DATABASE_POOL_MAX: "1" }, 16)).toBe(1);
  });
  it("follows the cores when it is unset or not a positive whole number", () => {
    expect(poolMax({}, 2)).toBe(3);
    expect(poolMax({}, 4)).toBe(5);
    expect(poolMax({ DATABASE_POOL_MAX: "" }, 2)).toBe(3);
    expect(poolMax({ DATABASE_POOL_MAX: "0" }, 2)).toBe(3);
    expect(poolMax({ DATABASE_POOL_MAX: "-4" }, 2)).toBe(3);
    expect(poolMax({ DATABASE_POOL_MAX: "2.5" }, 2)).toBe(3);
    expect(poolMax({ DATABASE_POOL_MAX: "ten" }, 2)).toBe(3);
  });
  it("keeps between 2 and 10 connections", () => {
    expect(poolMax({}, 1)).toBe(2);
    expect(poolMax({}, 64)).toBe(10);
  });
});
