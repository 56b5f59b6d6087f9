import type { Metadata } from "next";
import Link from "next/link";
import { currentUser } from "@/server/auth/session";
import { listReviewQueue } from "@/server/incidents/queries";
import { mayCall } from "@/server/request";
import { getMessages } from "./_lib/i18n";
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
  return (
    <html lang={locale} dir={m.dir}>
      <body className="min-h-screen">
        <header className="border-b border-stone-200 bg-white">
          <nav className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3" aria-label="main">
            <Link href="/" className="text-xl font-bold text-stone-900 no-underline">
              {m.appName}
            </Link>
            <Link href="/">{m.nav.publicLog}</Link>
            {user && (
              <>
                <Link href="/desk">{m.nav.desk}</Link>
                <Link href="/desk/articles/new">{m.nav.newArticle}</Link>
                {mayCall(listReviewQueue, user) && <Link href="/desk/review">{m.nav.review}</Link>}
                {mayCall("admin", user) && <Link href="/desk/admin">{m.admin.navAdmin}</Link>}
              </>
            )}
            <span className="ms-auto flex items-center gap-4 text-sm">
              <a href={`/lang?to=${locale === "ar" ? "en" : "ar"}`} hrefLang={locale === "ar" ? "en" : "ar"}>
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
        <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      </body>
    </html>
  );
}
