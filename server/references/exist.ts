import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { actors, places, weapons } from "@/db/schema";
import { invalidField } from "../errors";

// The place, claimant, targeted party and weapon a report or a correction names must be in the
// reference lists; each missing one is refused on its own field.
export async function assertReferencesExist(
  tx: Db,
  refs: { placeId?: string | null; actorId?: number | null; targetActorId?: number | null; weaponCode?: string | null },
): Promise<void> {
  if (refs.weaponCode) {
    const [weapon] = await tx.select({ code: weapons.code }).from(weapons).where(eq(weapons.code, refs.weaponCode));
    if (!weapon) throw invalidField("weaponCode", "unknown_weapon");
  }
  if (refs.placeId) {
    const [place] = await tx.select({ id: places.id }).from(places).where(eq(places.id, refs.placeId));
    if (!place) throw invalidField("placeId", "unknown_place");
  }
  for (const field of ["actorId", "targetActorId"] as const) {
    const id = refs[field];
    if (!id) continue;
    const [actor] = await tx.select({ id: actors.id }).from(actors).where(eq(actors.id, id));
    if (!actor) throw invalidField(field, "unknown_actor");
  }
}
