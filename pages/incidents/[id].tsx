import type { GetServerSideProps } from "next";
import Head from "next/head";
import { IncidentView, incidentMeta } from "../../app/(public)/_components/incident-view";
import { NotFoundMessage } from "../../app/_components/not-found-message";
import { SiteFooter, SiteHeader } from "../../app/_components/site-chrome";
import { publicIncidentPageProps, type PublicIncidentProps } from "../../server/pages/public-incident";

// `/incidents/{id}` for readers without a session: the Pages Router with no client runtime (as
// `/`, pages/index.tsx), so the page is its HTML alone — no framework script or React payload to
// build per request or download — and its CSP needs no nonce (script-src 'self'). The same for
// every anonymous reader, so shared caches may keep it (proxy.ts sets its Cache-Control). A
// visitor with a session cookie gets the App Router's version with the desk's header.
export const config = { unstable_runtimeJS: false };

export const getServerSideProps: GetServerSideProps<PublicIncidentProps> = async ({ params, query, req, res }) => ({
  props: await publicIncidentPageProps({ params, query, req, res }),
});

export default function PublicIncidentPage({ incident, outline, m, locale, lang, url }: PublicIncidentProps) {
  const meta = incident ? incidentMeta({ incident, m, locale }) : null;
  return (
    <>
      <Head>
        <title>{`${meta?.title ?? m.public.notFoundTitle} · Sijill`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        {incident && meta && (
          <>
            <meta name="description" content={meta.description} />
            <link rel="canonical" href={`/incidents/${incident.id}`} />
            <link rel="alternate" type="application/json" href={`/api/v1/incidents/${incident.id}`} />
            <meta property="og:title" content={meta.title} />
            <meta property="og:description" content={meta.description} />
            <meta property="og:url" content={`/incidents/${incident.id}`} />
            <meta property="og:site_name" content={m.appName} />
            <meta property="og:locale" content={locale === "ar" ? "ar_SY" : "en_GB"} />
            <meta property="og:type" content="article" />
            {incident.verifiedAt && <meta property="article:published_time" content={incident.verifiedAt} />}
            <meta property="article:modified_time" content={incident.updatedAt} />
            <meta name="twitter:card" content="summary" />
            <meta name="twitter:title" content={meta.title} />
            <meta name="twitter:description" content={meta.description} />
          </>
        )}
        {(!incident || incident.status === "retracted") && <meta name="robots" content="noindex" />}
      </Head>
      <SiteHeader m={m} locale={locale} lang={lang} url={url} user={null} logout={null} />
      <main id="content" className="mx-auto max-w-6xl px-4 py-6">
        {incident ? (
          <IncidentView incident={incident} outline={outline} m={m} locale={locale} lang={lang} />
        ) : (
          <NotFoundMessage m={m} home={lang ? `/?lang=${lang}` : "/"} />
        )}
      </main>
      <SiteFooter m={m} lang={lang} />
    </>
  );
}
