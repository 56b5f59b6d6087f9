import type { GetServerSideProps } from "next";
import Head from "next/head";
import { SiteFooter, SiteHeader } from "../app/_components/site-chrome";
import { PublicLog } from "../app/(public)/_components/public-log";
import { publicLogPageProps, type PublicLogProps } from "../server/pages/public-log";

// The public log, `/`, for readers without a session. Served by the Pages Router with no client
// runtime at all (config below): readers download no framework script, only the map's own module
// when they open the map (app/(public)/_components/map-section.tsx). Its data comes through
// server/pages/public-log.ts (the verbs, caches and dictionary the App Router pages use). The page
// holds nothing of any one reader's, so shared caches may keep it (proxy.ts sets its
// Cache-Control); a visitor with a session cookie gets the App Router's version, with the desk's
// header, instead (proxy.ts rewrites `/` to app/(public)/log/page.tsx).
export const config = { unstable_runtimeJS: false };

// The props are plain JSON already (ISO dates, null for what is absent), and with no client
// runtime they are never sent: no copy through JSON.stringify, which for the ~200 KB of the first
// page cost more than rendering its list.
export const getServerSideProps: GetServerSideProps<PublicLogProps> = async ({ query, req, res }) => ({ props: await publicLogPageProps({ query, req, res }) });

export default function PublicLogPage(props: PublicLogProps) {
  const { m, locale, lang, url } = props;
  return (
    <>
      <Head>
        <title>{`${m.public.title} · Sijill`}</title>
        <meta name="description" content={m.tagline} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <link rel="alternate" type="application/atom+xml" href="/feed.xml" />
        <link rel="alternate" type="application/json" href="/api/v1/incidents" />
      </Head>
      <SiteHeader m={m} locale={locale} lang={lang} url={url} user={null} logout={null} />
      <main id="content" className="mx-auto max-w-6xl px-4 py-6">
        <PublicLog {...props} />
      </main>
      <SiteFooter m={m} lang={lang} />
    </>
  );
}
