import "server-only";
import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-rules";
import { changePasswordInput } from "@/lib/schemas/admin";
import { noInput } from "@/lib/schemas/fields";
import { revokeUserSessions } from "../auth/sessions";
import { AppError, invalidField } from "../errors";
import { defineVerb } from "../verb";

// Each user's own account: change the password, end every session ("log out everywhere").

// The new password ends every session of the account, this one included (the action logs the
// user straight back in with the new password, which starts a fresh session).
export const changeOwnPassword = defineVerb({
  name: "changeOwnPassword",
  access: "editor",
  mode: "write",
  input: changePasswordInput,
  async run({ db, user, audit }, data) {
    const [row] = await db.select().from(users).where(eq(users.id, user.id)).for("update").limit(1);
    if (!row) throw new AppError("unauthorized");
    if (!(await verifyPassword(data.current, row.passwordHash))) throw invalidField("current", "wrong_password");
    const problem = passwordProblem(data.password, row.email);
    if (problem) throw invalidField("password", problem);
    if (await verifyPassword(data.password, row.passwordHash)) throw invalidField("password", "password_too_common");
    await db
      .update(users)
      .set({ passwordHash: await hashPassword(data.password), mustChangePassword: false, updatedAt: sql`now()` })
      .where(eq(users.id, user.id));
    const ended = await revokeUserSessions(db, user.id);
    await audit({ action: "user.password_change", entity: "user", id: user.id, after: { sessionsEnded: ended } });
    return { id: user.id, email: row.email };
  },
});

export const logoutEverywhere = defineVerb({
  name: "logoutEverywhere",
  access: "editor",
  mode: "write",
  input: noInput,
  async run({ db, user, audit }) {
    const ended = await revokeUserSessions(db, user.id);
    await audit({ action: "user.sessions_revoke", entity: "user", id: user.id, after: { sessionsEnded: ended, self: true } });
    return { ended };
  },
});
