// The public incident as readers and integrators receive it: explicit fields, never a row.
// Keep in step with DESIGN.md's public contract. Fields after `updatedAt` are additions (the
// public log issue); each is documented with an example in lib/public/openapi.ts.
import { z } from "zod";
import { CLAIM_STATUSES, DATE_PRECISIONS, INCIDENT_RELATION_KINDS, INCIDENT_TYPES, SOURCE_KINDS, SOURCE_ROLES } from "@/lib/domain";

// Addition: `cited` — the sources the article cites for this incident (its source chain): who
// said it, of what kind, original claimant or relaying outlet, with the words that cite them.
export const publicCitedSource = z.object({
  name: z.string(),
  nameEn: z.string().nullable(),
  kind: z.enum(SOURCE_KINDS),
  role: z.enum(SOURCE_ROLES),
  quote: z.string().nullable(),
  // Addition (issue 19 item 15): who this source says did it, from the actor list; null when the
  // report records none. Sources may name different actors for one incident.
  attributedActor: z.object({ id: z.number().int(), nameAr: z.string(), nameEn: z.string() }).nullable(),
});

export const publicSource = z.object({
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  publishedAt: z.string().nullable(),
  quote: z.string().nullable(),
  cited: z.array(publicCitedSource),
});

// Who said what where the reports disagree: each value with the outlets that gave it.
// For a place or an actor (placeId, actorId, targetActorId) each value also carries its names.
export const publicDisagreement = z.object({
  field: z.string(),
  options: z.array(z.object({ value: z.unknown(), outlets: z.array(z.string()), nameAr: z.string().optional(), nameEn: z.string().optional() })),
});

export const publicIncident = z.object({
  id: z.number().int(),
  date: z.string(),
  datePrecision: z.enum(DATE_PRECISIONS),
  type: z.enum(INCIDENT_TYPES),
  place: z
    .object({
      id: z.string(),
      nameAr: z.string(),
      nameEn: z.string(),
      governorate: z.string().nullable(),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
      // Additions: "exact" or "approximate" coordinates (gazetteer), and the ISO country code.
      precision: z.string().nullable(),
      country: z.string().nullable(),
    })
    .nullable(),
  actor: z.object({ id: z.number().int(), nameAr: z.string(), nameEn: z.string() }).nullable(),
  target: z.string().nullable(),
  weapon: z.string().nullable(),
  munitions: z.number().int().nullable(),
  killed: z.number().int().nullable(),
  injured: z.number().int().nullable(),
  summaryAr: z.string().nullable(),
  summaryEn: z.string().nullable(),
  sources: z.array(publicSource),
  verifiedAt: z.string().nullable(),
  updatedAt: z.string(),
  // Additions. killed/injured stay the low figure; *High is the upper bound of a range (null = exact).
  killedHigh: z.number().int().nullable(),
  injuredHigh: z.number().int().nullable(),
  claimStatus: z.enum(CLAIM_STATUSES).nullable(),
  grade: z.string().nullable(),
  independentSources: z.number().int().nullable(),
  disagreements: z.array(publicDisagreement),
  correctionNote: z.string().nullable(),
  // "verified", or "retracted" (only ever from GET /api/v1/incidents/{id}, as a 410 with the notice).
  status: z.enum(["verified", "retracted"]),
  retraction: z.object({ at: z.string().nullable(), note: z.string().nullable() }).nullable(),
  // Addition: who was targeted, from the actor list (`target` stays the words of the reports:
  // what was hit). Null when no report names a listed party, as for incidents from before it.
  targetActor: z.object({ id: z.number().int(), nameAr: z.string(), nameEn: z.string() }).nullable(),
  // Addition: the type's label in both languages, as admins set it (the code above never changes).
  typeLabel: z.object({ ar: z.string(), en: z.string() }),
  // Addition (issue 19 item 13): the weapon from the codebook — its stable code and its name in
  // both languages; `weapon` stays the reports' own words. Null when no weapon is listed.
  weaponCode: z.string().nullable(),
  weaponName: z.object({ ar: z.string(), en: z.string() }).nullable(),
  // Addition (issue 19 item 14): verified incidents this one relates to, both ways. direction
  // "outgoing": this incident is the response / follow-on / wave member of `incident`;
  // "incoming": `incident` is that of this one.
  related: z.array(
    z.object({
      kind: z.enum(INCIDENT_RELATION_KINDS),
      direction: z.enum(["outgoing", "incoming"]),
      incident: z.object({ id: z.number().int(), date: z.string(), type: z.enum(INCIDENT_TYPES), summaryAr: z.string().nullable(), summaryEn: z.string().nullable() }),
    }),
  ),
});
export type PublicIncident = z.infer<typeof publicIncident>;
export type PublicDisagreement = z.infer<typeof publicDisagreement>;

// One line of the public log (`/`): the fields a line shows, and how many sources report it.
// Not part of the API: readers get the whole incident from its page and from /api/v1.
export type PublicLogLine = Pick<
  PublicIncident,
  "id" | "date" | "datePrecision" | "type" | "killed" | "injured" | "killedHigh" | "injuredHigh" | "grade" | "independentSources" | "summaryAr" | "summaryEn"
> & {
  place: { nameAr: string; nameEn: string } | null;
  actor: { nameAr: string; nameEn: string } | null;
  sourceCount: number;
};

// Addition, in GET /api/v1/incidents/{id} (and its 410): the public history of the incident,
// oldest first. The first publication is version 1 (verifiedAt); each later version is a
// correction by a reviewer (with its public note), an update (a newly approved report, a merge
// or a pinned value changed public values) or the retraction. `changes` lists each public value
// that changed, before → after, under this document's field names (place and actor as
// { id, nameAr, nameEn }); a retraction changes none.
export const publicHistoryEntry = z.object({
  version: z.number().int(),
  kind: z.enum(["correction", "update", "retraction"]),
  at: z.string(),
  note: z.string(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type PublicHistoryEntry = z.infer<typeof publicHistoryEntry>;

export const publicIncidentDocument = publicIncident.extend({ history: z.array(publicHistoryEntry) });
export type PublicIncidentDocument = z.infer<typeof publicIncidentDocument>;
