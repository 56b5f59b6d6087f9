import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, sources } from "@/db/schema";
import { cleanArticleText } from "@/lib/articles/clean";
import { articleInput } from "@/lib/schemas/desk";
import { detectLanguage } from "@/lib/text/direction";
import { recordAudit } from "../audit";
import { requireRole, type Ctx } from "../context";
import { parseInput } from "../errors";

export async function findOrCreateSource(tx: Db, name: string, kind: "outlet" | "other" = "outlet"): Promise<number> {
  const [found] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.name, name)).limit(1);
  if (found) return found.id;
  const [created] = await tx.insert(sources).values({ name, kind }).onConflictDoNothing().returning({ id: sources.id });
  if (created) return created.id;
  const [raced] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.name, name)).limit(1);
  return raced!.id;
}

export async function createArticle({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ id: number }> {
  const user = requireRole(ctx, "editor");
  const data = parseInput(articleInput, input);
  return ctx.db.transaction(async (tx) => {
    const body = cleanArticleText(data.text);
    const outletSourceId = data.outlet ? await findOrCreateSource(tx, data.outlet) : null;
    const [row] = await tx
      .insert(articles)
      .values({
        rawText: data.text,
        body,
        outlet: data.outlet ?? null,
        outletSourceId,
        url: data.url ?? null,
        title: data.title ?? null,
        publishedAt: data.publishedAt ?? null,
        language: detectLanguage(body),
        createdBy: user.id,
      })
      .returning({ id: articles.id });
    await recordAudit(tx, {
      actorId: user.id,
      action: "article.create",
      entityType: "article",
      entityId: row!.id,
      after: { ...data, text: undefined, length: data.text.length },
    });
    return { id: row!.id };
  });
}
