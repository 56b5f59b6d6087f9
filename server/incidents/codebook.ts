import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { actors, incidents, reportSources, sources, weapons } from "@/db/schema";
import { linksOf } from "./links";

// What the desk incident page shows of the codebook (issue 19 items 13–15): the weapon's name
// from the list, the incidents this one relates to (both ways, whatever their state), and who
// each cited source of its reports says did it.
export async function deskCodebook(db: Db, incidentId: number, reportIds: number[]) {
  const [weapon] = await db
    .select({ code: weapons.code, nameAr: weapons.nameAr, nameEn: weapons.nameEn })
    .from(incidents)
    .innerJoin(weapons, eq(weapons.code, incidents.weaponCode))
    .where(eq(incidents.id, incidentId));
  const links = (await linksOf(db, [incidentId], { publicOnly: false })).get(incidentId) ?? [];
  const attributed = reportIds.length
    ? await db
        .select({
          reportId: reportSources.reportId,
          source: { name: sources.name, nameEn: sources.nameEn },
          actor: { id: actors.id, nameAr: actors.nameAr, nameEn: actors.nameEn },
        })
        .from(reportSources)
        .innerJoin(sources, eq(sources.id, reportSources.sourceId))
        .innerJoin(actors, eq(actors.id, reportSources.attributedActorId))
        .where(inArray(reportSources.reportId, reportIds))
        .orderBy(asc(reportSources.reportId), asc(reportSources.position))
    : [];
  return { weaponName: weapon ?? null, links, attributed };
}
