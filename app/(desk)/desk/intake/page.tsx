import Link from "next/link";
import { Pager } from "@/components/pager";
import { errorText, pickMessages } from "@/lib/i18n";
import { load } from "@/server/request";
import { listIntakeItems } from "@/server/intake/verbs";
import { getMessages } from "../../../_lib/i18n";
import { dismissAction } from "./actions";
import { UrlForm } from "./_components/url-form";
import { ActionForm } from "../admin/_components/action-form";

export const metadata = { title: "Intake" };

// Articles from a URL, and the inbox of fetched pages (an editor's URLs and outlets' feeds).
export default async function IntakePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { m } = await getMessages();
  const inbox = await load(listIntakeItems, { page: (await searchParams).page });
  const items = inbox.rows;
  const a = m.admin;
  const fm = pickMessages(m, "errors", "admin");
  return (
    <div className="max-w-3xl space-y-8">
      <section>
        <h1 className="text-xl font-bold">{a.intakeTitle}</h1>
        <p className="mt-1 text-sm text-stone-600">{a.intakeHelp}</p>
        <div className="mt-3">
          <UrlForm m={pickMessages(m, "admin", "errors")} />
        </div>
      </section>
      <section aria-labelledby="inbox">
        <h2 id="inbox" className="text-lg font-bold">
          {a.inboxTitle}
        </h2>
        {items.length === 0 ? (
          <p className="mt-2 text-stone-600">{a.inboxEmpty}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {items.map((it) => (
              <li key={it.id} aria-label={it.title ?? it.url} className="rounded-lg border border-stone-200 bg-white p-4">
                <Link href={`/desk/intake/${it.id}`} dir="auto" className="font-semibold">
                  {it.title ?? it.url}
                </Link>
                <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-stone-600">
                  {it.outlet && <span dir="auto">{it.outlet}</span>}
                  {it.publishedAt && <span dir="ltr">{it.publishedAt}</span>}
                  <span>{it.feedId ? a.fromFeed : a.fromUrl}</span>
                  <span dir="ltr" className="break-all">
                    {it.url}
                  </span>
                </p>
                {it.extractProblem && (
                  <p className="mt-1 text-sm text-amber-800">
                    {a.extractProblem}: {errorText(m, it.extractProblem)}
                  </p>
                )}
                {it.duplicateOfArticleId && (
                  <p className="mt-1 text-sm text-amber-800">
                    {a.duplicateOf} <Link href={`/desk/articles/${it.duplicateOfArticleId}`}>#{it.duplicateOfArticleId}</Link>
                  </p>
                )}
                <div className="mt-2">
                  <ActionForm action={dismissAction} hidden={{ itemId: it.id }} submit={a.dismiss} m={fm} />
                </div>
              </li>
            ))}
          </ul>
        )}
        <Pager page={inbox.page} pages={inbox.pages} href={(n) => `/desk/intake?page=${n}`} labels={m.pager} />
      </section>
    </div>
  );
}
