import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { SessionUser } from "../verb";

// The acting user behind a session's user id: the database says whether that account still
// exists, is enabled, and what role it has now.
export async function resolveUser(db: Db, id: number): Promise<SessionUser | null> {
  if (!Number.isInteger(id) || id <= 0) return null;
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      disabledAt: users.disabledAt,
      mustChangePassword: users.mustChangePassword,
    })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  if (!row || row.disabledAt) return null;
  const user: SessionUser = { id: row.id, name: row.name, email: row.email, role: row.role };
  // Only when set, so a principal stays the same plain object for everyone else.
  if (row.mustChangePassword) user.mustChangePassword = true;
  return user;
}
