import Link from "next/link";
import { listArticles } from "@/server/articles/queries";
import { listDeskIncidents } from "@/server/incidents/queries";
import { listAuditEvents } from "@/server/audit/queries";
import { currentUser } from "@/server/auth/session";
import { displayUrl } from "@/lib/text/url";
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
      <section className="min-w-0">
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
              <li key={a.id} className="min-w-0 p-3">
                <Link href={`/desk/articles/${a.id}`} dir={a.language === "ar" ? "rtl" : "ltr"} className="break-words [overflow-wrap:anywhere]">
                  {a.title || m.intake.untitled}
                </Link>
                <div className="text-xs text-stone-500">
                  {a.outlet ?? "—"} · {formatDay(a.publishedAt, locale)} · {m.fields.reports}: {a.reportCount}
                </div>
                {a.url && <ShortUrl url={a.url} />}
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

// An article's URL as people read it (decoded, outlet + path, shortened in the middle) on one
// line; the full decoded URL on hover, the stored one behind the link.
function ShortUrl({ url }: { url: string }) {
  const { short, full } = displayUrl(url);
  return (
    <a href={url} title={full} dir="ltr" rel="noreferrer noopener" target="_blank" className="block truncate text-xs text-stone-500" data-testid="article-url">
      {short}
    </a>
  );
}
