import { describe, expect, it } from "vitest";
import robots from "@/app/robots";

// How a crawler that follows the robots.txt standard (RFC 9309: the longest matching rule wins,
// `*` any run of characters, `$` the end) reads these rules.
function allowed(path: string): boolean {
  const rules = robots().rules;
  const rule = Array.isArray(rules) ? rules[0]! : rules;
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const match = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^{}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}`).test(path);
  let best = { len: -1, allow: true };
  for (const [patterns, allow] of [
    [list(rule.allow), true],
    [list(rule.disallow), false],
  ] as const) {
    for (const p of patterns) if (match(p) && (p.length > best.len || (p.length === best.len && allow))) best = { len: p.length, allow };
  }
  return best.allow;
}

describe("robots.txt", () => {
  it("lets crawlers read the log's first page, incidents and the docs", () => {
    for (const path of ["/", "/?lang=en", "/incidents/17", "/incidents/17?lang=ar", "/methodology", "/api-docs", "/feed.xml"])
      expect(allowed(path), path).toBe(true);
  });
  it("keeps them off filter combinations, searches, deep pages, the API and the desk", () => {
    for (const path of [
      "/?q=قصف",
      "/?type=shelling&place=x",
      "/?before=2025-01-01.5",
      "/?offset=5000",
      "/?lang=en&type=shelling",
      "/api/v1/incidents?q=x",
      "/api/v1/incidents.csv",
      "/desk",
      "/desk/review",
      "/log",
    ]) {
      expect(allowed(path), path).toBe(false);
    }
  });
});

// The log's filter and paging links say rel="nofollow": a crawler that honours it does not walk
// every combination of filters or every page (docs/public-reads.md).
describe("the log's links", () => {
  it("marks paging, timeline-week and export links nofollow, and says «more than» past the count's bound", async () => {
    const { createElement } = await import("react");
    const { renderToStaticMarkup } = await import("react-dom/server");
    const { PublicLog } = await import("@/app/(public)/_components/public-log");
    const { messagesFor } = await import("@/lib/i18n");
    const m = messagesFor("en");
    const incident = {
      id: 7,
      date: "2025-02-03",
      datePrecision: "day",
      type: "shelling",
      typeLabel: { ar: "قصف", en: "Shelling" },
      place: null,
      actor: null,
      target: null,
      weapon: null,
      munitions: null,
      killed: null,
      injured: null,
      summaryAr: null,
      summaryEn: "x",
      sources: [],
      verifiedAt: null,
      updatedAt: "2025-02-04T00:00:00.000Z",
      killedHigh: null,
      injuredHigh: null,
      claimStatus: null,
      grade: null,
      independentSources: null,
      disagreements: [],
      correctionNote: null,
      status: "verified",
      retraction: null,
      targetActor: null,
    };
    const html = renderToStaticMarkup(
      createElement(PublicLog, {
        locale: "en",
        lang: null,
        m,
        nonce: "",
        filters: { type: "shelling" },
        bad: false,
        offset: 0,
        data: [incident as never],
        total: 1000,
        totalIsLowerBound: true,
        older: "2025-02-03.7",
        newer: "2025-02-03.7",
        tooDeep: false,
        retryAfter: null,
        options: { places: [], actors: [], governorates: [] },
        timeline: [{ week: "2025-02-03", type: "shelling", n: 3 }],
      }),
    );
    const links = [...html.matchAll(/<a [^>]*>/g)].map((a) => a[0]);
    const paging = links.filter((a) => /before=|after=/.test(a));
    expect(paging).toHaveLength(2);
    for (const a of paging) expect(a).toMatch(/rel="(next|prev) nofollow"/);
    const weeks = links.filter((a) => /data-week=/.test(a));
    expect(weeks.length).toBeGreaterThan(0);
    for (const a of weeks) expect(a).toContain('rel="nofollow"');
    for (const a of links.filter((a) => /incidents\.(csv|json|geojson)/.test(a))) expect(a).toContain('rel="nofollow"');
    expect(html).toContain("More than 1,000 incidents");
    expect(html).not.toContain('data-testid="timeline-too-broad"');

    // A text search past the bound has no weeks (server/public/incidents.ts textTimeline): the
    // page says why and how to see them, in the reader's language.
    for (const [locale, words] of [
      ["en", "The timeline is drawn for searches matching 1,000 incidents or fewer"],
      ["ar", "يُرسم الخط الزمني لعمليات البحث التي تطابق"],
    ] as const) {
      const broad = renderToStaticMarkup(
        createElement(PublicLog, {
          locale,
          lang: null,
          m: messagesFor(locale),
          nonce: "",
          filters: { q: "attack" },
          bad: false,
          offset: 0,
          data: [incident as never],
          total: 1000,
          totalIsLowerBound: true,
          older: "2025-02-03.7",
          newer: null,
          tooDeep: false,
          retryAfter: null,
          options: { places: [], actors: [], governorates: [] },
          timeline: [],
        }),
      );
      expect(broad).toContain('data-testid="timeline-too-broad"');
      expect(broad).toContain(words);
      expect(broad).not.toContain('data-testid="timeline"');
    }
    // Importing the page's components takes seconds on a loaded machine.
  }, 30_000);
});
