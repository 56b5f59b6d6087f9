import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sessions } from "@/db/schema";
import type { SessionUser } from "../verb";
import { resolveUser } from "./principal";

// Server-side sessions. The Auth.js JWT only names a session (sid); the row here decides whether
// it still works, so logout, disabling an account, a password change and "log out everywhere"
// end a session at once, even if someone kept a copy of the cookie.

function positiveEnv(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

// A session unused for this long stops working (default 2 hours).
export function idleSeconds(): number {
  return Math.round(positiveEnv("SIJILL_SESSION_IDLE_MINUTES", 120) * 60);
}
// A session older than this stops working however busy it is (default 12 hours).
export function absoluteSeconds(): number {
  return Math.round(positiveEnv("SIJILL_SESSION_MAX_HOURS", 12) * 3600);
}
// last_seen_at is written at most this often per session.
const TOUCH_SECONDS = 60;

export async function startSession(db: Db, info: { userId: number; userAgent?: string | null; ip?: string | null }): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await db.insert(sessions).values({
    id,
    userId: info.userId,
    userAgent: info.userAgent?.slice(0, 300) ?? null,
    ip: info.ip?.slice(0, 100) ?? null,
  });
  return id;
}

// Whether this session of this user still works; touches last_seen_at (at most once a minute).
export async function sessionIsLive(db: Db, { userId, sid }: { userId: number; sid: string }): Promise<boolean> {
  if (!sid || typeof sid !== "string" || !Number.isInteger(userId) || userId <= 0) return false;
  const idle = idleSeconds();
  const absolute = absoluteSeconds();
  const [row] = await db
    .select({
      live: sql<boolean>`(${sessions.revokedAt} is null
        and ${sessions.lastSeenAt} > now() - make_interval(secs => ${idle})
        and ${sessions.createdAt} > now() - make_interval(secs => ${absolute}))`,
      stale: sql<boolean>`${sessions.lastSeenAt} < now() - make_interval(secs => ${TOUCH_SECONDS})`,
    })
    .from(sessions)
    .where(and(eq(sessions.id, sid), eq(sessions.userId, userId)))
    .limit(1);
  if (!row || !row.live) return false;
  if (row.stale)
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(sessions.id, sid));
  return true;
}

// The acting user behind a session: the session must be live and the account enabled.
export async function resolveSession(db: Db, { userId, sid }: { userId: number; sid: string | undefined | null }): Promise<SessionUser | null> {
  if (!sid || !(await sessionIsLive(db, { userId, sid }))) return null;
  return resolveUser(db, userId);
}

export async function revokeSession(db: Db, sid: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.id, sid), isNull(sessions.revokedAt)));
}

// Ends every session of a user (disable, password change, "log out everywhere"); `keep` spares
// the session making the change when the user changes their own password.
export async function revokeUserSessions(db: Db, userId: number, keep?: string): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), keep ? ne(sessions.id, keep) : undefined))
    .returning({ id: sessions.id });
  return rows.length;
}
