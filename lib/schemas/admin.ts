// Inputs of the administration verbs (team, sessions, passwords, API tokens).
import { z } from "zod";
import { ROLES, TOKEN_SCOPES } from "../domain";
import { msg } from "../i18n/keys";
import { PASSWORD_MAX } from "../auth/password-rules";
import { id, optionalText, requiredText } from "./fields";

const email = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  z.string(msg("required")).min(1, msg("required")).max(320, msg("too_long")).email(msg("invalid_email")),
);
const role = z.enum(ROLES, msg("required"));
// Not trimmed: a password is what was typed.
const password = z.string(msg("required")).min(1, msg("required")).max(PASSWORD_MAX, msg("too_long"));
const optionalPassword = z.preprocess((v) => (v === "" ? undefined : v), password.optional());

export const createUserInput = z.object({
  email,
  name: requiredText(200),
  role,
  // Empty: the server makes a random first password, shown once.
  password: optionalPassword,
});
export const userIdInput = z.object({ userId: id });
export const setRoleInput = z.object({ userId: id, role });
export const unlockInput = z.object({ key: requiredText(400) });

export const changePasswordInput = z
  .object({ current: password, password, confirm: password })
  .refine((v) => v.password === v.confirm, { ...msg("password_mismatch"), path: ["confirm"] });

export const createTokenInput = z.object({ userId: id, name: requiredText(200), scope: z.enum(TOKEN_SCOPES, msg("required")).default("ingest") });
export const tokenIdInput = z.object({ tokenId: id });
export const optionalNote = optionalText(200);
