// How long something took is no date (english.ts, dropNonDates): invented sentences.
import { describe, expect, it } from "vitest";
import { foldWithOffsets } from "../arabic/normalize";
import { findDateMentions } from "./mentions";

const read = (text: string) => findDateMentions(foldWithOffsets(text).text).map((m) => m.rule);

describe("a span of hours or minutes", () => {
  it("is not a date", () => {
    expect(read("Firefighters put out the blaze within an hour.")).toEqual([]);
    expect(read("The sirens sounded for minutes.")).toEqual([]);
    expect(read("Guards sealed the gate within 20 minutes.")).toEqual([]);
  });
  it("leaves the day told beside it a date", () => {
    expect(read("A drone struck the depot on Tuesday and the fire was out within an hour.")).toEqual(["en-chrono-weekday"]);
    expect(read("Drones hit the depot two days ago.")).toEqual(["en-chrono-relative"]);
  });
});
