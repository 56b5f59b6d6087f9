// Hostile and odd pages through URL intake and feeds (issue 17 item 2), against a local web
// server: JSON, gzip and nested markup get a clear message instead of a 500 or a frozen server;
// an HTML page given as a feed records an error; feed links that are not public http(s) are
// neither fetched nor stored; an item whose page is too complex keeps the feed's summary and says why.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, feeds, intakeItems } from "@/db/schema";
import { pollDueFeeds } from "@/server/intake/poller";
import { intakeFromUrl } from "@/server/intake/take";
import { appErrorOf, backends, ctxOf, makeUser, uniqueTag, useTestDb } from "./helpers";

const PAGE = (n: string) => `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>خبر ${n}</title></head>
<body><nav><a href="/">الرئيسية</a></nav><article><h1>خبر ${n}</h1>
<p>أفادت مصادر محلية أن قذائف سقطت على أطراف البلدة فجر اليوم دون إصابات، بحسب ما نقلت وكالات محلية ${n}.</p>
<p>وقال شهود إن الدخان شوهد من مسافة بعيدة، وإن فرق الإطفاء وصلت بعد ساعة من سقوط القذائف ${n}.</p>
</article></body></html>`;
const NESTED = `<html><body>${"<div>".repeat(1_600)}x</body></html>`;

let server: http.Server;
let base = "";
let port = 0;
const hits: string[] = [];

function rss(items: Array<{ link: string; title: string; description?: string }>): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items
    .map(
      (i) => `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link>${i.description ? `<description>${esc(i.description)}</description>` : ""}</item>`,
    )
    .join("")}</channel></rss>`;
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const u = new URL(req.url ?? "/", "http://x");
    hits.push(u.pathname);
    const n = u.searchParams.get("n") ?? "x";
    switch (u.pathname) {
      case "/json":
        return res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ title: "x", body: "y" }));
      case "/image":
        return res.writeHead(200, { "Content-Type": "image/png" }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      case "/encoded.html":
        return res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip" }).end(gzipSync(PAGE(n)));
      case "/page.html.gz":
        return res.writeHead(200, { "Content-Type": "application/gzip" }).end(gzipSync(PAGE(n)));
      case "/data.json.gz":
        return res.writeHead(200, { "Content-Type": "application/gzip" }).end(gzipSync('{"a": 1}'));
      case "/nested.html":
        return res.writeHead(200, { "Content-Type": "text/html" }).end(NESTED);
      case "/news.html":
        return res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(PAGE(n));
      case "/html-feed.xml":
        return res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(PAGE(n));
      case "/links-feed.xml":
        return res.writeHead(200, { "Content-Type": "application/rss+xml" }).end(
          rss([
            { link: "javascript:alert(document.cookie)", title: `سكربت ${n}`, description: "ملخص" },
            { link: "file:///etc/passwd", title: `ملف ${n}`, description: "ملخص" },
            { link: "data:text/html,<script>alert(1)</script>", title: `بيانات ${n}`, description: "ملخص" },
            { link: `http://localhost:${port}/news.html?n=local${n}`, title: `محلي ${n}`, description: "ملخص" },
            { link: `http://[::ffff:0:7f00:1]:${port}/news.html?n=mapped${n}`, title: `مخفي ${n}`, description: "ملخص" },
            { link: `http://10.0.0.1/news.html?n=private${n}`, title: `خاص ${n}`, description: "ملخص" },
            { link: `${base}/news.html?n=ok${n}`, title: `سليم ${n}` },
            { link: `/news.html?n=relative${n}`, title: `نسبي ${n}` },
            { link: `${base}/nested.html?n=${n}`, title: `معقد ${n}`, description: `ملخص الخلاصة ${n}` },
          ]),
        );
      default:
        return res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  process.env.SIJILL_FETCH_ALLOW_PRIVATE = `127.0.0.1:${port}`;
});
afterAll(() => {
  delete process.env.SIJILL_FETCH_ALLOW_PRIVATE;
  return new Promise<void>((r) => server.close(() => r()));
});

const tag = () => uniqueTag().replace(/[^a-z0-9]/gi, "");

describe.each(backends)("hostile intake on $name", (backend) => {
  const t = useTestDb(backend, { referenceData: false });

  it(
    "a JSON page, an image, gzip JSON and nested markup get a clear message on the url field, never a 500",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      for (const [path, key] of [
        ["/json", "not_html"],
        ["/image", "not_html"],
        ["/data.json.gz", "not_html"],
        ["/nested.html", "too_complex"],
      ] as const) {
        const started = performance.now();
        const e = await appErrorOf(intakeFromUrl(ctxOf(db, editor), `${base}${path}`));
        expect(e.fieldErrors, path).toEqual({ url: key });
        expect(performance.now() - started, path).toBeLessThan(15_000);
      }
    }),
  );

  it(
    "a gzip page (Content-Encoding, or a body served as application/gzip) is unpacked and extracted",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      for (const path of ["/encoded.html", "/page.html.gz"]) {
        const n = tag();
        const { id } = await intakeFromUrl(ctxOf(db, editor), `${base}${path}?n=${n}`);
        const [item] = await db.select().from(intakeItems).where(eq(intakeItems.id, id));
        expect(item!.text, path).toContain(`قذائف سقطت على أطراف البلدة`);
        expect(item!.title, path).toBe(`خبر ${n}`);
      }
    }),
  );

  it(
    "an HTML page given as a feed records not_a_feed on the feed, for its admin to see",
    t.rolledBack(async (db) => {
      const [feed] = await db
        .insert(feeds)
        .values({ url: `${base}/html-feed.xml?n=${tag()}` })
        .returning();
      await pollDueFeeds(db, feed!.id);
      const [after] = await db.select().from(feeds).where(eq(feeds.id, feed!.id));
      expect(after!.lastError).toBe("not_a_feed");
      expect(await db.select().from(intakeItems).where(eq(intakeItems.feedId, feed!.id))).toHaveLength(0);
    }),
  );

  it(
    "feed links: only public http(s) ones are fetched and stored; a too complex page keeps the summary and says why",
    t.rolledBack(async (db) => {
      const n = tag();
      const [feed] = await db
        .insert(feeds)
        .values({ url: `${base}/links-feed.xml?n=${n}` })
        .returning();
      hits.length = 0;
      await pollDueFeeds(db, feed!.id);
      const items = await db.select().from(intakeItems).where(eq(intakeItems.feedId, feed!.id)).orderBy(intakeItems.id);
      expect(items.map((i) => i.url).sort()).toEqual([`${base}/nested.html?n=${n}`, `${base}/news.html?n=ok${n}`, `${base}/news.html?n=relative${n}`].sort());
      for (const i of items) expect(i.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
      // The refused links were never requested (the mapped and localhost ones would reach this server).
      expect(hits.filter((p) => p === "/news.html")).toHaveLength(2);
      const complex = items.find((i) => i.url.includes("nested"))!;
      expect(complex.extractProblem).toBe("too_complex");
      expect(complex.text).toContain(`ملخص الخلاصة ${n}`);
      expect(items.find((i) => i.url.includes(`ok${n}`))!.extractProblem).toBeNull();
      const [after] = await db.select().from(feeds).where(eq(feeds.id, feed!.id));
      expect(after!.lastError).toBe("too_complex");
      const [audit] = await db
        .select()
        .from(auditEvents)
        .where(sql`${auditEvents.action} = 'intake.feed_poll' and ${auditEvents.entityId} = ${String(feed!.id)}`);
      expect(audit!.after).toMatchObject({ added: 3, refusedLinks: 6 });
    }),
  );
});
