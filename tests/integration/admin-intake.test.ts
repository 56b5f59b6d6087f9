// Intake against a local web server: a URL's page goes into the inbox extracted and cleaned,
// taking it creates the article through createArticle with the original HTML kept; feeds are
// claimed once (SKIP LOCKED), add only new items, and mark duplicates of stored articles.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, feeds, intakeItems } from "@/db/schema";
import { createArticle } from "@/server/articles/create";
import { claimFeed, pollDueFeeds } from "@/server/intake/poller";
import { intakeFromUrl, takeIntoWorkbench } from "@/server/intake/take";
import { dismissIntakeItem, listIntakeItems } from "@/server/intake/verbs";
import { runVerb } from "@/server/verb";
import { appErrorOf, articleInput, backends, ctxOf, makeUser, uniqueTag, useTestDb } from "./helpers";

const PAGE = (n: string) => `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>خبر ${n}</title>
<meta property="og:site_name" content="وكالة الاختبار"><meta property="article:published_time" content="2024-11-13T06:30:00Z"></head>
<body><nav><a href="/">الرئيسية</a> <a href="/a">أخبار</a></nav><article><h1>خبر ${n}</h1>
<p>أفادت مصادر محلية أن ثلاثة صواريخ استهدفت قاعدة الشدادي فجر اليوم الأربعاء دون إصابات، بحسب ما نقلت وكالات محلية ${n}.</p>
<p>وقال المرصد السوري لحقوق الإنسان إن الهجوم لم يسفر عن إصابات، وإن قوات التحالف أرسلت تعزيزات إلى المنطقة ${n}.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>`;

let server: http.Server;
let base = "";
let feedHits = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const u = new URL(req.url ?? "/", "http://x");
    const page = /^\/news\/(\w+)\.html$/.exec(u.pathname);
    if (page) return res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(PAGE(page[1]!));
    const feed = /^\/feed-(\w+)\.xml$/.exec(u.pathname);
    if (feed) {
      feedHits += 1;
      const items = ["a", "b"].map((k) => `<item><title>خبر ${k}${feed[1]}</title><link>${base}/news/${k}${feed[1]}.html</link></item>`).join("");
      return res.writeHead(200, { "Content-Type": "application/rss+xml" }).end(`<rss version="2.0"><channel><title>t</title>${items}</channel></rss>`);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.SIJILL_FETCH_ALLOW_PRIVATE = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  delete process.env.SIJILL_FETCH_ALLOW_PRIVATE;
  return new Promise<void>((r) => server.close(() => r()));
});

const tag = () => uniqueTag().replace(/[^a-z0-9]/gi, "");

describe.each(backends)("intake on $name", (backend) => {
  const t = useTestDb(backend, { referenceData: false });

  it(
    "a URL's article goes to the inbox cleaned; taking it creates the article with the original HTML",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const n = tag();
      const { id } = await intakeFromUrl(ctxOf(db, editor), `${base}/news/${n}.html`);
      const [item] = await db.select().from(intakeItems).where(eq(intakeItems.id, id));
      expect(item!.title).toContain(`خبر ${n}`);
      expect(item!.outlet).toBe("وكالة الاختبار");
      expect(item!.publishedAt).toBe("2024-11-13");
      expect(item!.text).toContain("ثلاثة صواريخ استهدفت قاعدة الشدادي");
      expect(item!.text).not.toContain("الرئيسية");
      expect(item!.html).toContain("<footer>");

      const { articleId } = await takeIntoWorkbench(ctxOf(db, editor), {
        itemId: String(id),
        url: item!.url,
        title: item!.title!,
        outlet: item!.outlet!,
        publishedAt: item!.publishedAt!,
        text: item!.text,
      });
      const [article] = await db.select().from(articles).where(eq(articles.id, articleId));
      expect(article!.sourceHtml).toBe(item!.html);
      expect(article!.url).toBe(`${base}/news/${n}.html`);
      expect(article!.createdBy).toBe(editor.id);
      const [taken] = await db.select().from(intakeItems).where(eq(intakeItems.id, id));
      expect(taken!.status).toBe("taken");
      // Taken once only.
      expect((await appErrorOf(takeIntoWorkbench(ctxOf(db, editor), { itemId: String(id), text: item!.text }))).messageKey).toBe("intake_decided");
    }),
  );

  it(
    "bad confirmations are refused by createArticle's own rules, and nothing is taken",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const { id } = await intakeFromUrl(ctxOf(db, editor), `${base}/news/${tag()}.html`);
      const e = await appErrorOf(takeIntoWorkbench(ctxOf(db, editor), { itemId: String(id), text: "قصير", publishedAt: "2999-01-01" }));
      expect(e.fieldErrors).toEqual({ text: "article_too_short", publishedAt: "published_in_future" });
      const [item] = await db.select().from(intakeItems).where(eq(intakeItems.id, id));
      expect(item!.status).toBe("new");
    }),
  );

  it(
    "private addresses are refused unless allowed; anonymous callers are refused before any fetch",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const port = new URL(base).port;
      const e = await appErrorOf(intakeFromUrl(ctxOf(db, editor), `http://localhost:${port}/news/x.html`));
      expect(e.fieldErrors).toEqual({ url: "url_refused" });
      expect((await appErrorOf(intakeFromUrl(ctxOf(db, null), `${base}/news/x.html`))).code).toBe("unauthorized");
      const hits = feedHits;
      expect((await appErrorOf(intakeFromUrl(ctxOf(db, editor), "javascript:alert(1)"))).fieldErrors).toEqual({ url: "invalid_url" });
      expect(feedHits).toBe(hits);
    }),
  );

  it(
    "a due feed is claimed once; polling adds new items only and marks duplicates; items can be dismissed",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const n = tag();
      // The second item's address is already an article.
      const stored = await runVerb(createArticle, ctxOf(db, editor), articleInput({ url: `${base}/news/b${n}.html` }));
      const [feed] = await db
        .insert(feeds)
        .values({ url: `${base}/feed-${n}.xml`, outlet: "وكالة" })
        .returning();

      const claimed = await claimFeed(db, feed!.id);
      expect(claimed?.id).toBe(feed!.id);
      // Claimed: not due any more, so a second claim (another instance) gets nothing.
      expect(await claimFeed(db, feed!.id)).toBeNull();
      await db
        .update(feeds)
        .set({ nextPollAt: sql`now() - interval '1 second'` })
        .where(eq(feeds.id, feed!.id));

      expect(await pollDueFeeds(db, feed!.id)).toBe(1);
      const items = await db.select().from(intakeItems).where(eq(intakeItems.feedId, feed!.id)).orderBy(intakeItems.url);
      expect(items.map((i) => [i.url, i.duplicateOfArticleId])).toEqual([
        [`${base}/news/a${n}.html`, null],
        [`${base}/news/b${n}.html`, stored.id],
      ]);
      expect(items[0]!.text).toContain("ثلاثة صواريخ");

      await db
        .update(feeds)
        .set({ nextPollAt: sql`now() - interval '1 second'` })
        .where(eq(feeds.id, feed!.id));
      await pollDueFeeds(db, feed!.id);
      expect(await db.select().from(intakeItems).where(eq(intakeItems.feedId, feed!.id))).toHaveLength(2);

      await runVerb(dismissIntakeItem, ctxOf(db, editor), { itemId: items[0]!.id });
      const inbox = await runVerb(listIntakeItems, ctxOf(db, editor), {});
      expect(inbox.rows.map((i) => i.id)).toContain(items[1]!.id);
      expect(inbox.rows.map((i) => i.id)).not.toContain(items[0]!.id);
    }),
  );
});
