// The public incident as readers and integrators receive it: explicit fields, never a row.
// Keep in step with DESIGN.md's public contract.
import { z } from "zod";
import { DATE_PRECISIONS, INCIDENT_TYPES } from "@/lib/domain";

export const publicSource = z.object({
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  publishedAt: z.string().nullable(),
  quote: z.string().nullable(),
});

export const publicIncident = z.object({
  id: z.number().int(),
  date: z.string(),
  datePrecision: z.enum(DATE_PRECISIONS),
  type: z.enum(INCIDENT_TYPES),
  place: z
    .object({ id: z.string(), nameAr: z.string(), nameEn: z.string(), governorate: z.string().nullable(), lat: z.number().nullable(), lon: z.number().nullable() })
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
});
export type PublicIncident = z.infer<typeof publicIncident>;
