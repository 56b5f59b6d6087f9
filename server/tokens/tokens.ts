import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import { createTokenInput, tokenIdInput } from "@/lib/schemas/admin";
import { pageInput } from "@/lib/schemas/page";
import { roleAtLeast, TOKEN_SCOPE_ROLE, type TokenScope } from "@/lib/domain";
import { resolveUser } from "../auth/principal";
import { AppError } from "../errors";
import { paginate } from "../list";
import { defineVerb, type SessionUser } from "../verb";

// API tokens for newsroom tools. A token acts as one user, within its scope (lib/domain
// TOKEN_SCOPES: the verbs it may call and the highest role it acts with), and does nothing once
// that user is disabled; it is never issued to a disabled user. Only its sha256 is stored, the
// token itself is shown once when issued.

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
    return paginate(
      db,
      page,
      50,
      (limit, offset) =>
        db
          .select({
            id: apiTokens.id,
            name: apiTokens.name,
            userId: apiTokens.userId,
            userEmail: users.email,
            scope: apiTokens.scope,
            createdAt: apiTokens.createdAt,
            lastUsedAt: apiTokens.lastUsedAt,
            revokedAt: apiTokens.revokedAt,
          })
          .from(apiTokens)
          .innerJoin(users, eq(users.id, apiTokens.userId))
          .orderBy(desc(apiTokens.id))
          .limit(limit)
          .offset(offset),
      { from: sql`${apiTokens}` },
    );
  },
});

export const createApiToken = defineVerb({
  name: "createApiToken",
  access: "admin",
  mode: "write",
  input: createTokenInput,
  async run({ db, user, audit }, { userId, name, scope }) {
    const [owner] = await db.select({ id: users.id, disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId)).for("update").limit(1);
    if (!owner) throw new AppError("invalid", "invalid_input", { userId: "invalid_id" });
    if (owner.disabledAt) throw new AppError("invalid", "invalid_input", { userId: "user_disabled" });
    const token = PREFIX + randomBytes(32).toString("base64url");
    const [row] = await db
      .insert(apiTokens)
      .values({ userId, name, scope, tokenHash: hashToken(token), createdBy: user.id })
      .returning({ id: apiTokens.id });
    await audit({ action: "token.create", entity: "api_token", id: row!.id, after: { userId, name, scope } });
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
    if (!row.revokedAt)
      await db
        .update(apiTokens)
        .set({ revokedAt: sql`now()` })
        .where(eq(apiTokens.id, tokenId));
    await audit({ action: "token.revoke", entity: "api_token", id: tokenId, before: { revoked: !!row.revokedAt }, after: { revoked: true } });
    return { id: tokenId };
  },
});

// Who a bearer token acts as, for an endpoint of this scope: an unrevoked token of that scope, of
// an enabled account, with at most the scope's role and only its verbs. Marks it used (at most
// once a minute). A password an admin set does not stop a token (it is a credential of its own).
export async function resolveToken(db: Db, token: string, scope: TokenScope): Promise<SessionUser | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const [row] = await db
    .select({ id: apiTokens.id, userId: apiTokens.userId, scope: apiTokens.scope, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row || row.scope !== scope) return null;
  const owner = await resolveUser(db, row.userId);
  if (!owner) return null;
  const role = roleAtLeast(owner.role, TOKEN_SCOPE_ROLE[scope]) ? TOKEN_SCOPE_ROLE[scope] : owner.role;
  const user: SessionUser = { id: owner.id, name: owner.name, email: owner.email, role, tokenScope: scope };
  if (!row.lastUsedAt || Date.now() - new Date(row.lastUsedAt).getTime() > 60_000) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: sql`now()` })
      .where(eq(apiTokens.id, row.id));
  }
  return user;
}
