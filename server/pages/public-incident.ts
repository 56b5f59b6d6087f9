import type { ServerResponse } from "node:http";
import { getReadDb } from "@/db/client";
import { AppError } from "../errors";
import type { PublicIncidentDocument } from "../public/dto";
import { getPublicIncident } from "../public/incidents";
import { placeOutline } from "../public/inset";
import { runVerb } from "../verb";
import { readerProps, type PageRequest, type Raw, type ReaderProps } from "./reader";

// What `/incidents/{id}` shows a reader without a session (pages/incidents/[id].tsx, a Pages
// Router page with no client runtime, like `/`: server/pages/public-log.ts says why). A visitor
// with a session cookie gets the App Router's page instead (proxy.ts rewrites to
// app/(public)/log/incidents/[id]/page.tsx). Nothing here may import "server-only" or
// next/headers: the Pages Router refuses them.

export type PublicIncidentProps = ReaderProps & {
  // null: no verified or retracted incident has this id (the page answers 404).
  incident: PublicIncidentDocument | null;
  // The small map's outlines (server/public/inset.ts), null without coordinates.
  outline: string | null;
};

// The incident, or null where the public may not see one: a draft, one in review, a rejected or
// merged one, a missing id, or an id that is not one (the same 404 for each: nothing says which).
async function incidentOrNull(id: unknown): Promise<PublicIncidentDocument | null> {
  try {
    return await runVerb(getPublicIncident, { db: await getReadDb(), user: null }, { id });
  } catch (e) {
    if (e instanceof AppError && (e.code === "not_found" || e.code === "invalid")) return null;
    throw e;
  }
}

// The page's props: the reader's language and dictionary as on `/` (./reader.ts), the incident.
export async function publicIncidentPageProps({
  params,
  query,
  req,
  res,
}: {
  params: Raw | undefined;
  query: Raw;
  req: PageRequest;
  res: ServerResponse;
}): Promise<PublicIncidentProps> {
  const [reader, incident] = await Promise.all([readerProps(query, req), incidentOrNull(params?.id)]);
  if (!incident) res.statusCode = 404;
  return { ...reader, incident, outline: placeOutline(incident?.place) };
}
