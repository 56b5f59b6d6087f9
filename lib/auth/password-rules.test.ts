import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-rules";

describe("password rules", () => {
  it("refuses short, email-like and demo passwords, accepts a long unusual one", () => {
    expect(passwordProblem("short", "a@b.c")).toBe("password_too_short");
    expect(passwordProblem("ed@sijill.local", "ed@sijill.local")).toBe("password_is_email");
    expect(passwordProblem("ReViewer-Demo", "x@y.z")).toBe("password_too_common");
    expect(passwordProblem("admin-demo", "x@y.z")).toBe("password_too_short");
    expect(passwordProblem("password1234", "x@y.z")).toBe("password_too_common");
    expect(passwordProblem("aaaaaaaaaaaaaa", "x@y.z")).toBe("password_too_common");
    expect(passwordProblem("longeditorname", "longeditorname@sijill.local")).toBe("password_is_email");
    expect(passwordProblem("correct horse battery", "x@y.z")).toBeNull();
  });
});
