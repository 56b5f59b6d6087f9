import Link from "next/link";
import type { ReactNode } from "react";
import type { Locale, Messages } from "@/lib/i18n";

// The header, skip link and footer every page has: the App Router's root layout (app/layout.tsx)
// and the public log, which the Pages Router serves without a client runtime (pages/index.tsx),
// render the same markup from here. `logout` is the logout control each router can offer.
export type ChromeUser = { name: string; role: string; canReview: boolean; canAdmin: boolean };

export function chromeLinks(locale: Locale, lang: Locale | null, url: string | null) {
  const other: Locale = locale === "ar" ? "en" : "ar";
  // With the language in the address (?lang=), the switch is the same address in the other
  // language; without, the cookie switch (/lang) that sends the reader back where they were.
  const switchHref = lang && url ? withLang(url, other) : `/lang?to=${other}`;
  const home = lang ? `/?lang=${lang}` : "/";
  return { other, switchHref, home };
}

function withLang(url: string, lang: string): string {
  const u = new URL(url, "http://x");
  u.searchParams.set("lang", lang);
  return `${u.pathname}${u.search}`;
}

export function SiteHeader({
  m,
  locale,
  lang,
  url,
  user,
  logout,
}: {
  m: Messages;
  locale: Locale;
  lang: Locale | null;
  url: string | null;
  user: ChromeUser | null;
  logout: ReactNode;
}) {
  const { other, switchHref, home } = chromeLinks(locale, lang, url);
  const links = (
    <>
      <Link href={home}>{m.nav.publicLog}</Link>
      {user && (
        <>
          <Link href="/desk">{m.nav.desk}</Link>
          <Link href="/desk/articles/new">{m.nav.newArticle}</Link>
          <Link href="/desk/intake">{m.admin.intakeTitle}</Link>
          {user.canReview && <Link href="/desk/review">{m.nav.review}</Link>}
          {user.canAdmin && <Link href="/desk/admin">{m.admin.navAdmin}</Link>}
        </>
      )}
    </>
  );
  return (
    <>
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {m.publicLog.skipToContent}
      </a>
      <header className="border-b border-stone-200 bg-white">
        {/* One line at every width: the sections inline from sm up, folded into a menu (plain
            <details>, no script: the public log has none) on a phone, where three lines of
            header pushed the page down. */}
        <nav className="mx-auto flex max-w-6xl flex-nowrap items-center gap-x-5 px-4 py-3" aria-label="main">
          <Link href={home} className="shrink-0 text-xl font-bold text-stone-900 no-underline">
            {m.appName}
          </Link>
          <span className="hidden min-w-0 flex-wrap items-center gap-x-5 gap-y-2 sm:flex">{links}</span>
          <details className="relative sm:hidden" data-testid="nav-menu">
            <summary className="cursor-pointer list-none rounded border border-stone-300 px-2 py-1 text-sm">☰ {m.nav.menu}</summary>
            <span className="absolute start-0 top-full z-40 mt-1 flex w-56 flex-col gap-2 rounded border border-stone-200 bg-white p-3 shadow">{links}</span>
          </details>
          <span className="ms-auto flex shrink-0 items-center gap-4 text-sm">
            <a href={switchHref} hrefLang={other} lang={other}>
              {m.nav.language}
            </a>
            {user ? logout : <Link href="/login">{m.nav.login}</Link>}
          </span>
        </nav>
      </header>
    </>
  );
}

export function SiteFooter({ m, lang }: { m: Messages; lang: Locale | null }) {
  return (
    <footer className="mx-auto flex max-w-6xl flex-wrap gap-x-5 gap-y-2 border-t border-stone-200 px-4 py-4 text-sm text-stone-600">
      <span>{m.publicLog.footerNote}</span>
      <Link href={lang ? `/methodology?lang=${lang}` : "/methodology"}>{m.publicLog.methodology}</Link>
      <Link href={lang ? `/api-docs?lang=${lang}` : "/api-docs"}>{m.publicLog.apiDocs}</Link>
      <a href="/feed.xml" type="application/atom+xml">
        {m.publicLog.feed}
      </a>
    </footer>
  );
}

// The logout control as a plain form: posts to /signout (app/(auth)/signout/route.ts), no script needed.
export function LogoutForm({ label, who }: { label: string; who: string }) {
  return (
    <form method="post" action="/signout" className="flex items-center gap-3">
      <span className="hidden text-stone-500 sm:inline">{who}</span>
      <button type="submit" className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100">
        {label}
      </button>
    </form>
  );
}
