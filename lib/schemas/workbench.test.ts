import { afterEach, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { saveReportInput } from "./workbench";

// The message key of each failing field, the way the server reports them.
function errorsOf(schema: z.ZodType, input: unknown): Record<string, string> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  const out: Record<string, string> = {};
  for (const issue of parsed.error.issues) out[issue.path.join(".")] ??= issue.message;
  return out;
}

// A new draft as a form holds it: every value a string, blanks for what was left empty.
const REPORT = {
  articleId: "7",
  date: "2023-11-13",
  datePrecision: "day",
  type: "rocket_attack",
  placeId: "al-shaddadi-base",
  actorId: "",
  target: "",
  weapon: " صواريخ ",
  munitions: "3",
  killed: "",
  injured: "0",
  summary: " استهداف قاعدة الشدادي ",
  evidence: [{ field: "summary", exact: "استهدفت قاعدة الشدادي", start: "" }],
};

describe("saveReportInput", () => {
  afterEach(() => vi.useRealTimers());

  it("coerces form values: ids, counts and offsets to numbers, blanks to undefined, text trimmed", () => {
    const data = saveReportInput.parse(REPORT);
    expect(data).toEqual({
      articleId: 7,
      date: "2023-11-13",
      datePrecision: "day",
      type: "rocket_attack",
      placeId: "al-shaddadi-base",
      weapon: "صواريخ",
      munitions: 3,
      injured: 0,
      summary: "استهداف قاعدة الشدادي",
      evidence: [{ field: "summary", exact: "استهدفت قاعدة الشدادي" }],
      sources: [],
    });
    expect(saveReportInput.parse({ ...REPORT, evidence: [{ ...REPORT.evidence[0], start: "120" }], placeId: "" })).toMatchObject({
      evidence: [{ start: 120 }],
      placeId: undefined,
    });
  });

  it("refuses an incident date after tomorrow (UTC)", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2023-11-12T10:00:00Z"));
    expect(saveReportInput.parse({ ...REPORT, date: "2023-11-13" }).date).toBe("2023-11-13");
    expect(errorsOf(saveReportInput, { ...REPORT, date: "2023-11-14" })).toEqual({ date: "event_in_future" });
    expect(errorsOf(saveReportInput, { ...REPORT, date: "2023-02-29" })).toEqual({ date: "invalid_date" });
  });

  it("names every bad field with its message key", () => {
    expect(
      errorsOf(saveReportInput, {
        articleId: "x",
        date: "2023-02-29",
        datePrecision: "week",
        type: "bogus",
        munitions: "abc",
        killed: "-1",
        injured: "2.5",
        summary: "  ",
        evidence: [{ field: "summary", exact: "" }],
      }),
    ).toEqual({
      articleId: "invalid_id",
      date: "invalid_date",
      datePrecision: "required",
      type: "required",
      munitions: "invalid_number",
      killed: "invalid_number",
      injured: "invalid_number",
      summary: "required",
      "evidence.0.exact": "required",
    });
  });

  it("needs at least one span of evidence", () => {
    expect(errorsOf(saveReportInput, { ...REPORT, evidence: [] })).toEqual({ evidence: "evidence_required" });
    const { evidence: _e, ...rest } = REPORT;
    expect(errorsOf(saveReportInput, rest)).toEqual({ evidence: "evidence_required" });
  });

  it("refuses ids that are not positive whole numbers", () => {
    for (const bad of ["0", "-3", "1.5"]) expect(errorsOf(saveReportInput, { ...REPORT, articleId: bad })).toEqual({ articleId: "invalid_id" });
    expect(errorsOf(saveReportInput, { ...REPORT, actorId: "abc" })).toEqual({ actorId: "invalid_id" });
  });

  it("refuses counts beyond belief and over-long text", () => {
    expect(errorsOf(saveReportInput, { ...REPORT, killed: "100001" })).toEqual({ killed: "invalid_number" });
    expect(errorsOf(saveReportInput, { ...REPORT, summary: "ا".repeat(2001) })).toEqual({ summary: "too_long" });
  });

  it("needs a date, a precision and a type", () => {
    const { date: _d, datePrecision: _p, type: _t, ...rest } = REPORT;
    expect(errorsOf(saveReportInput, rest)).toEqual({ date: "required", datePrecision: "required", type: "required" });
  });
});
