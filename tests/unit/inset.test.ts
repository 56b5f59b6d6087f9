// The small map of an incident page (server/public/inset.ts): the outlines around the place only.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { INSET_SPAN, insetOutline, placeOutline } from "@/server/public/inset";

const points = (d: string) =>
  d
    .split(/[MLZ]/)
    .filter(Boolean)
    .map((p) => p.split(",").map(Number) as [number, number]);

describe("insetOutline", () => {
  it("draws the borders around a place in Syria inside a bounded path", () => {
    const d = insetOutline(35.0, 40.5); // near the Euphrates, east of Syria
    expect(d).toMatch(/^M/);
    const pts = points(d);
    expect(pts.length).toBeGreaterThan(20);
    // Some of what it draws falls inside the 200 × 200 box (the border near the place).
    expect(pts.some(([x, y]) => x >= 0 && x <= 200 && y >= 0 && y <= 200)).toBe(true);
    // Far less than every outline: the whole shipped file drew ~32 KB of path.
    expect(d.length).toBeLessThan(20_000);
  });

  it("draws nothing where no shipped outline reaches the box", () => {
    expect(insetOutline(-60, -120)).toBe(""); // the Southern Ocean
  });

  it("never repeats a point twice in a row", () => {
    const d = insetOutline(33.3, 44.4);
    for (const ring of d.split("M").filter(Boolean)) {
      const pts = ring.replace("Z", "").split("L");
      for (let i = 1; i < pts.length; i++) expect(pts[i]).not.toBe(pts[i - 1]);
    }
  });

  it("keeps every point the whole-file drawing showed inside the box", () => {
    const geo = JSON.parse(readFileSync(path.join(process.cwd(), "public", "geo", "countries.json"), "utf8")) as {
      features: Array<{ geometry: { type: string; coordinates: unknown } }>;
    };
    const [lat, lon] = [36.2, 37.1];
    const x0 = lon - INSET_SPAN;
    const y0 = lat + INSET_SPAN;
    const W = 2 * INSET_SPAN;
    const inside = new Set<string>();
    for (const f of geo.features) {
      const polys = (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates) as number[][][][];
      for (const poly of polys)
        for (const ring of poly)
          for (const c of ring) {
            const x = ((c[0]! - x0) / W) * 200;
            const y = ((y0 - c[1]!) / W) * 200;
            if (x >= 0 && x <= 200 && y >= 0 && y <= 200) inside.add(`${x.toFixed(1)},${y.toFixed(1)}`);
          }
    }
    expect(inside.size).toBeGreaterThan(10);
    const drawn = new Set(points(insetOutline(lat, lon)).map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`));
    for (const p of inside) expect(drawn.has(p), p).toBe(true);
  });

  it("draws a place only where it has coordinates", () => {
    expect(placeOutline({ lat: 35.0, lon: 40.5 })).toBe(insetOutline(35.0, 40.5));
    for (const place of [null, undefined, { lat: null, lon: 40.5 }, { lat: 35.0, lon: null }]) expect(placeOutline(place)).toBeNull();
  });
});
