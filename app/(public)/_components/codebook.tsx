// The codebook on the public incident page (issue 19 items 13–15): the weapon by its name in the
// reader's language (the reports' words beside it), the verified incidents this one relates to,
// both ways, and — where the cited sources name different actors — who says who did it.
import Link from "next/link";
import { Attributions } from "@/components/attributions";
import type { Messages } from "@/lib/i18n";
import { formatIncidentDate } from "@/lib/public/format";
import type { PublicIncident } from "@/server/public/dto";
import { pick } from "../../_lib/format";
import { hrefOf } from "./links";

type Locale = "ar" | "en";

/** The weapon as a fact: the codebook name in the reader's language, the reports' words after it. */
export function weaponLabel(locale: Locale, incident: Pick<PublicIncident, "weapon" | "weaponName">): string {
  if (!incident.weaponName) return incident.weapon ?? "—";
  const name = pick(locale, incident.weaponName.ar, incident.weaponName.en);
  return incident.weapon && incident.weapon !== name ? `${name} («${incident.weapon}»)` : name;
}

export function RelatedIncidents({ m, locale, lang, related }: { m: Messages; locale: Locale; lang: Locale | null; related: PublicIncident["related"] }) {
  if (!related.length) return null;
  const c = m.codebook;
  return (
    <section aria-labelledby="related-title" className="mt-6" data-testid="related-incidents">
      <h2 id="related-title" className="text-xl font-semibold">
        {c.relationsTitle}
      </h2>
      <ul className="mt-2 space-y-1">
        {related.map((r) => (
          <li key={`${r.direction}-${r.kind}-${r.incident.id}`}>
            {r.direction === "outgoing" ? c[`relation_${r.kind}`] : c[`inverse_${r.kind}`]}{" "}
            <Link href={hrefOf(`/incidents/${r.incident.id}`, {}, lang)} dir="auto">
              {pick(locale, r.incident.summaryAr, r.incident.summaryEn) || `${m.types[r.incident.type]} #${r.incident.id}`}
            </Link>{" "}
            <span className="text-sm text-stone-600">
              · <time dateTime={r.incident.date}>{formatIncidentDate(locale, r.incident.date, "day")}</time>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** «Sources disagree on who did it: X says A, Y says B», only where they do. */
export function SourceAttributions({ m, locale, sources }: { m: Messages; locale: Locale; sources: PublicIncident["sources"] }) {
  const cited = sources.flatMap((s) => s.cited.map((c) => ({ source: { name: c.name, nameEn: c.nameEn }, actor: c.attributedActor })));
  return <Attributions cited={cited} labels={m.codebook} locale={locale} />;
}
