import type { Metadata } from "next";
import { cache } from "react";
import { placeOutline } from "@/server/public/inset";
import { getPublicIncident } from "@/server/public/incidents";
import { load } from "@/server/request";
import { getMessages, urlLocale } from "../../../../_lib/i18n";
import { IncidentView, incidentMeta } from "../../../_components/incident-view";

// A public incident for a visitor with a session cookie: proxy.ts rewrites `/incidents/{id}`
// here, so an editor sees it with the desk's header (app/layout.tsx reads the session) while
// `/incidents/{id}` itself — the Pages Router page without a client runtime
// (pages/incidents/[id].tsx) — stays the same for every anonymous reader. Same data and markup.

// One request, one read: the metadata and the page share it.
const incidentOf = cache((id: string) => load(getPublicIncident, { id }));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const incident = await incidentOf(id);
  const { locale, m } = await getMessages();
  const { title, description } = incidentMeta({ incident, m, locale });
  return {
    title,
    description,
    alternates: { canonical: `/incidents/${incident.id}`, types: { "application/json": `/api/v1/incidents/${incident.id}` } },
    // The anonymous page is the one to index (this address is only reached by a rewrite).
    robots: { index: false },
  };
}

export default async function PublicIncidentWithSession({ params }: { params: Promise<{ id: string }> }) {
  const [incident, { locale, m }, { lang }] = await Promise.all([params.then((p) => incidentOf(p.id)), getMessages(), urlLocale()]);
  return <IncidentView incident={incident} outline={placeOutline(incident.place)} m={m} locale={locale} lang={lang} />;
}
