import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import { createTokenInput, tokenIdInput } from "@/lib/schemas/admin";
import { pageInput } from "@/lib/schemas/page";
import { resolveUser } from "../auth/principal";
import { AppError } from "../errors";
import { paginate } from "../list";
import { defineVerb, type SessionUser } from "../verb";

// API tokens for newsroom tools. A token acts as one user (its role, and nothing once that
// user is disabled); only its sha256 is stored, the token itself is shown once when issued.

const PREFIX = "sjl_";

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export const listApiTokens = defineVerb({
  name: "listApiTokens",
  access: "admin",
  mode: "read",
  input: pageInput,
  async run({ db }, { page }) {
    return paginate(db, page, 50, (limit, offset) => db
      .select({
        id: apiTokens.id,
        name: apiTokens.name,
        userId: apiTokens.userId,
        userEmail: users.email,
        createdAt: apiTokens.createdAt,
        lastUsedAt: apiTokens.lastUsedAt,
        revokedAt: apiTokens.revokedAt,
      })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .orderBy(desc(apiTokens.id))
      .limit(limit)
      .offset(offset), { from: sql`${apiTokens}` });
  },
});

export const createApiToken = defineVerb({
  name: "createApiToken",
  access: "admin",
  mode: "write",
  input: createTokenInput,
  async run({ db, user, audit }, { userId, name }) {
    const [owner] = await db.select({ id: users.id, disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId)).limit(1);
    if (!owner) throw new AppError("invalid", "invalid_input", { userId: "invalid_id" });
    const token = PREFIX + randomBytes(32).toString("base64url");
    const [row] = await db
      .insert(apiTokens)
      .values({ userId, name, tokenHash: hashToken(token), createdBy: user.id })
      .returning({ id: apiTokens.id });
    await audit({ action: "token.create", entity: "api_token", id: row!.id, after: { userId, name } });
    return { id: row!.id, token };
  },
});

export const revokeApiToken = defineVerb({
  name: "revokeApiToken",
  access: "admin",
  mode: "write",
  input: tokenIdInput,
  async run({ db, audit }, { tokenId }) {
    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, tokenId)).for("update").limit(1);
    if (!row) throw new AppError("not_found");
    if (!row.revokedAt) await db.update(apiTokens).set({ revokedAt: sql`now()` }).where(eq(apiTokens.id, tokenId));
    await audit({ action: "token.revoke", entity: "api_token", id: tokenId, before: { revoked: !!row.revokedAt }, after: { revoked: true } });
    return { id: tokenId };
  },
});

// The user a bearer token acts as: an unrevoked token of an enabled account. Marks it used
// (at most once a minute).
export async function resolveToken(db: Db, token: string): Promise<SessionUser | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const [row] = await db
    .select({ id: apiTokens.id, userId: apiTokens.userId, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row) return null;
  const user = await resolveUser(db, row.userId);
  if (!user) return null;
  if (!row.lastUsedAt || Date.now() - new Date(row.lastUsedAt).getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: sql`now()` }).where(eq(apiTokens.id, row.id));
  }
  return user;
}
