// Login throttling can be neither dodged nor turned against users (issue 17, item 3): the client
// address as the edge settles it (lib/http/forwarded.mjs), and device cookies that keep an
// account's owner in while attackers guess it (server/auth/throttle.ts, device.ts).
import { sql } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { parseTrustedProxies, settleForwardedHeaders, trustedProxySpec } from "@/lib/http/forwarded.mjs";
import { checkCredentials, loginClient } from "@/server/auth/credentials";
import { deviceCookieValue, DEVICE_COOKIE } from "@/server/auth/device";
import { ipKey, policies, waitSeconds } from "@/server/auth/throttle";
import { backends, makeUser, TEST_PASSWORD, uniqueTag, useTestDb } from "./helpers";

// A request as the production server hands it to the app: the headers the client sent, settled
// at the edge for the socket peer (scripts/server.mjs), then read by the app.
function arriving(peer: string, sent: Record<string, string> = {}): Headers {
  const headers: Record<string, string | string[] | undefined> = { ...sent };
  settleForwardedHeaders(headers, peer, parseTrustedProxies(trustedProxySpec(process.env)));
  return new Headers(headers as Record<string, string>);
}

async function attempt(db: Db, email: string, password: string, headers: Headers) {
  return (await checkCredentials(db, loginClient(email, headers), password)).kind;
}

// Time passes for the throttle: every stored instant moves back (now() is fixed in a transaction).
async function advance(db: Db, seconds: number) {
  await db.execute(sql`update login_attempts set locked_until = locked_until - make_interval(secs => ${seconds}),
    last_failure_at = last_failure_at - make_interval(secs => ${seconds})`);
}

const saved = { ...process.env };
beforeAll(() => {
  process.env.AUTH_SECRET ??= "login-throttle-test-secret";
});
afterEach(() => {
  process.env.SIJILL_TRUSTED_PROXIES = saved.SIJILL_TRUSTED_PROXIES;
  if (saved.SIJILL_TRUSTED_PROXIES === undefined) delete process.env.SIJILL_TRUSTED_PROXIES;
});

