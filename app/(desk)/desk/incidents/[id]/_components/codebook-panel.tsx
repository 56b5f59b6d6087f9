// The codebook on a desk incident (issue 19 items 13–15): the weapon by its name in the list,
// the incidents this one relates to (both ways, whatever their state, each removable), a form to
// relate it to another, and who each cited source says did it.
import Link from "next/link";
import { Attributions } from "@/components/attributions";
import { pickMessages } from "@/lib/i18n";
import type { SessionUser } from "@/server/verb";
import { relateIncidents } from "@/server/incidents/relations";
import { mayCall } from "@/server/request";
import type { PanelProps } from "./incident-types";
import { RelateFormClient, UnrelateFormClient } from "./relation-forms-client";

export function CodebookPanel({ m, locale, found, user }: PanelProps & { user: SessionUser | null }) {
  const c = m.codebook;
  const { weaponName, links, attributed } = found.codebook;
  const { incident } = found;
  const cm = pickMessages(m, "codebook", "errors");
  const open = incident.status !== "rejected" && incident.status !== "retracted" && !incident.mergedInto;
  return (
    <section className="space-y-3 rounded border border-stone-200 bg-white p-4" data-testid="codebook-panel">
      {weaponName && (
        <p>
          <span className="font-medium">{c.weaponCode}:</span> <span data-testid="weapon-name">{locale === "ar" ? weaponName.nameAr : weaponName.nameEn}</span>
          {incident.weapon && (
            <span className="text-stone-600" dir="auto">
              {" "}
              — «{incident.weapon}»
            </span>
          )}
        </p>
      )}
      <Attributions cited={attributed} labels={c} locale={locale} always />
      <h2 className="text-lg font-semibold">{c.relationsTitle}</h2>
      {links.length === 0 ? (
        <p className="text-sm text-stone-600">{c.noRelations}</p>
      ) : (
        <ul className="space-y-1" data-testid="relations">
          {links.map((l) => (
            <li key={`${l.relationId}-${l.direction}`} className="flex flex-wrap items-center gap-2">
              <span>{l.direction === "outgoing" ? c[`relation_${l.kind}`] : c[`inverse_${l.kind}`]}</span>
              <Link href={`/desk/incidents/${l.other.id}`}>#{l.other.id}</Link>
              <span className="text-sm text-stone-600">
                {l.other.date} · {m.types[l.other.type]} · {m.statuses[l.other.status as keyof typeof m.statuses] ?? l.other.status}
              </span>
              {l.note && (
                <span className="text-sm" dir="auto">
                  — {l.note}
                </span>
              )}
              {open && mayCall(relateIncidents, user) && <UnrelateFormClient m={cm} relationId={l.relationId} />}
            </li>
          ))}
        </ul>
      )}
      {open && mayCall(relateIncidents, user) && (
        <div>
          <h3 className="font-semibold">{c.relateTitle}</h3>
          <p className="mb-2 text-sm text-stone-600">{c.relateHelp}</p>
          <RelateFormClient m={cm} incidentId={incident.id} />
        </div>
      )}
    </section>
  );
}
