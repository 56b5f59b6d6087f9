import Link from "next/link";
import { ARTICLE_PAGE, listArticles } from "@/server/articles/queries";
import { DESK_INCIDENT_PAGE, listDeskIncidents } from "@/server/incidents/queries";
import { listAuditEvents } from "@/server/audit/queries";
import { currentUser } from "@/server/auth/session";
import { displayUrl } from "@/lib/text/url";
import { load, mayCall } from "@/server/request";
import { formatDay } from "../../_lib/format";
import { getMessages } from "../../_lib/i18n";
import { IncidentList } from "./_components/incident-list";

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

// Both lists a page at a time (50 each), older pages by the last id shown: the page, and the
// flight data Next sends with it, carry only what is shown (docs/public-reads.md "The desk").
export default async function DeskPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { locale, m } = await getMessages();
  const sp = await searchParams;
  const articlesBefore = one(sp.articlesBefore);
  const incidentsBefore = one(sp.incidentsBefore);
  const [articlePage, incidentPage, user] = await Promise.all([
    load(listArticles, { before: articlesBefore, limit: ARTICLE_PAGE + 1 }),
    load(listDeskIncidents, { before: incidentsBefore, limit: DESK_INCIDENT_PAGE + 1 }),
    currentUser(),
  ]);
  const articles = articlePage.slice(0, ARTICLE_PAGE);
  const incidents = incidentPage.slice(0, DESK_INCIDENT_PAGE);
  const olderArticles =
    articlePage.length > ARTICLE_PAGE
      ? `/desk?${new URLSearchParams({ ...(incidentsBefore ? { incidentsBefore } : {}), articlesBefore: String(articles.at(-1)!.id) })}`
      : null;
  const olderIncidents =
    incidentPage.length > DESK_INCIDENT_PAGE
      ? `/desk?${new URLSearchParams({ ...(articlesBefore ? { articlesBefore } : {}), incidentsBefore: String(incidents.at(-1)!.id) })}`
      : null;
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
        <Pager
          first={articlesBefore ? `/desk${incidentsBefore ? `?incidentsBefore=${incidentsBefore}` : ""}` : null}
          older={olderArticles}
          m={m}
          testId="articles-pager"
        />
      </section>
      <section>
        <h2 className="text-xl font-bold">{m.desk.incidentsTitle}</h2>
        <IncidentList m={m} locale={locale} incidents={incidents} empty={m.desk.noIncidents} />
        <Pager
          first={incidentsBefore ? `/desk${articlesBefore ? `?articlesBefore=${articlesBefore}` : ""}` : null}
          older={olderIncidents}
          m={m}
          testId="incidents-pager"
        />
      </section>
    </div>
  );
}

function Pager({ first, older, m, testId }: { first: string | null; older: string | null; m: Awaited<ReturnType<typeof getMessages>>["m"]; testId: string }) {
  if (!first && !older) return null;
  return (
    <nav className="mt-3 flex gap-4 text-sm" data-testid={testId}>
      {first && <Link href={first}>{m.publicLog.newer}</Link>}
      {older && (
        <Link href={older} prefetch={false}>
          {m.publicLog.older}
        </Link>
      )}
    </nav>
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