describe.each(backends)("login throttling on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "slows password spraying from one address whatever X-Forwarded-For it makes up",
    t.rolledBack(async (db) => {
      const outcomes = { refused: 0, throttled: 0, ok: 0 };
      for (let i = 0; i < 70; i++) {
        const forged = { "x-forwarded-for": `198.51.100.${i}`, "x-real-ip": `192.0.2.${i}` };
        outcomes[await attempt(db, `spray-${i}-${uniqueTag()}@test.sijill`, "Winter2024!", arriving("203.0.113.9", forged))] += 1;
      }
      const free = policies().ip.free;
      expect(outcomes).toEqual({ refused: free, throttled: 70 - free, ok: 0 });
      // The same address written as IPv4-mapped IPv6 is the same address.
      expect(await attempt(db, `spray-x-${uniqueTag()}@test.sijill`, "Winter2024!", arriving("::ffff:203.0.113.9"))).toBe("throttled");
    }),
  );

  it(
    "does not let failures sent as X-Forwarded-For: ::ffff:127.0.0.1 throttle a real client at 127.0.0.1",
    t.rolledBack(async (db) => {
      const user = await makeUser(db, "editor");
      for (const proxies of [undefined, "127.0.0.1"]) {
        // With no proxy, the forged header is replaced at the edge; behind a trusted proxy on
        // loopback, the proxy appends the attacker's address, and that is the client's.
        if (proxies) process.env.SIJILL_TRUSTED_PROXIES = proxies;
        const viaProxy = (client: string, sent?: string) => arriving("127.0.0.1", { "x-forwarded-for": sent ? `${sent}, ${client}` : client });
        for (let i = 0; i < 55; i++) {
          const headers = proxies ? viaProxy("203.0.113.7", "::ffff:127.0.0.1") : arriving("203.0.113.7", { "x-forwarded-for": "::ffff:127.0.0.1" });
          await attempt(db, `nobody-${i}-${uniqueTag()}@test.sijill`, "guess", headers);
        }
        expect(await waitSeconds(db, [ipKey("127.0.0.1")])).toBe(0);
        expect(await waitSeconds(db, [ipKey("203.0.113.7")])).toBeGreaterThan(0);
        // Node reports an IPv4 client of a dual-stack listener as ::ffff:127.0.0.1.
        expect(await attempt(db, user.email, TEST_PASSWORD, proxies ? viaProxy("127.0.0.1") : arriving("::ffff:127.0.0.1"))).toBe("ok");
        await db.execute(sql`delete from login_attempts`);
      }
    }),
  );

  it(
    "keeps the owner in during an hour of guessing at one request a second from 100 addresses; the guesser gets a handful of tries",
    t.rolledBack(async (db) => {
      const owner = await makeUser(db, "admin");
      const device = `${DEVICE_COOKIE}=${deviceCookieValue(owner.email)}`;
      const reachedPassword = { attacker: 0 };
      const ownerKnown = { ok: 0, other: 0 };
      const ownerNewBrowser = { ok: 0, other: 0 };
      for (let second = 0; second < 3600; second++) {
        const headers = arriving(`192.0.2.${second % 100}`);
        const outcome = await attempt(db, owner.email, `guess ${second}`, headers);
        if (outcome !== "throttled") reachedPassword.attacker += 1;
        if (second % 300 === 150) {
          // The owner, from their own browser (a device cookie) and address, and from a new browser.
          const known = await attempt(db, owner.email, TEST_PASSWORD, arriving("203.0.113.50", { cookie: device }));
          ownerKnown[known === "ok" ? "ok" : "other"] += 1;
          const fresh = await attempt(db, owner.email, TEST_PASSWORD, arriving("203.0.113.51"));
          ownerNewBrowser[fresh === "ok" ? "ok" : "other"] += 1;
        }
        await advance(db, 1);
      }
      expect(ownerKnown).toEqual({ ok: 12, other: 0 });
      // Unknown browsers share the account's delay with the attacker (OWASP's trade-off).
      expect(ownerNewBrowser.other).toBeGreaterThan(0);
      expect(reachedPassword.attacker).toBeLessThanOrEqual(20);
      console.log(
        `[figures] 3600 guesses/h from 100 addresses: ${reachedPassword.attacker} reached the password check; owner with device cookie ${ownerKnown.ok}/12 in; owner from a new browser ${ownerNewBrowser.ok}/12 in`,
      );
    }),
    // 3,600 simulated seconds, about 11,000 queries.
    240_000,
  );

  it(
    "believes a device cookie only for its own account, unaltered, and throttles a device that guesses",
    t.rolledBack(async (db) => {
      const owner = await makeUser(db, "editor");
      const other = await makeUser(db, "editor");
      const value = deviceCookieValue(owner.email)!;
      const tampered = value.slice(0, -2) + (value.endsWith("AA") ? "BB" : "AA");
      expect(loginClient(owner.email, arriving("192.0.2.1", { cookie: `${DEVICE_COOKIE}=${value}` })).device).toBeTruthy();
      expect(loginClient(owner.email.toUpperCase(), arriving("192.0.2.1", { cookie: `a=b; ${DEVICE_COOKIE}=${value}` })).device).toBeTruthy();
      expect(loginClient(other.email, arriving("192.0.2.1", { cookie: `${DEVICE_COOKIE}=${value}` })).device).toBeNull();
      expect(loginClient(owner.email, arriving("192.0.2.1", { cookie: `${DEVICE_COOKIE}=${tampered}` })).device).toBeNull();

      // A stolen device cookie is no skeleton key: that device has its own budget.
      const stolen = arriving("192.0.2.2", { cookie: `${DEVICE_COOKIE}=${value}` });
      const kinds: string[] = [];
      for (let i = 0; i < policies().device.free + 1; i++) kinds.push(await attempt(db, owner.email, `guess ${i}`, stolen));
      expect(kinds.filter((k) => k === "refused")).toHaveLength(policies().device.free);
      expect(kinds.at(-1)).toBe("throttled");
      // The account itself was not slowed for anyone else.
      expect(await attempt(db, owner.email, TEST_PASSWORD, arriving("192.0.2.3"))).toBe("ok");
    }),
  );
});
