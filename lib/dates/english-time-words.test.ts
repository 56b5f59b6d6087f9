// English time words that are no date, or a day (english.ts): invented sentences.
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

describe("a part of today («this afternoon», «this evening»)", () => {
  it("is the day, as «this morning» is", () => {
    expect(read("Two shells fell on the depot this afternoon.")).toEqual(["en-chrono-relative"]);
    expect(read("Two shells fell on the depot this evening.")).toEqual(["en-chrono-relative"]);
  });
  it("is not read in a bare «in the afternoon», which names no day", () => {
    expect(read("Two shells fell on the depot in the afternoon.")).toEqual([]);
  });
});
