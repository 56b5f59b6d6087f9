// A password an admin set must be replaced before anything else, the session id stays out of what
// the client sees, and API tokens act within a scope (issue 17, items 3 and 5).
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { resolveUser } from "@/server/auth/principal";
import { authConfig } from "@/server/auth/config";
import { changeOwnPassword, logoutEverywhere } from "@/server/admin/account";
import { createArticle } from "@/server/articles/create";
import { listArticles } from "@/server/articles/queries";
import { listUsers, resetUserPassword } from "@/server/admin/users";
import { listPublicIncidents } from "@/server/public/incidents";
import { createApiToken, listApiTokens, resolveToken } from "@/server/tokens/tokens";
import { authorize, runVerb } from "@/server/verb";
import { appErrorOf, articleInput, backends, ctxOf, makeUser, useTestDb } from "./helpers";

describe.each(backends)("guards around the session on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "refuses every verb but choosing one's own password and logging out to a user whose password an admin set",
    t.rolledBack(async (db) => {
      const admin = await makeUser(db, "admin");
      const editor = await makeUser(db, "editor");
      const { password } = await runVerb(resetUserPassword, ctxOf(db, admin), { userId: editor.id });
      const user = await resolveUser(db, editor.id);
      expect(user?.mustChangePassword).toBe(true);

      for (const [name, call] of [
        ["createArticle", () => runVerb(createArticle, ctxOf(db, user), articleInput())],
        ["listArticles", () => runVerb(listArticles, ctxOf(db, user), {})],
      ] as const) {
        expect(await appErrorOf(call()), name).toMatchObject({ code: "forbidden", messageKey: "password_change_required" });
      }
      // Pages ask the same question (mayCall; the desk layout and load() send the user to /password).
      expect(() => authorize(listArticles.access, user, listArticles.name)).toThrow("password_change_required");
      expect(authorize(changeOwnPassword.access, user, changeOwnPassword.name)).toBe(user);
      // The public log is anyone's.
      await runVerb(listPublicIncidents, ctxOf(db, user), {});
      await runVerb(logoutEverywhere, ctxOf(db, user), {});

      const mine = "a passphrase of my own choosing";
      await runVerb(changeOwnPassword, ctxOf(db, user), { current: password, password: mine, confirm: mine });
      const after = await resolveUser(db, editor.id);
      expect(after?.mustChangePassword).toBeUndefined();
      await runVerb(listArticles, ctxOf(db, after), {});
    }),
  );

  it("keeps the server-side session id out of the session the client sees", () => {
    const token = { id: "7", role: "editor", sid: "server-side-session-id-0123456789", started: Math.floor(Date.now() / 1000) };
    const session = authConfig.callbacks.session({ session: { user: { id: "", role: "editor" }, expires: "" }, token } as never);
    expect(JSON.stringify(session)).not.toContain(token.sid);
    expect(session.user).toMatchObject({ id: "7", role: "editor" });
  });

  it(
    "issues tokens only to enabled users, with a scope shown to admins; a token does its scope's work only",
    t.rolledBack(async (db) => {
      const admin = await makeUser(db, "admin");
      const other = await makeUser(db, "admin");
      const disabled = await makeUser(db, "editor");
      await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
      const refused = await appErrorOf(runVerb(createApiToken, ctxOf(db, admin), { userId: disabled.id, name: "old desk" }));
      expect(refused).toMatchObject({ code: "invalid", fieldErrors: { userId: "user_disabled" } });

      // A token of an admin account: it creates articles, as an editor, and nothing else.
      const { token } = await runVerb(createApiToken, ctxOf(db, admin), { userId: other.id, name: "wire", scope: "ingest" });
      const listed = await runVerb(listApiTokens, ctxOf(db, admin), {});
      expect(listed.rows.find((r) => r.name === "wire")?.scope).toBe("ingest");
      const actor = await resolveToken(db, token, "ingest");
      expect(actor).toMatchObject({ id: other.id, role: "editor", tokenScope: "ingest" });
      await runVerb(createArticle, ctxOf(db, actor), articleInput());
      expect(await appErrorOf(runVerb(listUsers, ctxOf(db, actor), {}))).toMatchObject({ code: "forbidden" });
      expect(await appErrorOf(runVerb(listArticles, ctxOf(db, actor), {}))).toMatchObject({ code: "forbidden" });
      expect(await appErrorOf(runVerb(createApiToken, ctxOf(db, actor), { userId: other.id, name: "more" }))).toMatchObject({ code: "forbidden" });

      // Disabled after issue: the token stops working.
      await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, other.id));
      expect(await resolveToken(db, token, "ingest")).toBeNull();
    }),
  );
});
