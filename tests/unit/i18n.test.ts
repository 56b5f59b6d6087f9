import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { en } from "@/lib/i18n/en";
import { ERROR_KEYS, errorText, messagesFor } from "@/lib/i18n";
import { AUDIT_ACTIONS, INCIDENT_STATUSES, INCIDENT_TYPES, REPORT_STATUSES, REVIEW_DECISIONS, DATE_PRECISIONS } from "@/lib/domain";

// Every key path of a message tree ("nav.login", "errors.required", …).
function keyPaths(tree: object, prefix = ""): string[] {
  return Object.entries(tree)
    .flatMap(([k, v]) => (v !== null && typeof v === "object" ? keyPaths(v, `${prefix}${k}.`) : [`${prefix}${k}`]))
    .sort();
}

function leaves(tree: object): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([k, v]) =>
    v !== null && typeof v === "object" ? leaves(v).map(([p, x]): [string, unknown] => [`${k}.${p}`, x]) : [[k, v]],
  );
}

// Every message key the schemas (lib/schemas) and the server layer (AppError) can return: the
// union the compiler checks (lib/i18n/keys.ts), so this list can no longer miss one.
describe("interface text", () => {
  it("has exactly the same keys in Arabic and English", () => {
    expect(keyPaths(ar)).toEqual(keyPaths(en));
  });

  it("has no empty text in either language", () => {
    for (const [path, value] of [...leaves(ar), ...leaves(en)]) {
      expect(typeof value, path).toBe("string");
      expect((value as string).trim(), path).not.toBe("");
    }
  });

  it("sets the writing direction of each language", () => {
    expect(ar.dir).toBe("rtl");
    expect(en.dir).toBe("ltr");
  });

  it("is actually translated: the Arabic error texts are in Arabic", () => {
    for (const [key, text] of Object.entries(ar.errors)) expect(text, key).toMatch(/[\u0600-\u06FF]/);
  });

  it("says every error key the schemas and the server can return, in both languages", () => {
    for (const key of ERROR_KEYS) {
      expect(en.errors, `en.errors.${key}`).toHaveProperty(key);
      expect(ar.errors, `ar.errors.${key}`).toHaveProperty(key);
    }
  });

  it("names every incident type, status, precision and decision", () => {
    for (const m of [ar, en]) {
      expect(Object.keys(m.types).sort()).toEqual([...INCIDENT_TYPES].sort());
      expect(Object.keys(m.precisions).sort()).toEqual([...DATE_PRECISIONS].sort());
      expect(Object.keys(m.decisions).sort()).toEqual([...REVIEW_DECISIONS].sort());
      expect(Object.keys(m.statuses).sort()).toEqual([...new Set([...INCIDENT_STATUSES, ...REPORT_STATUSES])].sort());
      expect(Object.keys(m.audit).sort()).toEqual([...AUDIT_ACTIONS].sort());
    }
  });
});

describe("errorText", () => {
  it("says a known key in the chosen language", () => {
    expect(errorText(messagesFor("en"), "four_eyes")).toBe(en.errors.four_eyes);
    expect(errorText(messagesFor("ar"), "four_eyes")).toBe(ar.errors.four_eyes);
  });

  it("falls back to the generic message for an unknown key, and to nothing for none", () => {
    expect(errorText(en, "no_such_key")).toBe(en.errors.generic);
    expect(errorText(ar, undefined)).toBe("");
  });
});

describe("messages that state a rule", () => {
  it("say the article length limit, with the number the schema checks", async () => {
    const { ARTICLE_TEXT_MAX, formatLimit } = await import("@/lib/text/limits");
    for (const m of [en, ar]) expect(m.errors.article_too_long).toContain(formatLimit(ARTICLE_TEXT_MAX));
    expect(en.errors.article_too_long).toContain("200,000");
  });

  it("say the date rules: the one day of grace, and the article's date", () => {
    for (const key of ["published_in_future", "event_in_future", "event_after_article"] as const) {
      expect(en.errors[key]).toMatch(/one day/);
      expect(ar.errors[key]).toMatch(/يوم واحد/);
    }
    expect(en.errors.event_after_article).toMatch(/article/);
    expect(ar.errors.event_after_article).toMatch(/المقال/);
  });
});
