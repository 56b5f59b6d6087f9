// Invented candidates: what the assist offers from the log, and when it keeps quiet.
import { describe, expect, it } from "vitest";
import { offerFromLog, type OfferCandidate } from "./offer";

const site = { id: "base-a", nameAr: "قاعدة أ", nameEn: "Base A", kind: "base" };
const C = (over: Partial<OfferCandidate> = {}): OfferCandidate => ({
  id: 7,
  score: 0.68,
  reasons: [{ code: "in_country" }, { code: "same_day" }, { code: "same_type", params: { type: "drone_attack" } }, { code: "same_actor" }],
  verified: true,
  date: "2024-03-05",
  datePrecision: "day",
  place: site,
  ...over,
});

describe("offerFromLog", () => {
  it("offers a clear verified match's site, and its day to a proposal with none or a vaguer one", () => {
    expect(offerFromLog({ place: true, date: null }, [C()])).toEqual({
      incidentId: 7,
      confidence: 0.68,
      place: { id: "base-a", name: "قاعدة أ", nameEn: "Base A", kind: "base" },
      date: null,
    });
    expect(offerFromLog({ place: false, date: "missing" }, [C()])).toMatchObject({ place: null, date: { date: "2024-03-05", precision: "day" } });
    expect(offerFromLog({ place: false, date: { date: "2024-03-04", precision: "approximate" } }, [C()])?.date).toEqual({
      date: "2024-03-05",
      precision: "day",
    });
    expect(offerFromLog({ place: false, date: { date: "2024-02-01", precision: "month" } }, [C()])).toBeNull();
  });

  it("reads two weapons of one family as agreeing: a drone and a one-way attack drone (issue 19 item 13)", () => {
    expect(offerFromLog({ place: true, date: null, weapon: "drone" }, [C({ weapon: "one_way_drone" })])?.incidentId).toBe(7);
    expect(offerFromLog({ place: true, date: null, weapon: "drone" }, [C({ weapon: "drone" })])?.incidentId).toBe(7);
  });

  it("keeps quiet for a weak, unverified, contradicted or contested match", () => {
    expect(offerFromLog({ place: true, date: null }, [C({ score: 0.5 })])).toBeNull();
    expect(offerFromLog({ place: true, date: null }, [C({ verified: false })])).toBeNull();
    expect(offerFromLog({ place: true, date: null }, [C({ reasons: [{ code: "different_actor" }] })])).toBeNull();
    expect(offerFromLog({ place: true, date: null }, [C({ reasons: [{ code: "sequel", params: { phrase: "another" } }] })])).toBeNull();
    expect(offerFromLog({ place: true, date: null, weapon: "rocket" }, [C({ weapon: "drone" })])).toBeNull();
    // Figures on both sides, none agreeing; one agreeing beside one that differs still offers.
    const differ = (same: number) => C({ reasons: [...C().reasons, { code: "numbers_differ", params: { which: "munitions:3/7", same } }] });
    expect(offerFromLog({ place: true, date: null }, [differ(0)])).toBeNull();
    expect(offerFromLog({ place: true, date: null }, [differ(1)])?.incidentId).toBe(7);
    // Two incidents at two sites fit about as well: the editor chooses.
    expect(offerFromLog({ place: true, date: null }, [C(), C({ id: 8, score: 0.62, place: { ...site, id: "base-b" } })])).toBeNull();
    // An incident placed only in the country has no site to offer.
    expect(offerFromLog({ place: true, date: null }, [C({ place: { id: "land", nameAr: "بلد", nameEn: "Land", kind: "country" } })])).toBeNull();
    expect(offerFromLog({ place: false, date: null }, [C()])).toBeNull();
  });
});
