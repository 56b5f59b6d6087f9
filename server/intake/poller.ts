// The feed poller: a DB-backed schedule rather than a job queue (pg-boss needs a real
// PostgreSQL server; Sijill also runs on embedded PGlite). Each feed row holds its own
// next_poll_at, so the schedule survives restarts; a poll first claims its feed with
// UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED), moving next_poll_at on, so two server
// instances never poll the same feed at the same time. New items go to the intake inbox already
// fetched, extracted and cleaned, with duplicates of stored articles marked. Feeds and pages are
// read in the extraction sandbox (./fetch.ts → ./sandbox.ts), like an editor's URL: a hostile
// item costs a worker its time limit, not the server its event loop.
import { eq, sql } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { auditEvents, feeds, intakeItems } from "@/db/schema";
import { cleanArticleText } from "@/lib/articles/clean";
import { isoDay } from "@/lib/intake/extract";
import type { ErrorKey } from "@/lib/i18n/keys";
import { fetchArticle, fetchFeed } from "./fetch";
import { duplicateOf } from "./verbs";

// New items taken from one feed per poll (the rest come next time).
const ITEMS_PER_POLL = 20;

type Claimed = { id: number; url: string; outlet: string | null };

function rowsOf<T>(result: unknown): T[] {
  return (result as { rows?: T[] }).rows ?? (result as T[]);
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
  const fetched = await fetchFeed(feed.url);
  if ("problem" in fetched) {
    await db.update(feeds).set({ lastError: fetched.problem }).where(eq(feeds.id, feed.id));
    return { added: 0, error: fetched.problem };
  }
  const { entries, refused } = fetched;
  const known = new Set(rowsOf<{ url: string }>(await db.execute(sql`select url from intake_items where feed_id = ${feed.id}`)).map((r) => r.url));
  let added = 0;
  let skipped = 0;
  // The feed shows the last item problem of this poll (too_complex, not_html …) to its admin.
  let lastProblem: ErrorKey | null = null;
  for (const entry of entries.filter((e) => !known.has(e.url)).slice(0, ITEMS_PER_POLL)) {
    let text = entry.summary ?? "";
    let html: string | null = null;
    let title = entry.title;
    let outlet = feed.outlet;
    let publishedAt = isoDay(entry.publishedAt);
    let author: string | null = null;
    const page = await fetchArticle(entry.url);
    let problem: ErrorKey | null = null;
    if ("problem" in page) {
      // A link that resolves or redirects to a private address is not stored (nor shown).
      if (page.problem === "url_refused") {
        skipped += 1;
        continue;
      }
      // Otherwise the feed's own summary stands in, and the item says why.
      problem = lastProblem = page.problem;
    } else {
      const article = page.article;
      html = page.html;
      text = article.text;
      title = title ?? article.title;
      outlet = outlet ?? article.outlet;
      publishedAt = publishedAt ?? article.publishedAt;
      author = article.author;
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
        extractProblem: problem,
      })
      .onConflictDoNothing()
      .returning({ id: intakeItems.id });
    added += inserted.length;
  }
  await db.update(feeds).set({ lastError: lastProblem }).where(eq(feeds.id, feed.id));
  // No user did this: the audit row names no actor.
  await db.insert(auditEvents).values({
    actorId: null,
    action: "intake.feed_poll",
    entityType: "feed",
    entityId: String(feed.id),
    after: { added, entries: entries.length, refusedLinks: refused + skipped, lastProblem },
  });
  return { added, error: lastProblem };
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
  setInterval(() => void tick(), everyMs).unref();
}
