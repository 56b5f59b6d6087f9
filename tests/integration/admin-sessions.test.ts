// Server-side sessions, login throttling, the team verbs and API tokens: what ends a session,
// what locks a login, and what a token may do.
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articles, sessions, users } from "@/db/schema";
import { changeOwnPassword, logoutEverywhere } from "@/server/admin/account";
import { createUser, disableUser, enableUser, resetUserPassword, setUserRole } from "@/server/admin/users";
import { createArticle } from "@/server/articles/create";
import { resolveSession, revokeSession, startSession } from "@/server/auth/sessions";
import { accountKey, ipKey, lockSeconds, policies, recordFailure, recordSuccess, waitSeconds } from "@/server/auth/throttle";
import { createApiToken, resolveToken, revokeApiToken } from "@/server/tokens/tokens";
import { runVerb } from "@/server/verb";
import { verifyPassword } from "@/lib/auth/password";
import { appErrorOf, articleInput, backends, countRows, ctxOf, makeUser, TEST_PASSWORD, uniqueTag, useTestDb } from "./helpers";

describe.each(backends)("sessions, throttling, team and tokens on $name", (backend) => {
  const t = useTestDb(backend, { referenceData: false });

  it(
    "a session works until it is revoked, idle too long, or older than the absolute lifetime",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const sid = await startSession(db, { userId: editor.id, userAgent: "test", ip: "192.0.2.1" });
      expect((await resolveSession(db, { userId: editor.id, sid }))?.id).toBe(editor.id);
      // Another user's id with this sid, a made-up sid, no sid: nobody.
      const other = await makeUser(db, "admin");
      expect(await resolveSession(db, { userId: other.id, sid })).toBeNull();
      expect(await resolveSession(db, { userId: editor.id, sid: "made-up" })).toBeNull();
      expect(await resolveSession(db, { userId: editor.id, sid: undefined })).toBeNull();

      await db
        .update(sessions)
        .set({ lastSeenAt: sql`now() - interval '121 minutes'` })
        .where(eq(sessions.id, sid));
      expect(await resolveSession(db, { userId: editor.id, sid })).toBeNull();
      await db
        .update(sessions)
        .set({ lastSeenAt: sql`now() - interval '119 minutes'` })
        .where(eq(sessions.id, sid));
      expect(await resolveSession(db, { userId: editor.id, sid })).not.toBeNull();
      // Used just now, so touched.
      const [touched] = await db
        .select({ fresh: sql<boolean>`last_seen_at >= now()` })
        .from(sessions)
        .where(eq(sessions.id, sid));
      expect(touched!.fresh).toBe(true);

      await db
        .update(sessions)
        .set({ createdAt: sql`now() - interval '12 hours 1 minute'` })
        .where(eq(sessions.id, sid));
      expect(await resolveSession(db, { userId: editor.id, sid })).toBeNull();

      const second = await startSession(db, { userId: editor.id });
      expect(await resolveSession(db, { userId: editor.id, sid: second })).not.toBeNull();
      await revokeSession(db, second);
      expect(await resolveSession(db, { userId: editor.id, sid: second })).toBeNull();
    }),
  );

  it(
    "disabling ends every session at once; re-enabling does not bring them back; a role change applies to the open session",
    t.rolledBack(async (db) => {
      const admin = await makeUser(db, "admin");
      const editor = await makeUser(db, "editor");
      const a = await startSession(db, { userId: editor.id });
      const b = await startSession(db, { userId: editor.id });
      await runVerb(setUserRole, ctxOf(db, admin), { userId: editor.id, role: "reviewer" });
      expect((await resolveSession(db, { userId: editor.id, sid: a }))?.role).toBe("reviewer");

      await runVerb(disableUser, ctxOf(db, admin), { userId: editor.id });
      expect(await resolveSession(db, { userId: editor.id, sid: a })).toBeNull();
      expect(await resolveSession(db, { userId: editor.id, sid: b })).toBeNull();
      await runVerb(enableUser, ctxOf(db, admin), { userId: editor.id });
      expect(await resolveSession(db, { userId: editor.id, sid: a })).toBeNull();
      const c = await startSession(db, { userId: editor.id });
      expect(await resolveSession(db, { userId: editor.id, sid: c })).not.toBeNull();

      // An admin cannot disable or demote themselves.
      expect((await appErrorOf(runVerb(disableUser, ctxOf(db, admin), { userId: admin.id }))).messageKey).toBe("not_yourself");
      expect((await appErrorOf(runVerb(setUserRole, ctxOf(db, admin), { userId: admin.id, role: "editor" }))).messageKey).toBe("not_yourself");
    }),
  );

  it(
    "a password change follows the rules and ends every session; log out everywhere too; an admin reset too",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const admin = await makeUser(db, "admin");
      const sid = await startSession(db, { userId: editor.id });
      const change = (current: string, password: string, confirm = password) =>
        appErrorOf(runVerb(changeOwnPassword, ctxOf(db, editor), { current, password, confirm }));
      expect((await change("wrong", "a brand new passphrase")).fieldErrors).toEqual({ current: "wrong_password" });
      expect((await change(TEST_PASSWORD, "short")).fieldErrors).toEqual({ password: "password_too_short" });
      expect((await change(TEST_PASSWORD, editor.email)).fieldErrors).toEqual({ password: "password_is_email" });
      expect((await change(TEST_PASSWORD, "Password1234")).fieldErrors).toEqual({ password: "password_too_common" });
      expect((await change(TEST_PASSWORD, "a brand new passphrase", "another one entirely")).fieldErrors).toEqual({ confirm: "password_mismatch" });
      expect(await resolveSession(db, { userId: editor.id, sid })).not.toBeNull();

      await runVerb(changeOwnPassword, ctxOf(db, editor), { current: TEST_PASSWORD, password: "a brand new passphrase", confirm: "a brand new passphrase" });
      expect(await resolveSession(db, { userId: editor.id, sid })).toBeNull();
      const [row] = await db.select().from(users).where(eq(users.id, editor.id));
      expect(await verifyPassword("a brand new passphrase", row!.passwordHash)).toBe(true);

      const s2 = await startSession(db, { userId: editor.id });
      await runVerb(logoutEverywhere, ctxOf(db, editor), {});
      expect(await resolveSession(db, { userId: editor.id, sid: s2 })).toBeNull();

      const s3 = await startSession(db, { userId: editor.id });
      const { password } = await runVerb(resetUserPassword, ctxOf(db, admin), { userId: editor.id });
      expect(await resolveSession(db, { userId: editor.id, sid: s3 })).toBeNull();
      const [reset] = await db.select().from(users).where(eq(users.id, editor.id));
      expect(await verifyPassword(password, reset!.passwordHash)).toBe(true);
      expect(await verifyPassword("a brand new passphrase", reset!.passwordHash)).toBe(false);
      expect(reset!.mustChangePassword).toBe(true);
    }),
  );

  it(
    "creating a user: password rules, one account per email, a generated first password returned once",
    t.rolledBack(async (db) => {
      const admin = await makeUser(db, "admin");
      const email = `new-${uniqueTag()}@test.sijill`;
      const weak = await appErrorOf(runVerb(createUser, ctxOf(db, admin), { email, name: "N", role: "editor", password: "admin-demo" }));
      expect(weak.fieldErrors).toEqual({ password: "password_too_short" });
      const made = await runVerb(createUser, ctxOf(db, admin), { email, name: "N", role: "editor", password: "" });
      expect(made.password).toMatch(/^[\w-]{16}$/);
      const [row] = await db.select().from(users).where(eq(users.id, made.id));
      expect(await verifyPassword(made.password!, row!.passwordHash)).toBe(true);
      const again = await appErrorOf(runVerb(createUser, ctxOf(db, admin), { email: email.toUpperCase(), name: "N", role: "editor", password: "" }));
      expect(again.fieldErrors).toEqual({ email: "email_taken" });
    }),
  );

  it(
    "failed logins lock the account and the address with a doubling delay; success clears the account",
    t.rolledBack(async (db) => {
      const p = policies();
      expect(lockSeconds(p.account.free - 1, p.account)).toBe(0);
      expect(lockSeconds(p.account.free, p.account)).toBe(30);
      expect(lockSeconds(p.account.free + 2, p.account)).toBe(120);
      expect(lockSeconds(1000, p.account)).toBe(15 * 60);

      const email = `who-${uniqueTag()}@test.sijill`;
      const ip = `198.51.100.${Math.floor(Math.random() * 250)}-${uniqueTag()}`;
      for (let i = 1; i < p.account.free; i++) await recordFailure(db, { email, ip });
      expect(await waitSeconds(db, [accountKey(email), ipKey(ip)])).toBe(0);
      await recordFailure(db, { email: email.toUpperCase(), ip });
      expect(await waitSeconds(db, [accountKey(email)])).toBe(30);
      // The address is not locked yet (its threshold is higher); another account from it is free.
      expect(await waitSeconds(db, [accountKey(`other-${email}`), ipKey(ip)])).toBe(0);
      await recordFailure(db, { email, ip });
      expect(await waitSeconds(db, [accountKey(email)])).toBe(60);
      await recordSuccess(db, { email });
      expect(await waitSeconds(db, [accountKey(email)])).toBe(0);

      const guesser = `g-${uniqueTag()}`;
      for (let i = 0; i < p.ip.free; i++) await recordFailure(db, { email: `${i}-${email}`, ip: guesser });
      expect(await waitSeconds(db, [accountKey(`fresh-${email}`), ipKey(guesser)])).toBe(30);
    }),
  );

  it(
    "a token acts as its user, until revoked or the user is disabled; only its hash is stored",
    t.rolledBack(async (db) => {
      const admin = await makeUser(db, "admin");
      const editor = await makeUser(db, "editor");
      const { id, token } = await runVerb(createApiToken, ctxOf(db, admin), { userId: editor.id, name: "wire desk" });
      const stored = await db.execute(sql`select token_hash, last_used_at from api_tokens where id = ${id}`);
      const row = ((stored as { rows?: unknown[] }).rows ?? (stored as unknown[]))[0] as { token_hash: string; last_used_at: unknown };
      expect(row.token_hash).not.toContain(token.slice(4, 20));
      expect(row.last_used_at).toBeNull();

      const actor = await resolveToken(db, token, "ingest");
      expect(actor?.id).toBe(editor.id);
      const before = await countRows(db, articles);
      await runVerb(createArticle, ctxOf(db, actor), articleInput());
      expect(await countRows(db, articles)).toBe(before + 1);
      expect(await resolveToken(db, token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"), "ingest")).toBeNull();

      await runVerb(disableUser, ctxOf(db, admin), { userId: editor.id });
      expect(await resolveToken(db, token, "ingest")).toBeNull();
      await runVerb(enableUser, ctxOf(db, admin), { userId: editor.id });
      expect((await resolveToken(db, token, "ingest"))?.id).toBe(editor.id);
      await runVerb(revokeApiToken, ctxOf(db, admin), { tokenId: id });
      expect(await resolveToken(db, token, "ingest")).toBeNull();
    }),
  );
});
