import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { listArticles } from "@/server/articles/queries";
import { requestCtx } from "@/server/auth/session";
import { listDeskIncidents } from "@/server/incidents/queries";
import { formatDay, pick } from "../../_lib/format";
import { getMessages } from "../../_lib/i18n";

export default async function DeskPage() {
  const { locale, m } = await getMessages();
  const ctx = await requestCtx();
  const [articles, incidents] = await Promise.all([listArticles({ ctx }), listDeskIncidents({ ctx })]);
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <section>
        <div className="flex items-center justify-between">
          <h1 className="text-xl font-bold">{m.desk.articlesTitle}</h1>
          <Link href="/desk/articles/new" className="rounded bg-teal-800 px-3 py-1.5 text-white no-underline">
            {m.nav.newArticle}
          </Link>
        </div>
        {articles.length === 0 ? (
          <p className="mt-3 text-stone-600">{m.desk.noArticles}</p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
            {articles.map((a) => (
              <li key={a.id} className="p-3">
                <Link href={`/desk/articles/${a.id}`} dir={a.language === "ar" ? "rtl" : "ltr"}>
                  {a.title}
                </Link>
                <div className="text-xs text-stone-500">
                  {a.outlet ?? "—"} · {formatDay(a.publishedAt, locale)} · {m.fields.reports}: {a.reportCount}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2 className="text-xl font-bold">{m.desk.incidentsTitle}</h2>
        <ul className="mt-3 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {incidents.map((i) => (
            <li key={i.id} className="p-3">
              <div className="flex items-center gap-2 text-xs text-stone-500">
                <StatusBadge m={m} status={i.status} /> {formatDay(i.date, locale)} · {m.types[i.type]} · {pick(locale, i.placeNameAr, i.placeNameEn)}
              </div>
              <Link href={`/desk/incidents/${i.id}`}>#{i.id} {pick(locale, i.summaryAr, i.summaryEn)}</Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
