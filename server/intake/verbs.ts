import "server-only";
import { and, desc, eq, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, feeds, intakeItems } from "@/db/schema";
import { cleanArticleText } from "@/lib/articles/clean";
import { byId } from "@/lib/schemas/fields";
import { pageInput } from "@/lib/schemas/page";
import { feedActiveInput, feedIdInput, feedInput, intakeItemId, intakeItemInput, takeIntakeInput } from "@/lib/schemas/intake";
import { AppError, invalidField } from "../errors";
import { paginate } from "../list";
import { defineVerb } from "../verb";

// The intake inbox: pages fetched from a URL an editor gave or from an outlet's feed, extracted
// and cleaned, waiting for an editor to take them into the workbench (through createArticle,
// see server/intake/take.ts) or dismiss them.

// An article already stored from the same address, or with the same title from the same outlet.
export async function duplicateOf(db: Db, item: { url: string; title?: string | null; outlet?: string | null }): Promise<number | null> {
  const sameTitle = item.title && item.outlet ? and(eq(articles.title, item.title), eq(articles.outlet, item.outlet)) : undefined;
  const [row] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(sameTitle ? or(eq(articles.url, item.url), sameTitle) : eq(articles.url, item.url))
    .orderBy(articles.id)
    .limit(1);
  return row?.id ?? null;
}

export const addIntakeItem = defineVerb({
  name: "addIntakeItem",
  access: "editor",
  mode: "write",
  input: intakeItemInput,
  async run({ db, user, audit }, data) {
    const duplicate = await duplicateOf(db, data);
    const [row] = await db
      .insert(intakeItems)
      .values({
        url: data.url,
        title: data.title ?? null,
        // The extracted text, cleaned as a paste would be; the editor confirms it.
        text: cleanArticleText(data.text),
        outlet: data.outlet ?? null,
        publishedAt: data.publishedAt ?? null,
        author: data.author ?? null,
        html: data.html ?? null,
        duplicateOfArticleId: duplicate,
        createdBy: user.id,
      })
      .returning({ id: intakeItems.id });
    await audit({ action: "intake.add", entity: "intake_item", id: row!.id, after: { url: data.url, duplicateOf: duplicate } });
    return { id: row!.id, duplicateOf: duplicate };
  },
});

const itemColumns = {
  id: intakeItems.id,
  feedId: intakeItems.feedId,
  url: intakeItems.url,
  title: intakeItems.title,
  outlet: intakeItems.outlet,
  publishedAt: intakeItems.publishedAt,
  status: intakeItems.status,
  articleId: intakeItems.articleId,
  duplicateOfArticleId: intakeItems.duplicateOfArticleId,
  extractProblem: intakeItems.extractProblem,
  createdAt: intakeItems.createdAt,
};

export const listIntakeItems = defineVerb({
  name: "listIntakeItems",
  access: "editor",
  mode: "read",
  input: pageInput,
  async run({ db }, { page }) {
    const open = eq(intakeItems.status, "new");
    return paginate(
      db,
      page,
      50,
      (limit, offset) =>
        db.select(itemColumns).from(intakeItems).where(open).orderBy(desc(intakeItems.createdAt), desc(intakeItems.id)).limit(limit).offset(offset),
      {
        from: sql`${intakeItems}`,
        where: open,
      },
    );
  },
});

export const getIntakeItem = defineVerb({
  name: "getIntakeItem",
  access: "editor",
  mode: "read",
  input: byId,
  async run({ db }, { id }) {
    const [row] = await db
      .select({ ...itemColumns, text: intakeItems.text, author: intakeItems.author })
      .from(intakeItems)
      .where(eq(intakeItems.id, id))
      .limit(1);
    return row ?? null;
  },
});

async function openItem(db: Db, itemId: number) {
  const [item] = await db.select().from(intakeItems).where(eq(intakeItems.id, itemId)).for("update").limit(1);
  if (!item) throw new AppError("not_found");
  if (item.status !== "new") throw new AppError("conflict", "intake_decided");
  return item;
}

