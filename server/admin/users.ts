import "server-only";
import { randomBytes } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { loginAttempts, sessions, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-rules";
import { createUserInput, setRoleInput, unlockInput, userIdInput } from "@/lib/schemas/admin";
import { noInput } from "@/lib/schemas/fields";
import { pageInput } from "@/lib/schemas/page";
import { revokeUserSessions } from "../auth/sessions";
import { lockedKeys } from "../auth/throttle";
import { AppError, invalidField } from "../errors";
import { paginate } from "../list";
import { defineVerb, type SessionUser } from "../verb";

// The team: admins create accounts, set roles, disable and re-enable them, reset passwords and
// end sessions. Every change takes effect at once: each request re-reads the account and its
// session (server/auth/sessions.ts).

// A first or reset password nobody chose: shown once to the admin, who passes it on; the user
// is then asked to choose their own.
export function temporaryPassword(): string {
  return randomBytes(12).toString("base64url");
}

async function lockedUser(db: Db, userId: number) {
  const [row] = await db.select().from(users).where(eq(users.id, userId)).for("update").limit(1);
  if (!row) throw new AppError("not_found");
  return row;
}

function notSelf(user: SessionUser, userId: number) {
  // An admin cannot demote, disable or reset themselves (the desk would lose its last admin).
  if (user.id === userId) throw new AppError("forbidden", "not_yourself");
}

const brief = (u: { id: number; email: string; role: string; disabledAt: Date | null }) => ({
  id: u.id,
  email: u.email,
  role: u.role,
  disabled: !!u.disabledAt,
});

// A page of the team (100 a page: the token form picks its user from it).
export const listUsers = defineVerb({
  name: "listUsers",
  access: "admin",
  mode: "read",
  input: pageInput,
  async run({ db }, { page }) {
    const list = await paginate(
      db,
      page,
      100,
      (limit, offset) =>
        db
          .select({
            id: users.id,
            email: users.email,
            name: users.name,
            role: users.role,
            disabledAt: users.disabledAt,
            mustChangePassword: users.mustChangePassword,
            createdAt: users.createdAt,
            liveSessions: sql<number>`(select count(*)::int from ${sessions} s where s.user_id = "users"."id" and s.revoked_at is null
          and s.created_at > now() - interval '12 hours')`,
            lastSeenAt: sql<string | null>`(select max(s.last_seen_at) from ${sessions} s where s.user_id = "users"."id")`,
            lockedUntil: sql<string | null>`(select la.locked_until from ${loginAttempts} la where la.key = 'account:' || lower("users"."email")
          and la.locked_until > now())`,
          })
          .from(users)
          .orderBy(asc(users.id))
          .limit(limit)
          .offset(offset),
      { from: sql`${users}` },
    );
    return { ...list, rows: list.rows.map((r) => ({ ...r, liveSessions: Number(r.liveSessions) })) };
  },
});

// Failed-login counts and locks, by account and by address.
export const listLoginLocks = defineVerb({
  name: "listLoginLocks",
  access: "admin",
  mode: "read",
  input: noInput,
  async run({ db }) {
    const rows = await lockedKeys(db);
    const now = Date.now();
    return rows.map((r) => ({ ...r, locked: !!r.lockedUntil && new Date(r.lockedUntil).getTime() > now }));
  },
});

export const createUser = defineVerb({
  name: "createUser",
  access: "admin",
  mode: "write",
  input: createUserInput,
  async run({ db, audit }, data) {
    const generated = data.password === undefined;
    const password = data.password ?? temporaryPassword();
    const problem = passwordProblem(password, data.email);
    if (problem) throw invalidField("password", problem);
    const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, data.email)).limit(1);
    if (taken) throw invalidField("email", "email_taken");
    const [row] = await db
      .insert(users)
      .values({ email: data.email, name: data.name, role: data.role, passwordHash: await hashPassword(password), mustChangePassword: true })
      .onConflictDoNothing()
      .returning({ id: users.id, email: users.email, role: users.role, disabledAt: users.disabledAt });
    if (!row) throw invalidField("email", "email_taken");
    await audit({ action: "user.create", entity: "user", id: row.id, after: { ...brief(row), name: data.name } });
    // The password goes back once, to the admin who set or received it; it is stored hashed.
    return { id: row.id, password: generated ? password : null };
  },
});

export const setUserRole = defineVerb({
  name: "setUserRole",
  access: "admin",
  mode: "write",
  input: setRoleInput,
  async run({ db, user, audit }, { userId, role }) {
    notSelf(user, userId);
    const before = await lockedUser(db, userId);
    await db
      .update(users)
      .set({ role, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    await audit({ action: "user.role", entity: "user", id: userId, before: { role: before.role }, after: { role } });
    return { id: userId };
  },
});

export const disableUser = defineVerb({
  name: "disableUser",
  access: "admin",
  mode: "write",
  input: userIdInput,
  async run({ db, user, audit }, { userId }) {
    notSelf(user, userId);
    const before = await lockedUser(db, userId);
    if (!before.disabledAt)
      await db
        .update(users)
        .set({ disabledAt: sql`now()`, updatedAt: sql`now()` })
        .where(eq(users.id, userId));
    // Every open session stops at once (and resolveUser refuses a disabled account anyway).
    const ended = await revokeUserSessions(db, userId);
    await audit({ action: "user.disable", entity: "user", id: userId, before: brief(before), after: { disabled: true, sessionsEnded: ended } });
    return { id: userId };
  },
});

export const enableUser = defineVerb({
  name: "enableUser",
  access: "admin",
  mode: "write",
  input: userIdInput,
  async run({ db, audit }, { userId }) {
    const before = await lockedUser(db, userId);
    await db
      .update(users)
      .set({ disabledAt: null, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    await audit({ action: "user.enable", entity: "user", id: userId, before: brief(before), after: { disabled: false } });
    return { id: userId };
  },
});

// A forced reset: a new temporary password (shown once to the admin), every session ended, and
// the user asked to choose their own password at next login.
export const resetUserPassword = defineVerb({
  name: "resetUserPassword",
  access: "admin",
  mode: "write",
  input: userIdInput,
  async run({ db, user, audit }, { userId }) {
    notSelf(user, userId);
    await lockedUser(db, userId);
    const password = temporaryPassword();
    await db
      .update(users)
      .set({ passwordHash: await hashPassword(password), mustChangePassword: true, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    const ended = await revokeUserSessions(db, userId);
    await audit({ action: "user.password_reset", entity: "user", id: userId, after: { sessionsEnded: ended } });
    return { id: userId, password };
  },
});

export const revokeSessionsOf = defineVerb({
  name: "revokeSessionsOf",
  access: "admin",
  mode: "write",
  input: userIdInput,
  async run({ db, audit }, { userId }) {
    await lockedUser(db, userId);
    const ended = await revokeUserSessions(db, userId);
    await audit({ action: "user.sessions_revoke", entity: "user", id: userId, after: { sessionsEnded: ended } });
    return { id: userId, ended };
  },
});

export const unlockLogin = defineVerb({
  name: "unlockLogin",
  access: "admin",
  mode: "write",
  input: unlockInput,
  async run({ db, audit }, { key }) {
    const removed = await db.delete(loginAttempts).where(eq(loginAttempts.key, key)).returning({ key: loginAttempts.key, failures: loginAttempts.failures });
    await audit({ action: "login.unlock", entity: "login_key", id: key, before: removed[0] ?? null });
    return { key };
  },
});
