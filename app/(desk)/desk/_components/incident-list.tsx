import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import type { IncidentStatus, IncidentType } from "@/lib/domain";
import type { Locale, Messages } from "@/lib/i18n";
import { formatDay, pick } from "../../../_lib/format";

type Line = {
  id: number;
  date: string;
  type: IncidentType;
  status: IncidentStatus;
  summaryAr: string | null;
  summaryEn: string | null;
  placeNameAr: string | null;
  placeNameEn: string | null;
};

export function IncidentList({ m, locale, incidents, empty }: { m: Messages; locale: Locale; incidents: Line[]; empty: string }) {
  if (incidents.length === 0) return <p className="mt-3 text-stone-600">{empty}</p>;
  return (
    <ul className="mt-3 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
      {incidents.map((i) => (
        <li key={i.id} className="p-3">
          <div className="flex items-center gap-2 text-xs text-stone-500">
            <StatusBadge m={m} status={i.status} /> {formatDay(i.date, locale)} · {m.types[i.type]} · {pick(locale, i.placeNameAr, i.placeNameEn)}
          </div>
          <Link href={`/desk/incidents/${i.id}`} dir="auto">
            #{i.id} {pick(locale, i.summaryAr, i.summaryEn)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
