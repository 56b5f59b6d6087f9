import { errorText, pickMessages } from "@/lib/i18n";
import { isWebLink } from "@/lib/net/safe-fetch";
import { load } from "@/server/request";
import { getIntakeItem } from "@/server/intake/verbs";
import { getMessages } from "../../../../_lib/i18n";
import { dismissAction } from "../actions";
import { ActionForm } from "../../admin/_components/action-form";
import { TakeForm } from "./_components/take-form";

export const metadata = { title: "Intake item" };

// One fetched page: the editor checks what was extracted, corrects it, and takes it into the
// workbench (or dismisses it).
export default async function IntakeItemPage({ params }: { params: Promise<{ id: string }> }) {
  const { m } = await getMessages();
  const { id } = await params;
  const item = await load(getIntakeItem, { id });
  const a = m.admin;
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-xl font-bold">{a.takeTitle}</h1>
      <p className="text-sm text-stone-600">{a.takeHelp}</p>
      <p dir="ltr" className="break-all text-sm">
        {/* Stored links are http(s) since the fetcher checks them; a row stored before that shows as text. */}
        {isWebLink(item.url) ? (
          <a href={item.url} rel="noopener noreferrer nofollow" target="_blank">
            {item.url}
          </a>
        ) : (
          item.url
        )}
      </p>
      {item.extractProblem && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {a.extractProblem}: {errorText(m, item.extractProblem)}
        </p>
      )}
      {item.duplicateOfArticleId && (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {a.duplicateOf} <a href={`/desk/articles/${item.duplicateOfArticleId}`}>#{item.duplicateOfArticleId}</a>
        </p>
      )}
      {item.status === "new" ? (
        <>
          <TakeForm
            m={pickMessages(m, "admin", "errors", "fields", "desk")}
            item={{ id: item.id, url: item.url, title: item.title ?? "", outlet: item.outlet ?? "", publishedAt: item.publishedAt ?? "", text: item.text }}
          />
          <ActionForm action={dismissAction} hidden={{ itemId: item.id }} submit={a.dismiss} m={pickMessages(m, "errors", "admin")} />
        </>
      ) : (
        <p role="status">{item.status === "taken" ? a.taken : a.dismissed}</p>
      )}
    </div>
  );
}
