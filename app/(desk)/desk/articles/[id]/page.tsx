import { directionOf } from "@/lib/text/direction";
import { displayUrl } from "@/lib/text/url";
import { RemovedLines } from "@/components/removed-lines";
import { getArticle, listArticles } from "@/server/articles/queries";
import { getRemovedLines } from "@/server/articles/restore";
import { listActorOptions, listPlaceOptions } from "@/server/gazetteer/options";
import { suggestArticleReports } from "@/server/reports/suggest";
import { listArticleReports } from "@/server/reports/workbench";
import { listReturnedOnArticle } from "@/server/reports/returned";
import { call, load } from "@/server/request";
import { formatDay } from "../../../../_lib/format";
import { getMessages } from "../../../../_lib/i18n";
import { pickMessages } from "@/lib/i18n";
import { Workbench } from "./_components/workbench";
import { restoreArticleLinesAction } from "../restore-actions";

// The annotation workbench (README "The annotation workbench").
export default async function ArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ report?: string | string[] }>;
}) {
  const article = await load(getArticle, { id: (await params).id });
  // ?report=N opens that draft in the form (the report page's «edit» link).
  const open = Number((await searchParams).report);
  const [workbench, placeOptions, actorOptions, suggestions, list, removed, returned] = await Promise.all([
    load(listArticleReports, { articleId: article.id }),
    load(listPlaceOptions, {}),
    load(listActorOptions, {}),
    call(suggestArticleReports, { articleId: article.id }).catch(() => null),
    load(listArticles, { before: article.id, limit: 1 }),
    load(getRemovedLines, { id: article.id }),
    load(listReturnedOnArticle, { id: article.id }),
  ]);
  const { locale, m } = await getMessages();
  const dir = directionOf(article.language);
  // The next article in the desk's list (older than this one): one row by the list's index.
  const next = list[0];
  const url = article.url ? displayUrl(article.url) : null;
  const header = (
    <header>
      <h1 className="text-xl font-bold break-words" dir="auto">
        {article.title}
      </h1>
      <p className="mt-1 text-sm break-words text-stone-500">
        {article.outlet ?? "—"} · {formatDay(article.publishedAt, locale)}
        {url && (
          <>
            {" · "}
            <a
              href={article.url!}
              title={url.full}
              rel="noopener noreferrer nofollow"
              target="_blank"
              dir="ltr"
              className="break-all"
              data-testid="article-url"
            >
              {url.short}
            </a>
          </>
        )}
      </p>
      {/* What the cleaner left out of the working copy, each line restorable (the raw paste is kept). */}
      <RemovedLines articleId={article.id} lines={removed} m={pickMessages(m, "errors", "intake")} action={restoreArticleLinesAction} />
    </header>
  );
  return (
    <Workbench
      m={pickMessages(m, "fields", "desk", "errors", "types", "precisions", "workbench", "statuses", "decisions", "codebook")}
      locale={locale}
      articleId={article.id}
      body={article.body}
      language={article.language}
      dir={dir}
      defaultDate={article.publishedAt ?? ""}
      initialReports={workbench.reports}
      places={placeOptions}
      actors={actorOptions}
      sources={workbench.sources}
      suggestions={suggestions}
      nextArticleId={next?.id ?? null}
      header={header}
      openReportId={Number.isInteger(open) && open > 0 ? open : null}
      returned={returned.map((r) => ({
        reportId: r.reportId,
        decision: r.decision,
        comment: r.comment,
        reviewerName: r.reviewerName,
        at: r.createdAt.toISOString().slice(0, 10),
      }))}
    />
  );
}
