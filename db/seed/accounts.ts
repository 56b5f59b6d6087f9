// Demo accounts: one per role. Passwords come from the environment; the documented demo
// defaults are refused in production mode (SIJILL_MODE=production).
import type { Role } from "../../lib/domain";
import { hashPassword } from "../../lib/auth/password";
import type { Db } from "../client";
import { users } from "../schema";

export const DEMO_ACCOUNTS: Array<{ role: Role; email: string; name: string; env: string; demoPassword: string }> = [
  { role: "editor", email: "editor@sijill.local", name: "Demo Editor", env: "SIJILL_EDITOR_PASSWORD", demoPassword: "editor-demo" },
  { role: "reviewer", email: "reviewer@sijill.local", name: "Demo Reviewer", env: "SIJILL_REVIEWER_PASSWORD", demoPassword: "reviewer-demo" },
  { role: "admin", email: "admin@sijill.local", name: "Demo Admin", env: "SIJILL_ADMIN_PASSWORD", demoPassword: "admin-demo" },
];

export function isProductionMode(): boolean {
  return process.env.SIJILL_MODE === "production";
}

export function accountPassword(account: (typeof DEMO_ACCOUNTS)[number]): string {
  const fromEnv = process.env[account.env];
  if (fromEnv && !(isProductionMode() && fromEnv === account.demoPassword)) return fromEnv;
  if (isProductionMode()) {
    throw new Error(`${account.env} must be set to a non-demo password in production mode (SIJILL_MODE=production).`);
  }
  return account.demoPassword;
}

export async function createAccounts(tx: Db): Promise<Record<Role, number>> {
  const ids = {} as Record<Role, number>;
  for (const account of DEMO_ACCOUNTS) {
    const [row] = await tx
      .insert(users)
      .values({ email: account.email, name: account.name, role: account.role, passwordHash: await hashPassword(accountPassword(account)) })
      .returning({ id: users.id });
    ids[account.role] = row!.id;
  }
  return ids;
}
