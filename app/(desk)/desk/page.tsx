import Link from "next/link";
import { listArticles } from "@/server/articles/queries";
import { listDeskIncidents } from "@/server/incidents/queries";
import { listAuditEvents } from "@/server/audit/queries";
import { currentUser } from "@/server/auth/session";
import { load, mayCall } from "@/server/request";
import { formatDay } from "../../_lib/format";
import { getMessages } from "../../_lib/i18n";
import { IncidentList } from "./_components/incident-list";

export default async function DeskPage() {
  const { locale, m } = await getMessages();
  const [articles, incidents, user] = await Promise.all([load(listArticles, {}), load(listDeskIncidents, {}), currentUser()]);
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <nav className="flex gap-4 lg:col-span-2">
        <Link href="/desk/inbox">{m.reviewDesk.inboxLink}</Link>
        {mayCall(listAuditEvents, user) && <Link href="/desk/audit">{m.reviewDesk.auditTitle}</Link>}
      </nav>
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
        <IncidentList m={m} locale={locale} incidents={incidents} empty={m.desk.noIncidents} />
      </section>
    </div>
  );
}
