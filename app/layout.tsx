import type { Metadata } from "next";
import Link from "next/link";
import { currentUser } from "@/server/auth/session";
import { listReviewQueue } from "@/server/incidents/queries";
import { mayCall } from "@/server/request";
import { getMessages, urlLocale } from "./_lib/i18n";
import { LogoutButton } from "./_components/logout-button";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Sijill — سجل", template: "%s · Sijill" },
  description: "A verified register of armed incidents reported in the press",
  alternates: { types: { "application/json": "/api/v1/incidents" } },
};

// Every page reads the language cookie and most read the database: nothing is prerendered.
export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale, m } = await getMessages();
  const user = await currentUser();
  const other = locale === "ar" ? "en" : "ar";
  // With the language in the address (?lang=), the switch is the same address in the other
  // language; without, the cookie switch (/lang) that sends the reader back where they were.
  const { lang, url } = await urlLocale();
  const switchHref = lang && url ? withLang(url, other) : `/lang?to=${other}`;
  const home = lang ? `/?lang=${lang}` : "/";
  return (
    <html lang={locale} dir={m.dir}>
      <body className="min-h-screen">
        <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {m.publicLog.skipToContent}
        </a>
        <header className="border-b border-stone-200 bg-white">
          <nav className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3" aria-label="main">
            <Link href={home} className="text-xl font-bold text-stone-900 no-underline">
              {m.appName}
            </Link>
            <Link href={home}>{m.nav.publicLog}</Link>
            {user && (
              <>
                <Link href="/desk">{m.nav.desk}</Link>
                <Link href="/desk/articles/new">{m.nav.newArticle}</Link>
                <Link href="/desk/intake">{m.admin.intakeTitle}</Link>
                {mayCall(listReviewQueue, user) && <Link href="/desk/review">{m.nav.review}</Link>}
                {mayCall("admin", user) && <Link href="/desk/admin">{m.admin.navAdmin}</Link>}
              </>
            )}
            <span className="ms-auto flex items-center gap-4 text-sm">
              <a href={switchHref} hrefLang={other} lang={other}>
                {m.nav.language}
              </a>
              {user ? (
                <LogoutButton label={m.nav.logout} who={`${m.desk.signedInAs}: ${user.name} (${user.role})`} />
              ) : (
                <Link href="/login">{m.nav.login}</Link>
              )}
            </span>
          </nav>
        </header>
        <main id="content" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto flex max-w-6xl flex-wrap gap-x-5 gap-y-2 border-t border-stone-200 px-4 py-4 text-sm text-stone-600">
          <span>{m.publicLog.footerNote}</span>
          <Link href={lang ? `/methodology?lang=${lang}` : "/methodology"}>{m.publicLog.methodology}</Link>
          <Link href={lang ? `/api-docs?lang=${lang}` : "/api-docs"}>{m.publicLog.apiDocs}</Link>
          <a href="/feed.xml" type="application/atom+xml">{m.publicLog.feed}</a>
        </footer>
      </body>
    </html>
  );
}

function withLang(url: string, lang: string): string {
  const u = new URL(url, "http://x");
  u.searchParams.set("lang", lang);
  return `${u.pathname}${u.search}`;
}
