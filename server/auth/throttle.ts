import "server-only";
import { and, gt, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { loginAttempts } from "@/db/schema";

// Login throttling, kept in the database so it holds across server instances and restarts.
// Why a table and not rate-limiter-flexible: its PostgreSQL store needs a `pg` client, and
// Sijill runs on PGlite (embedded) or postgres.js; one small table updated with an atomic
// upsert works on both and is the same few rows the library would keep.
//
// The rule (docs/security.md, "Login throttling"), after OWASP's device-cookie design:
// - A login from a browser with a valid device cookie for that email (server/auth/device.ts: it
//   logged in to that account before) counts on that device's key only. Attackers guessing the
//   account, from one address or many, never slow its owner down.
// - Any other login counts on two keys: the account (the email as typed, known or not, so a
//   delay says nothing about which accounts exist) and the client address
//   (server/auth/client-address.ts), which slows one address spraying many accounts.
// Past a number of free failures, a key must wait a delay that doubles with every further
// failure, capped; while it waits, its logins are refused without checking the password.
// Refused logins do not count, so the delay never grows past the cap. A success clears the
// key it passed on (the device's, or the account's — not the address's: one valid account must
// not reset an address that is guessing others). Failures older than the window are forgotten.

type Policy = { free: number; baseSeconds: number; capSeconds: number };

function envNumber(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v >= 0 ? v : fallback;
}

export function policies(): { account: Policy; ip: Policy; device: Policy; windowSeconds: number } {
  const base = envNumber("SIJILL_LOGIN_LOCK_SECONDS", 30);
  return {
    account: { free: envNumber("SIJILL_LOGIN_FREE_FAILURES", 5), baseSeconds: base, capSeconds: 15 * 60 },
    ip: { free: envNumber("SIJILL_LOGIN_FREE_FAILURES_IP", 10), baseSeconds: base, capSeconds: 30 * 60 },
    device: { free: envNumber("SIJILL_LOGIN_FREE_FAILURES_DEVICE", 10), baseSeconds: base, capSeconds: 15 * 60 },
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
export const deviceKey = (device: string) => `device:${device}`;

// Who is logging in, as the throttle sees it: the email typed, the client address, and the
// device id of a valid device cookie for that email (null for an unknown browser).
export type LoginClient = { email: string; ip: string; device?: string | null };

function keysOf(c: LoginClient): Array<[string, Policy]> {
  const p = policies();
  return c.device
    ? [[deviceKey(c.device), p.device]]
    : [
        [accountKey(c.email), p.account],
        [ipKey(c.ip), p.ip],
      ];
}

// The keys a login by this client waits on.
export const loginKeys = (c: LoginClient): string[] => keysOf(c).map(([k]) => k);

// Seconds to wait before these keys may try again (0: go ahead).
export async function waitSeconds(db: Db, keys: string[]): Promise<number> {
  const rows = await db
    .select({ wait: sql<number>`ceil(extract(epoch from ${loginAttempts.lockedUntil} - now()))::int` })
    .from(loginAttempts)
    .where(and(inArray(loginAttempts.key, keys), gt(loginAttempts.lockedUntil, sql`now()`)));
  return Math.max(0, ...rows.map((r) => Number(r.wait)));
}

export async function recordFailure(db: Db, client: LoginClient): Promise<void> {
  const { windowSeconds } = policies();
  for (const [key, policy] of keysOf(client)) {
    const [row] = await db
      .insert(loginAttempts)
      .values({ key, failures: 1, lastFailureAt: sql`now()` })
      .onConflictDoUpdate({
        target: loginAttempts.key,
        set: {
          failures: sql`case when ${loginAttempts.lastFailureAt} < now() - make_interval(secs => ${windowSeconds})
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

// A known device clears its own count; an unknown client the account's (never the address's).
export async function recordSuccess(db: Db, client: Pick<LoginClient, "email" | "device">): Promise<void> {
  const key = client.device ? deviceKey(client.device) : accountKey(client.email);
  await db.delete(loginAttempts).where(sql`${loginAttempts.key} = ${key}`);
}

// Locked accounts, addresses and devices, for the admin screen.
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
