import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sources } from "@/db/schema";
import type { SourceKind } from "@/lib/domain";
import { sourceNamed } from "@/lib/sources/match";
import type { SessionUser } from "../verb";

// A source a report names without choosing it from the list (a name typed, or the article's
// outlet): the listed source with that name or alias in either language, Arabic-normalised
// (lib/sources/match.ts), else a new one proposed for an admin to confirm. The editor's own
// proposal, named again with another kind, takes that kind (the kind chosen last is the one
// meant). Called on an explicit save only: the workbench's autosave holds typed names back.
export async function findOrProposeSource(tx: Db, name: string, kind: SourceKind, user: SessionUser): Promise<number> {
  const listed = await tx
    .select({
      id: sources.id,
      name: sources.name,
      nameEn: sources.nameEn,
      aliases: sources.aliases,
      kind: sources.kind,
      status: sources.status,
      proposedBy: sources.proposedBy,
    })
    .from(sources);
  const found = sourceNamed(name, listed);
  if (found) {
    if (found.status === "proposed" && found.proposedBy === user.id && found.kind !== kind && kind !== "outlet")
      await tx.update(sources).set({ kind, updatedAt: new Date() }).where(eq(sources.id, found.id));
    return found.id;
  }
  const [created] = await tx
    .insert(sources)
    .values({ name, kind, status: "proposed", proposedBy: user.id })
    .onConflictDoNothing({ target: sources.name })
    .returning({ id: sources.id });
  if (created) return created.id;
  // Another transaction proposed the same name meanwhile.
  const [again] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.name, name));
  return again!.id;
}
