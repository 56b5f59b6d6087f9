import type { Metadata } from "next";
import { headers } from "next/headers";
import { publicLogData } from "@/server/pages/public-log";
import { getMessages, urlLocale } from "../../_lib/i18n";
import { PublicLog } from "../_components/public-log";

// The public log for a visitor with a session cookie: proxy.ts rewrites `/` here, so an editor
// sees the log with the desk's header (app/layout.tsx reads the session) while `/` itself — the
// Pages Router page without a client runtime (pages/index.tsx) — stays the same for every
// anonymous reader and can be kept by shared caches. Same data and markup as `/`.
export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.public.title, alternates: { canonical: "/" }, robots: { index: false } };
}

export default async function PublicLogWithSession({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ locale, m }, { lang }, data, nonce] = await Promise.all([
    getMessages(),
    urlLocale(),
    searchParams.then(publicLogData),
    headers().then((h) => h.get("x-nonce") ?? ""),
  ]);
  return <PublicLog {...data} locale={locale} lang={lang} m={m} nonce={nonce} />;
}
