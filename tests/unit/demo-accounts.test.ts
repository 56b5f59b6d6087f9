import { afterEach, describe, expect, it, vi } from "vitest";
import { DEMO_ACCOUNTS, accountPassword } from "@/db/seed/accounts";

const editor = DEMO_ACCOUNTS.find((a) => a.role === "editor")!;

describe("demo account passwords", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("use the documented demo default when the variable is unset", () => {
    vi.stubEnv(editor.env, "");
    vi.stubEnv("SIJILL_MODE", "");
    expect(accountPassword(editor)).toBe("editor-demo");
  });

  it("take the password from the environment when it is set", () => {
    vi.stubEnv(editor.env, "a-real-secret");
    expect(accountPassword(editor)).toBe("a-real-secret");
  });

  it("refuse the demo default in production mode, unset or set explicitly", () => {
    vi.stubEnv("SIJILL_MODE", "production");
    vi.stubEnv(editor.env, "");
    expect(() => accountPassword(editor)).toThrow(/SIJILL_EDITOR_PASSWORD/);
    vi.stubEnv(editor.env, "editor-demo");
    expect(() => accountPassword(editor)).toThrow(/production mode/);
    vi.stubEnv(editor.env, "a-real-secret");
    expect(accountPassword(editor)).toBe("a-real-secret");
  });
});
