import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Timeline } from "@/app/(public)/_components/timeline";
import { messagesFor } from "@/lib/i18n";
import type { IncidentType } from "@/lib/domain";

// The log's timeline: weekly bars, and links to one week, or past a year of weeks to the weeks
// of one month (fewer, wider links: less to render and easier to aim at).
const DAY = 86_400_000;
function mondays(from: string, count: number): string[] {
  const t = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: count }, (_, k) => new Date(t + k * 7 * DAY).toISOString().slice(0, 10));
}
function links(rows: Array<{ week: string; type: IncidentType; n: number }>, locale: "en" | "ar" = "en") {
  const html = renderToStaticMarkup(createElement(Timeline, { rows, filters: { type: "shelling" }, locale, m: messagesFor(locale), lang: null }));
  return {
    html,
    links: [...html.matchAll(/<a ([^>]*)><title>([^<]*)<\/title><rect [^>]*width="(\d+)"/g)].map((a) => ({
      attrs: a[1]!,
      title: a[2]!,
      width: Number(a[3]),
      href: /href="([^"]*)"/.exec(a[1]!)![1]!.replace(/&amp;/g, "&"),
    })),
  };
}

describe("the timeline's links", () => {
  it("go by week over a short span, each to its Monday–Sunday", () => {
    const rows = mondays("2025-01-06", 10).map((week) => ({ week, type: "shelling" as const, n: 2 }));
    const { links: out, html } = links(rows);
    expect(out).toHaveLength(10);
    expect(out[0]!.attrs).toContain('data-week="2025-01-06"');
    expect(out[0]!.href).toBe("/?type=shelling&from=2025-01-06&to=2025-01-12");
    expect(out[0]!.title).toBe("Week of 6 Jan 2025: 2 incidents");
    expect(html).toContain("Choose a week");
  });

  it("go by month past a year: the weeks whose Monday is in the month, counted whole", () => {
    // Two years of weeks, one incident a week, none in the weeks starting in March 2025.
    const rows = mondays("2024-01-01", 104)
      .filter((w) => !w.startsWith("2025-03"))
      .map((week) => ({ week, type: "shelling" as const, n: 1 }));
    const { links: out, html } = links(rows);
    expect(out).toHaveLength(23); // 24 months, March 2025 empty
    expect(out.every((l) => !l.attrs.includes("data-week"))).toBe(true);
    const july = out.find((l) => l.attrs.includes('data-month="2024-07"'))!;
    // July 2024's Mondays: the 1st, 8th, 15th, 22nd and 29th; the last week ends on 4 August.
    expect(july.href).toBe("/?type=shelling&from=2024-07-01&to=2024-08-04");
    expect(july.width).toBe(5 * 6);
    expect(july.title).toBe("Weeks starting in Jul 2024: 5 incidents");
    expect(out.reduce((n, l) => n + Number(/: (\d+)/.exec(l.title)![1]), 0)).toBe(rows.length);
    expect(html).toContain("Choose a month");
  });

  it("say so in Arabic too", () => {
    const rows = mondays("2024-01-01", 60).map((week) => ({ week, type: "shelling" as const, n: 1 }));
    const { links: out, html } = links(rows, "ar");
    expect(out[0]!.title).toContain("الأسابيع التي تبدأ في");
    expect(html).toContain("اختر شهراً");
  });
});