// The article the editor just created from this item (createArticle, same transaction) takes
// the page's original HTML with it.
export const takeIntakeItem = defineVerb({
  name: "takeIntakeItem",
  access: "editor",
  mode: "write",
  input: takeIntakeInput,
  async run({ db, user, audit }, { itemId, articleId }) {
    const item = await openItem(db, itemId);
    const [article] = await db
      .select({ id: articles.id, createdBy: articles.createdBy, sourceHtml: articles.sourceHtml })
      .from(articles)
      .where(eq(articles.id, articleId))
      .for("update")
      .limit(1);
    if (!article || article.createdBy !== user.id || article.sourceHtml !== null) throw new AppError("forbidden");
    await db
      .update(articles)
      .set({ sourceHtml: item.html ?? "", url: sql`coalesce(${articles.url}, ${item.url})` })
      .where(eq(articles.id, articleId));
    await db
      .update(intakeItems)
      .set({ status: "taken", articleId, decidedBy: user.id, decidedAt: sql`now()` })
      .where(eq(intakeItems.id, itemId));
    await audit({ action: "intake.take", entity: "intake_item", id: itemId, after: { articleId } });
    return { id: itemId, articleId };
  },
});

export const dismissIntakeItem = defineVerb({
  name: "dismissIntakeItem",
  access: "editor",
  mode: "write",
  input: intakeItemId,
  async run({ db, user, audit }, { itemId }) {
    await openItem(db, itemId);
    await db
      .update(intakeItems)
      .set({ status: "dismissed", decidedBy: user.id, decidedAt: sql`now()` })
      .where(eq(intakeItems.id, itemId));
    await audit({ action: "intake.dismiss", entity: "intake_item", id: itemId });
    return { id: itemId };
  },
});

// Feeds (admins).
export const listFeeds = defineVerb({
  name: "listFeeds",
  access: "admin",
  mode: "read",
  input: pageInput,
  async run({ db }, { page }) {
    return paginate(
      db,
      page,
      50,
      (limit, offset) =>
        db
          .select({
            id: feeds.id,
            url: feeds.url,
            outlet: feeds.outlet,
            active: feeds.active,
            intervalMinutes: feeds.intervalMinutes,
            lastPolledAt: feeds.lastPolledAt,
            nextPollAt: feeds.nextPollAt,
            lastError: feeds.lastError,
            items: sql<number>`(select count(*)::int from ${intakeItems} i where i.feed_id = "feeds"."id")`,
          })
          .from(feeds)
          .orderBy(feeds.id)
          .limit(limit)
          .offset(offset),
      { from: sql`${feeds}` },
    );
  },
});

export const addFeed = defineVerb({
  name: "addFeed",
  access: "admin",
  mode: "write",
  input: feedInput,
  async run({ db, user, audit }, data) {
    const [row] = await db
      .insert(feeds)
      .values({ url: data.url, outlet: data.outlet ?? null, intervalMinutes: data.intervalMinutes, createdBy: user.id })
      .onConflictDoNothing()
      .returning({ id: feeds.id });
    if (!row) throw invalidField("url", "feed_exists");
    await audit({ action: "feed.add", entity: "feed", id: row.id, after: data });
    return { id: row.id };
  },
});

export const setFeedActive = defineVerb({
  name: "setFeedActive",
  access: "admin",
  mode: "write",
  input: feedActiveInput,
  async run({ db, audit }, { feedId, active }) {
    const [row] = await db.update(feeds).set({ active }).where(eq(feeds.id, feedId)).returning({ id: feeds.id });
    if (!row) throw new AppError("not_found");
    await audit({ action: "feed.update", entity: "feed", id: feedId, after: { active } });
    return { id: feedId };
  },
});

// "Poll now": the feed is due at once; the action then polls it (server/intake/poller.ts).
export const pollFeedNow = defineVerb({
  name: "pollFeedNow",
  access: "admin",
  mode: "write",
  input: feedIdInput,
  async run({ db, audit }, { feedId }) {
    const [row] = await db
      .update(feeds)
      .set({ nextPollAt: sql`now()` })
      .where(eq(feeds.id, feedId))
      .returning({ id: feeds.id });
    if (!row) throw new AppError("not_found");
    await audit({ action: "feed.poll_now", entity: "feed", id: feedId });
    return { id: feedId };
  },
});
