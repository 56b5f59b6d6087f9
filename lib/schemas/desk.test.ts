import { afterEach, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { ARTICLE_TEXT_MAX } from "../text/limits";
import { articleInput, loginInput, reviewInput, submitReportInput } from "./desk";

// The message key of each failing field, the way the server reports them.
function errorsOf(schema: z.ZodType, input: unknown): Record<string, string> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  const out: Record<string, string> = {};
  for (const issue of parsed.error.issues) out[issue.path.join(".")] ??= issue.message;
  return out;
}

const ARTICLE_TEXT = "  استهدفت قاعدة الشدادي بثلاثة صواريخ مساء أمس.  \n";

describe("articleInput", () => {
  it("keeps the raw paste exactly as received, white space included", () => {
    const data = articleInput.parse({ text: ARTICLE_TEXT });
    expect(data.text).toBe(ARTICLE_TEXT);
  });

  it("trims the metadata and drops blank optional fields", () => {
    const data = articleInput.parse({ text: ARTICLE_TEXT, outlet: "  العربي الجديد ", url: "", title: "   ", publishedAt: "" });
    expect(data).toEqual({ text: ARTICLE_TEXT, outlet: "العربي الجديد" });
  });

  it("needs text, and enough of it", () => {
    expect(errorsOf(articleInput, {})).toEqual({ text: "required" });
    expect(errorsOf(articleInput, { text: " \n\t " })).toEqual({ text: "required" });
    expect(errorsOf(articleInput, { text: "قصف قصير" })).toEqual({ text: "article_too_short" });
    expect(errorsOf(articleInput, { text: "ا".repeat(200_001) })).toEqual({ text: "article_too_long" });
    expect(errorsOf(articleInput, { text: "ا".repeat(ARTICLE_TEXT_MAX) })).toEqual({});
  });

  it("accepts only http(s) URLs", () => {
    expect(articleInput.parse({ text: ARTICLE_TEXT, url: " https://www.alaraby.co.uk/x " }).url).toBe("https://www.alaraby.co.uk/x");
    expect(errorsOf(articleInput, { text: ARTICLE_TEXT, url: "javascript:alert(1)" })).toEqual({ url: "invalid_url" });
    expect(errorsOf(articleInput, { text: ARTICLE_TEXT, url: "www.example.com" })).toEqual({ url: "invalid_url" });
  });

  it("accepts only real calendar dates as the published date", () => {
    expect(articleInput.parse({ text: ARTICLE_TEXT, publishedAt: "2024-02-29" }).publishedAt).toBe("2024-02-29");
    for (const bad of ["2023-02-29", "2024-13-01", "2024-1-5", "4 11 2023", "13 تشرين الثاني", "0000-01-01"]) {
      expect(errorsOf(articleInput, { text: ARTICLE_TEXT, publishedAt: bad })).toEqual({ publishedAt: "invalid_date" });
    }
  });
});

describe("dates in the future", () => {
  afterEach(() => vi.useRealTimers());

  it("refuses a published date after tomorrow (UTC), accepts tomorrow for time zones", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2024-03-01T22:00:00Z"));
    expect(articleInput.parse({ text: ARTICLE_TEXT, publishedAt: "2024-03-02" }).publishedAt).toBe("2024-03-02");
    expect(errorsOf(articleInput, { text: ARTICLE_TEXT, publishedAt: "2024-03-03" })).toEqual({ publishedAt: "published_in_future" });
    expect(errorsOf(articleInput, { text: ARTICLE_TEXT, publishedAt: "" })).toEqual({});
  });
});

describe("submitReportInput", () => {
  it('takes "new" or the id of an existing incident', () => {
    expect(submitReportInput.parse({ reportId: "3", incident: "new" })).toEqual({ reportId: 3, incident: "new" });
    expect(submitReportInput.parse({ reportId: 3, incident: "12" })).toEqual({ reportId: 3, incident: 12 });
  });

  it("asks the editor to choose otherwise", () => {
    expect(errorsOf(submitReportInput, { reportId: 3, incident: "bogus" })).toEqual({ incident: "choose_incident" });
    expect(errorsOf(submitReportInput, { reportId: 3 })).toEqual({ incident: "choose_incident" });
    expect(errorsOf(submitReportInput, { reportId: "x", incident: "new" })).toEqual({ reportId: "invalid_id" });
  });
});

describe("reviewInput", () => {
  it("approves without a comment", () => {
    expect(reviewInput.parse({ incidentId: "5", decision: "approve", comment: "" })).toEqual({ incidentId: 5, decision: "approve" });
  });

  it("needs a comment to request changes or to reject", () => {
    for (const decision of ["request_changes", "reject"]) {
      expect(errorsOf(reviewInput, { incidentId: 5, decision })).toEqual({ comment: "comment_required" });
      expect(errorsOf(reviewInput, { incidentId: 5, decision, comment: "   " })).toEqual({ comment: "comment_required" });
    }
    expect(reviewInput.parse({ incidentId: 5, decision: "reject", comment: " مكرر " }).comment).toBe("مكرر");
  });

  it("refuses an unknown decision", () => {
    expect(errorsOf(reviewInput, { incidentId: 5, decision: "publish" })).toEqual({ decision: "required" });
  });
});

describe("loginInput", () => {
  it("trims and lower-cases the email", () => {
    expect(loginInput.parse({ email: "  Editor@Sijill.LOCAL ", password: "x" }).email).toBe("editor@sijill.local");
  });

  it("names a missing or malformed email and a missing password", () => {
    expect(errorsOf(loginInput, { email: "", password: "" })).toEqual({ email: "required", password: "required" });
    expect(errorsOf(loginInput, { email: "editor", password: "x" })).toEqual({ email: "invalid_email" });
  });
});
