import "server-only";
import { and, gt, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { loginAttempts } from "@/db/schema";

// Login throttling, kept in the database so it holds across server instances and restarts.
// Why a table and not rate-limiter-flexible: its PostgreSQL store needs a `pg` client, and
// Sijill runs on PGlite (embedded) or postgres.js; one small table updated with an atomic
// upsert works on both and is the same few rows the library would keep.
//
// Each failed login counts against two keys: the account (the email as typed, known or not,
// so a lock says nothing about which accounts exist) and the client address. Past a number of
// free failures, a key is locked for a delay that doubles with every further failure (capped);
// while locked, logins on that key are refused without checking the password, so even the
// right password waits. A success clears the account's count (not the address's: one valid
// account must not reset an address that is guessing others). Failures older than the window
// are forgotten.

type Policy = { free: number; baseSeconds: number; capSeconds: number };

function envNumber(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v >= 0 ? v : fallback;
}

export function policies(): { account: Policy; ip: Policy; windowSeconds: number } {
  const base = envNumber("SIJILL_LOGIN_LOCK_SECONDS", 30);
  return {
    account: { free: envNumber("SIJILL_LOGIN_FREE_FAILURES", 5), baseSeconds: base, capSeconds: 15 * 60 },
    ip: { free: envNumber("SIJILL_LOGIN_FREE_FAILURES_IP", 50), baseSeconds: base, capSeconds: 15 * 60 },
    windowSeconds: 60 * 60,
  };
}

// The delay after the n-th failure in a row on a key: none before `free` failures, then the
// base delay, doubling with each further failure, capped.
export function lockSeconds(failures: number, policy: Policy): number {
  if (failures < policy.free) return 0;
  return Math.min(policy.capSeconds, policy.baseSeconds * 2 ** Math.min(20, failures - policy.free));
}

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

// The client address as the nearest proxy (or Next's own server) reports it: the last hop of
// X-Forwarded-For, which a client cannot choose.
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  return last || headers.get("x-real-ip") || "unknown";
}

// Seconds to wait before these keys may try again (0: go ahead).
export async function waitSeconds(db: Db, keys: string[]): Promise<number> {
  const rows = await db
    .select({ wait: sql<number>`ceil(extract(epoch from ${loginAttempts.lockedUntil} - now()))::int` })
    .from(loginAttempts)
    .where(and(inArray(loginAttempts.key, keys), gt(loginAttempts.lockedUntil, sql`now()`)));
  return Math.max(0, ...rows.map((r) => Number(r.wait)));
}

export async function recordFailure(db: Db, { email, ip }: { email: string; ip: string }): Promise<void> {
  const p = policies();
  for (const [key, policy] of [
    [accountKey(email), p.account],
    [ipKey(ip), p.ip],
  ] as const) {
    const [row] = await db
      .insert(loginAttempts)
      .values({ key, failures: 1, lastFailureAt: sql`now()` })
      .onConflictDoUpdate({
        target: loginAttempts.key,
        set: {
          failures: sql`case when ${loginAttempts.lastFailureAt} < now() - make_interval(secs => ${p.windowSeconds})
            and coalesce(${loginAttempts.lockedUntil}, now()) <= now() then 1 else ${loginAttempts.failures} + 1 end`,
          lastFailureAt: sql`now()`,
        },
      })
      .returning({ failures: loginAttempts.failures });
    const lock = lockSeconds(row!.failures, policy);
    if (lock > 0) {
      await db
        .update(loginAttempts)
        .set({ lockedUntil: sql`greatest(coalesce(${loginAttempts.lockedUntil}, now()), now() + make_interval(secs => ${lock}))` })
        .where(sql`${loginAttempts.key} = ${key}`);
    }
  }
}

export async function recordSuccess(db: Db, email: string): Promise<void> {
  await db.delete(loginAttempts).where(sql`${loginAttempts.key} = ${accountKey(email)}`);
}

// Locked accounts and addresses, for the admin screen.
export async function lockedKeys(db: Db) {
  return db
    .select({
      key: loginAttempts.key,
      failures: loginAttempts.failures,
      lockedUntil: loginAttempts.lockedUntil,
      lastFailureAt: loginAttempts.lastFailureAt,
    })
    .from(loginAttempts)
    .where(sql`${loginAttempts.lockedUntil} > now() or ${loginAttempts.failures} > 0`)
    .orderBy(sql`${loginAttempts.lastFailureAt} desc`)
    .limit(200);
}
