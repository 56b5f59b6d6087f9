import "server-only";
import type { Db } from "@/db/client";
import { createArticle } from "../articles/create";
import { id } from "@/lib/schemas/fields";
import { invalidField, parseInput } from "../errors";
import { authorize, runVerb, type Ctx } from "../verb";
import { z } from "zod";
import { addIntakeItem, takeIntakeItem } from "./verbs";
import { fetchArticle } from "./fetch";
import { fetchUrlInput } from "@/lib/schemas/intake";

const cut = (s: string | null | undefined, n: number) => (s ? [...s].slice(0, n).join("") : undefined);

// An editor's URL: fetched and extracted, then stored in the inbox for the editor to confirm
// (addIntakeItem). The fetch is not a verb: it writes nothing, must not hold a transaction open
// while the page loads, and the authorization matrix cannot reach the network; the role is
// checked here first, exactly as runVerb does, and again by addIntakeItem.
export async function intakeFromUrl(ctx: Ctx, url: unknown): Promise<{ id: number; duplicateOf: number | null }> {
  authorize("editor", ctx.user);
  const input = parseInput(fetchUrlInput, { url });
  const page = await fetchArticle(input.url);
  if ("problem" in page) throw invalidField("url", page.problem);
  const a = page.article;
  return runVerb(addIntakeItem, ctx, {
    url: page.url,
    title: cut(a.title, 500),
    text: a.text,
    outlet: cut(a.outlet, 200),
    publishedAt: a.publishedAt ?? undefined,
    author: cut(a.author, 300),
    html: page.html,
  });
}

// Taking an item into the workbench: the article is created by the same createArticle verb as
// the paste form (validation, limits, duplicate detection), with the fields the editor
// confirmed, and the item marked taken with its original HTML moved to the article — all in one
// transaction.
export async function takeIntoWorkbench(ctx: Ctx, values: Record<string, string>): Promise<{ articleId: number }> {
  const { itemId } = parseInput(z.object({ itemId: id }), values);
  return ctx.db.transaction(async (tx) => {
    const inner = { db: tx as unknown as Db, user: ctx.user };
    const { id: articleId } = await runVerb(createArticle, inner, {
      text: values.text,
      title: values.title,
      outlet: values.outlet,
      url: values.url,
      publishedAt: values.publishedAt,
      // The inbox already marked this item's duplicates of stored articles (intake_items
      // duplicate_of): taking it is the editor's choice, made knowing that.
      confirmDuplicate: "1",
    });
    await runVerb(takeIntakeItem, inner, { itemId, articleId });
    return { articleId };
  });
}
