import type { z } from "zod";
import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { roleAtLeast, TOKEN_SCOPE_VERBS, type AuditAction, type AuditEntity, type Role, type TokenScope } from "@/lib/domain";
import { AppError, parseInput } from "./errors";

// The one way into the data layer. A verb is declared once — who may call it, its zod input,
// whether it reads or writes, and its body — and `runVerb` does the rest in one place: the role
// check (first, before the input is even parsed), the parse, the transaction, and the audit
// row written in that same transaction by an `audit` function that already knows the actor.
// Server actions, route handlers, pages, scripts and tests all call verbs through it.

// Who is acting, as the server knows it (re-read from the database on every request, so a
// disabled account or a changed role takes effect at once). Never the full user row.
// `mustChangePassword`: an admin set this user's password, so until they choose their own they
// may call no verb but those that choose it or log out (authorize, below).
// `tokenScope`: the caller is an API token of that scope (server/tokens/tokens.ts), which may call
// only that scope's verbs (lib/domain TOKEN_SCOPE_VERBS).
export type SessionUser = { id: number; name: string; email: string; role: Role; mustChangePassword?: boolean; tokenScope?: TokenScope };

// What a caller brings: a database and the acting user, if any.
export type Ctx = { db: Db; user: SessionUser | null };

// "public": anyone, logged in or not. A role: that role or a higher one (lib/domain roleAtLeast).
export type Access = "public" | Role;

export type AuditEntry = {
  action: AuditAction;
  entity: AuditEntity;
  id: string | number;
  before?: unknown;
  after?: unknown;
};

// What a verb's body gets. `user` is non-null for every access but "public".
export type VerbScope<A extends Access> = {
  db: Db;
  user: A extends "public" ? SessionUser | null : SessionUser;
  // Records an audit event for this change, in this transaction, naming the acting user.
  audit: (entry: AuditEntry) => Promise<void>;
};

export type Verb<N extends string = string, A extends Access = Access, S extends z.ZodType = z.ZodType, R = unknown> = {
  readonly name: N;
  readonly access: A;
  // "read" verbs run on the caller's database as is; "write" verbs in one transaction that must
  // write at least one audit event.
  readonly mode: "read" | "write";
  readonly input: S;
  // Method syntax on purpose: a verb of any access is then usable where "some verb" is expected.
  run(scope: VerbScope<A>, input: z.output<S>): Promise<R>;
};

// Any verb at all (the registry, the adapters).
export type AnyVerb = Verb<string, Access, z.ZodType, unknown>;

export type VerbInput<V> = V extends Verb<string, Access, infer S, unknown> ? z.input<S> : never;
export type VerbResult<V> = V extends Verb<string, Access, z.ZodType, infer R> ? R : never;

export function defineVerb<const N extends string, const A extends Access, S extends z.ZodType, R>(spec: Verb<N, A, S, R>): Verb<N, A, S, R> {
  return Object.freeze(spec);
}

// The verbs a user whose password an admin set may still call (issue 17).
const BEFORE_OWN_PASSWORD = new Set(["changeOwnPassword", "logoutEverywhere"]);

// Throws unless the caller may use a verb of this access (named `verb`); returns the acting user.
export function authorize(access: Access, user: SessionUser | null, verb?: string): SessionUser | null {
  if (access === "public") return user;
  if (!user) throw new AppError("unauthorized");
  if (user.mustChangePassword && !BEFORE_OWN_PASSWORD.has(verb ?? "")) throw new AppError("forbidden", "password_change_required");
  if (user.tokenScope && !TOKEN_SCOPE_VERBS[user.tokenScope].includes(verb ?? "")) throw new AppError("forbidden");
  if (!roleAtLeast(user.role, access)) throw new AppError("forbidden");
  return user;
}

function readOnly(verb: string) {
  return () => Promise.reject(new Error(`verb ${verb} is declared "read" but tried to write an audit event`));
}

export async function runVerb<N extends string, A extends Access, S extends z.ZodType, R>(verb: Verb<N, A, S, R>, ctx: Ctx, rawInput: unknown): Promise<R> {
  const user = authorize(verb.access, ctx.user, verb.name) as VerbScope<A>["user"];
  const input = parseInput(verb.input, rawInput);
  if (verb.mode === "read") return verb.run({ db: ctx.db, user, audit: readOnly(verb.name) }, input);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    let audited = 0;
    const audit = async (entry: AuditEntry) => {
      audited += 1;
      await db.insert(auditEvents).values({
        actorId: user?.id ?? null,
        action: entry.action,
        entityType: entry.entity,
        entityId: String(entry.id),
        before: entry.before ?? null,
        after: entry.after ?? null,
      });
    };
    const result = await verb.run({ db, user, audit }, input);
    // A change with no record of it is a bug in the verb, not the caller's problem: roll back.
    if (audited === 0) throw new Error(`verb ${verb.name} changed data without an audit event`);
    return result;
  });
}
