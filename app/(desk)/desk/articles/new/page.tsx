import { getMessages } from "../../../../_lib/i18n";
import { pickMessages } from "@/lib/i18n";
import { ArticleForm } from "./_components/article-form";

export const metadata = { title: "Paste an article" };

export default async function NewArticlePage() {
  const { m } = await getMessages();
  return (
    <div className="max-w-3xl">
      <h1 className="text-xl font-bold">{m.desk.newArticleTitle}</h1>
      <p className="mt-1 text-sm text-stone-600">{m.desk.newArticleHelp}</p>
      <ArticleForm m={pickMessages(m, "fields", "desk", "errors", "intake")} />
    </div>
  );
}
