import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { directionOf } from "@/lib/text/direction";
import { getArticle } from "@/server/articles/queries";
import { listActorOptions, listPlaceOptions } from "@/server/gazetteer/options";
import { load } from "@/server/request";
import { formatDay, pick } from "../../../../_lib/format";
import { getMessages } from "../../../../_lib/i18n";
import { pickMessages } from "@/lib/i18n";
import { ReportForm } from "./_components/report-form";

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const article = await load(getArticle, { id: (await params).id });
  const [placeOptions, actorOptions] = await Promise.all([load(listPlaceOptions, {}), load(listActorOptions, {})]);
  const { locale, m } = await getMessages();
  const dir = directionOf(article.language);
  return (
    <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
      <article className="rounded border border-stone-200 bg-white p-5">
        <h1 className="text-xl font-bold" dir={dir}>
          {article.title}
        </h1>
        <p className="mt-1 text-sm text-stone-500">
          {article.outlet ?? "—"} · {formatDay(article.publishedAt, locale)}
          {article.url && (
            <>
              {" · "}
              <a href={article.url} rel="noopener noreferrer nofollow" target="_blank" dir="ltr">
                {article.url}
              </a>
            </>
          )}
        </p>
        {/* One text node, so a selection's offset here is its offset in the stored body. */}
        <div id="article-text" data-testid="article-text" lang={article.language} dir={dir} className="article-text mt-4 text-lg">
          {article.body}
        </div>
      </article>
      <aside className="space-y-6">
        <section>
          <h2 className="text-lg font-semibold">{m.desk.reportsTitle}</h2>
          {article.reports.length === 0 ? (
            <p className="text-sm text-stone-600">{m.desk.noReports}</p>
          ) : (
            <ul className="mt-2 space-y-2">
              {article.reports.map((r) => (
                <li key={r.id} className="rounded border border-stone-200 bg-white p-2 text-sm">
                  <StatusBadge m={m} status={r.status} /> {formatDay(r.date, locale)} · {m.types[r.type]} · {pick(locale, r.placeNameAr, r.placeNameEn)}
                  <Link href={`/desk/reports/${r.id}`} className="block" dir="auto">
                    {r.summary}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="rounded border border-stone-200 bg-white p-4">
          <h2 className="text-lg font-semibold">{m.desk.newReport}</h2>
          <p className="mb-3 text-sm text-stone-600">{m.desk.newReportHelp}</p>
          <ReportForm
            m={pickMessages(m, "fields", "desk", "errors", "types", "precisions")}
            locale={locale}
            articleId={article.id}
            defaultDate={article.publishedAt ?? ""}
            places={placeOptions}
            actors={actorOptions}
          />
        </section>
      </aside>
    </div>
  );
}
