// The shape the export writers need: the public DTO (server/public/dto.ts) as plain data, so
// lib/ stays free of server imports. Kept structurally compatible with PublicIncident.
export type ExportIncident = {
  id: number;
  date: string;
  datePrecision: "day" | "approximate" | "month";
  type: string;
  // The type's label in both languages (admins edit them; the code never changes).
  typeLabel?: { ar: string; en: string };
  place: { id: string; nameAr: string; nameEn: string; governorate: string | null; lat: number | null; lon: number | null; precision?: string | null; country?: string | null } | null;
  actor: { id: number; nameAr: string; nameEn: string } | null;
  target: string | null;
  // Who was targeted, from the actor list (optional: added after the first exports).
  targetActor?: { id: number; nameAr: string; nameEn: string } | null;
  weapon: string | null;
  munitions: number | null;
  killed: number | null;
  injured: number | null;
  killedHigh: number | null;
  injuredHigh: number | null;
  claimStatus: string | null;
  grade: string | null;
  independentSources: number | null;
  summaryAr: string | null;
  summaryEn: string | null;
  sources: Array<{ outlet: string | null; url: string | null; title: string | null; publishedAt: string | null; quote: string | null }>;
  correctionNote?: string | null;
  // The weapon from the codebook and the incidents this one relates to (issue 19; optional:
  // added after the first exports).
  weaponCode?: string | null;
  weaponName?: { ar: string; en: string } | null;
  related?: Array<{ kind: string; direction: "outgoing" | "incoming"; incident: { id: number } }>;
  verifiedAt: string | null;
  updatedAt: string;
};
