import type { Metadata } from "next";
import { currentUser } from "@/server/auth/session";
import { listReviewQueue } from "@/server/incidents/queries";
import { mayCall } from "@/server/request";
import { getMessages, urlLocale } from "./_lib/i18n";
import { LogoutForm, SiteFooter, SiteHeader } from "./_components/site-chrome";
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
  const { lang, url } = await urlLocale();
  const chromeUser = user ? { name: user.name, role: user.role, canReview: mayCall(listReviewQueue, user), canAdmin: mayCall("admin", user) } : null;
  return (
    <html lang={locale} dir={m.dir}>
      <body className="min-h-screen">
        <SiteHeader
          m={m}
          locale={locale}
          lang={lang}
          url={url}
          user={chromeUser}
          logout={user && <LogoutForm label={m.nav.logout} who={`${m.desk.signedInAs}: ${user.name} (${user.role})`} />}
        />
        <main id="content" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <SiteFooter m={m} lang={lang} />
      </body>
    </html>
  );
}
