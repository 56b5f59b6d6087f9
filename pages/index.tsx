import type { GetServerSideProps } from "next";
import Head from "next/head";
import { LogoutForm, SiteFooter, SiteHeader } from "../app/_components/site-chrome";
import { PublicLog } from "../app/(public)/_components/public-log";
import type { PublicLogProps } from "../server/pages/public-log";

// The public log, `/`. Served by the Pages Router with no client runtime at all (config below):
// readers download no framework script, only the map's own module when they open the map
// (app/(public)/_components/map-section.tsx). Its data comes from the server process's
// registered loader (server/pages/public-log.ts: verbs, caches and dictionary shared with the
// App Router pages, which modules marked server-only cannot bring into this bundle).
export const config = { unstable_runtimeJS: false };

type Loader = (args: Parameters<GetServerSideProps>[0]) => Promise<PublicLogProps>;

export const getServerSideProps: GetServerSideProps<PublicLogProps> = async (ctx) => {
  const load = (globalThis as unknown as { __sijillPublicLogPage?: Loader }).__sijillPublicLogPage;
  if (!load) throw new Error("the public log's loader is not registered (instrumentation.ts)");
  const props = await load(ctx);
  // Props are plain JSON (no undefined fields).
  return { props: JSON.parse(JSON.stringify(props)) as PublicLogProps };
};

export default function PublicLogPage(props: PublicLogProps) {
  const { m, locale, lang, url, user } = props;
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
      <SiteHeader m={m} locale={locale} lang={lang} url={url} user={user} logout={user && <LogoutForm label={m.nav.logout} who={`${m.desk.signedInAs}: ${user.name} (${user.role})`} />} />
      <main id="content" className="mx-auto max-w-6xl px-4 py-6">
        <PublicLog {...props} />
      </main>
      <SiteFooter m={m} lang={lang} />
    </>
  );
}
