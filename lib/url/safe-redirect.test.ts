import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it.each(["/", "/desk", "/desk/articles/12", "/?q=%D8%B4&type=rocket_attack", "/incidents/3#sources", "/login?callbackUrl=%2Fdesk", "/a/./b/../c"])(
    "keeps the same-origin path %j",
    (path) => {
      expect(safeRedirectPath(path, "/fallback")).toBe(path);
    },
  );

  it.each([
    ["protocol-relative", "//evil.example/x"],
    ["protocol-relative with three slashes", "///evil.example"],
    ["slash-backslash", "/\\evil.example"],
    ["backslash-slash", "\\/evil.example"],
    ["double backslash", "\\\\evil.example"],
    ["backslash later in the path", "/desk\\..\\\\evil.example"],
    ["absolute http", "http://evil.example/"],
    ["absolute https", "https://evil.example/desk"],
    ["javascript scheme", "javascript:alert(1)"],
    ["data scheme", "data:text/html,<script>alert(1)</script>"],
    ["scheme-looking relative", "evil.example/desk"],
    ["empty", ""],
    ["CR/LF header injection", "/desk\r\nSet-Cookie: a=b"],
    ["encoded-then-decoded CR/LF", decodeURIComponent("/desk%0d%0aLocation:%20//evil.example")],
    ["tab before slash", "/\t/evil.example"],
    ["newline before slash", "/\n/evil.example"],
    ["NUL", "/desk\u0000"],
    ["DEL", "/desk\u007f"],
    ["C1 control (NEL)", "/desk\u0085"],
    ["line separator", "/desk\u2028x"],
    ["leading space", " /desk"],
    ["too long", `/${"a".repeat(3000)}`],
  ])("refuses %s", (_label, hostile) => {
    expect(safeRedirectPath(hostile, "/fallback")).toBe("/fallback");
  });

  it("refuses values that are not strings", () => {
    for (const v of [undefined, null, 42, ["/desk"], { toString: () => "/desk" }]) expect(safeRedirectPath(v, "/f")).toBe("/f");
  });

  it("falls back to / by default", () => {
    expect(safeRedirectPath("//evil.example")).toBe("/");
  });

  it("never yields a value a browser would resolve to another origin", () => {
    const corpus = ["//evil.example", "/\\evil.example", "/%2F/evil.example", "/%5Cevil.example", "/.//evil.example", "/x/..//evil.example", "/\u3000/evil"];
    for (const c of corpus) {
      const out = safeRedirectPath(c, "/");
      expect(new URL(out, "https://sijill.example").origin, c).toBe("https://sijill.example");
    }
  });
});
