// The feed poller: a DB-backed schedule rather than a job queue (pg-boss needs a real
// PostgreSQL server; Sijill also runs on embedded PGlite). Each feed row holds its own
// next_poll_at, so the schedule survives restarts; a poll first claims its feed with
// UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED), moving next_poll_at on, so two server
// instances never poll the same feed at the same time. New items go to the intake inbox already
// fetched, extracted and cleaned, with duplicates of stored articles marked.
import { eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { auditEvents, feeds, intakeItems } from "@/db/schema";
import { cleanArticleText } from "@/lib/articles/clean";
import { decodeBody, safeFetch } from "@/lib/net/safe-fetch";
import { extractArticle, isoDay } from "@/lib/intake/extract";
import { parseFeed } from "@/lib/intake/feed";
import { fetchOptions, refusalKey } from "./fetch";
import { duplicateOf } from "./verbs";

// New items taken from one feed per poll (the rest come next time).
const ITEMS_PER_POLL = 20;

type Claimed = { id: number; url: string; outlet: string | null };

function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? (result as T[])) as T[];
}

// Claims the given feed, or the most overdue active one; null when none is due (or another
// instance holds it).
export async function claimFeed(db: Db, feedId?: number): Promise<Claimed | null> {
  const pick = feedId
    ? sql`select id from feeds where id = ${feedId} and next_poll_at <= now() for update skip locked`
    : sql`select id from feeds where active and next_poll_at <= now() order by next_poll_at for update skip locked limit 1`;
  const result = await db.execute(sql`
    update feeds set next_poll_at = now() + make_interval(mins => interval_minutes), last_polled_at = now()
    where id = (${pick})
    returning id, url, outlet`);
  return rowsOf<Claimed>(result)[0] ?? null;
}

export async function pollFeed(db: Db, feed: Claimed): Promise<{ added: number; error: string | null }> {
  let entries;
  try {
    const page = await safeFetch(feed.url, fetchOptions({ accept: "application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.1" }));
    entries = parseFeed(decodeBody(page));
  } catch (e) {
    const error = refusalKey(e);
    await db.update(feeds).set({ lastError: error }).where(eq(feeds.id, feed.id));
    return { added: 0, error };
  }
  const known = new Set(
    rowsOf<{ url: string }>(await db.execute(sql`select url from intake_items where feed_id = ${feed.id}`)).map((r) => r.url),
  );
  let added = 0;
  for (const entry of entries.filter((e) => !known.has(e.url)).slice(0, ITEMS_PER_POLL)) {
    let text = entry.summary ?? "";
    let html: string | null = null;
    let title = entry.title;
    let outlet = feed.outlet;
    let publishedAt = isoDay(entry.publishedAt);
    let author: string | null = null;
    try {
      const page = await safeFetch(entry.url, fetchOptions());
      html = decodeBody(page);
      const article = extractArticle(html, page.url);
      if (article) {
        text = article.text;
        title = title ?? article.title;
        outlet = outlet ?? article.outlet;
        publishedAt = publishedAt ?? article.publishedAt;
        author = article.author;
      }
    } catch {
      // The feed's own summary stands in; the editor sees the link.
    }
    if (!text.trim()) continue;
    const duplicate = await duplicateOf(db, { url: entry.url, title, outlet });
    const inserted = await db
      .insert(intakeItems)
      .values({
        feedId: feed.id,
        url: entry.url,
        title: title ? [...title].slice(0, 500).join("") : null,
        text: cleanArticleText(text),
        outlet,
        publishedAt,
        author,
        html,
        duplicateOfArticleId: duplicate,
      })
      .onConflictDoNothing()
      .returning({ id: intakeItems.id });
    added += inserted.length;
  }
  await db.update(feeds).set({ lastError: null }).where(eq(feeds.id, feed.id));
  // No user did this: the audit row names no actor.
  await db.insert(auditEvents).values({ actorId: null, action: "intake.feed_poll", entityType: "feed", entityId: String(feed.id), after: { added, entries: entries.length } });
  return { added, error: null };
}

// Polls every due feed once (the timer's tick; "poll now" passes its feed).
export async function pollDueFeeds(db: Db, feedId?: number): Promise<number> {
  let polled = 0;
  for (;;) {
    const feed = await claimFeed(db, feedId);
    if (!feed) return polled;
    await pollFeed(db, feed);
    polled += 1;
    if (feedId) return polled;
  }
}

let started = false;

// Started once per server process (instrumentation.ts); SIJILL_FEEDS=off disables it (tests
// that poll call pollDueFeeds themselves, or use the admin's "poll now").
export function startFeedPoller(): void {
  if (started || process.env.SIJILL_FEEDS === "off") return;
  started = true;
  const everyMs = Math.max(10, Number(process.env.SIJILL_FEEDS_TICK_SECONDS) || 60) * 1000;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await pollDueFeeds(await getDb());
    } catch (e) {
      console.error("[feeds] poll failed:", e);
    } finally {
      running = false;
    }
  };
  setInterval(tick, everyMs).unref();
}
