// Reports have two write paths (createReport, the workbench's saveReport): their inputs share one
// definition of the report's values, so a rule changed for one is changed for both.
import { describe, expect, it } from "vitest";
import { reportInput } from "./desk";
import { reportValues, saveReportInput } from "./workbench";

describe("one definition of a report's values", () => {
  it("both inputs use the very same schema for every shared field", () => {
    const keys = Object.keys(reportValues) as Array<keyof typeof reportValues>;
    expect(keys.length).toBeGreaterThan(10);
    for (const k of keys) {
      expect(reportInput.shape[k], k).toBe(reportValues[k]);
      expect(saveReportInput.shape[k], k).toBe(reportValues[k]);
    }
  });
});
