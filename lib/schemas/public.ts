// Query parameters of the public API (DESIGN.md "Public contract"). A bad value is a 400 that
// names the parameter.
import { z } from "zod";
import { CLAIM_STATUSES, INCIDENT_TYPES } from "../domain";
import { isoDate, MAX_ID } from "./fields";
import { safeText } from "./text";

// Prose, not a message key: the public API's 400 body says it to integrators as it is.
const PUBLIC_TEXT = "must not contain NUL (U+0000) or unpaired surrogate characters";
const text = (max: number) => safeText(z.string().max(max), PUBLIC_TEXT);

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

// Offset paging stays for small offsets (the first pages, old links and clients); past it a page is
// asked by cursor (`before`/`after`, "older"/"newer"), which the (date, id) index answers at any
// depth: an offset makes the database walk and drop every row before it (docs/public-reads.md).
export const MAX_OFFSET = 2000;
export const OFFSET_TOO_DEEP = `must be at most ${MAX_OFFSET}: for deeper pages follow the \`older\` cursor (before=…)`;
// A position in the log's order (date, then id, both descending): "YYYY-MM-DD.id".
export const CURSOR = /^(\d{4}-\d{2}-\d{2})\.(\d{1,10})$/;
const CURSOR_TEXT = "must be a cursor from a previous answer (YYYY-MM-DD.id)";
const cursor = z
  .string()
  .max(30)
  .regex(CURSOR, { error: CURSOR_TEXT })
  // zod runs every check even after the pattern failed: a text that is no cursor is refused here too.
  .refine(
    (v) => {
      const m = CURSOR.exec(v);
      return !!m && Number(m[2]) <= MAX_ID && isoDate.safeParse(m[1]).success;
    },
    { error: CURSOR_TEXT },
  );
export function parseCursor(v: string): { date: string; id: number } {
  const [, date, id] = CURSOR.exec(v)!;
  return { date: date!, id: Number(id) };
}
export const cursorOf = (i: { date: string; id: number }) => `${i.date}.${i.id}`;

// A filter's dates lie in the years a register of the press can hold: the weeks around the far
// ends of the calendar («9999-12-31», «0001-01-01») fall outside what the database can count.
export const FIRST_DAY = "1900-01-01";
export const LAST_DAY = "2999-12-31";
const DATE_RANGE_TEXT = `must be a date from ${FIRST_DAY} to ${LAST_DAY}`;
const filterDate = isoDate.refine((d) => d >= FIRST_DAY && d <= LAST_DAY, { error: DATE_RANGE_TEXT });

export const publicIncidentQuery = z
  .object({
    from: optional(filterDate),
    to: optional(filterDate),
    place: optional(text(100)),
    governorate: optional(text(100)),
    type: optional(z.enum(INCIDENT_TYPES)),
    actor: optional(z.coerce.number().int().positive().max(MAX_ID)),
    claimStatus: optional(z.enum(CLAIM_STATUSES)),
    q: optional(text(200)),
    limit: optional(z.coerce.number().int().min(1).max(500)).default(50),
    offset: optional(z.coerce.number().int().min(0).max(MAX_OFFSET, { error: OFFSET_TOO_DEEP })).default(0),
    // Keyset paging: the page of incidents older than (before) or newer than (after) a cursor.
    before: optional(cursor),
    after: optional(cursor),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["from"], error: "from must not be after to" })
  .refine((v) => !(v.before && v.after), { path: ["after"], error: "give either before or after, not both" })
  .refine((v) => !(v.offset && (v.before || v.after)), { path: ["offset"], error: "offset does not go with a cursor (before/after)" });
export type PublicIncidentQuery = z.infer<typeof publicIncidentQuery>;
// The filters alone (counts, aggregates, exports): the query without its paging.
export type PublicFilters = Omit<Partial<PublicIncidentQuery>, "limit" | "offset" | "before" | "after">;

export const publicIncidentId = z.coerce
  .number({ error: "must be a positive whole number" })
  .int({ error: "must be a positive whole number" })
  .positive({ error: "must be a positive whole number" })
  .max(MAX_ID, { error: "no incident has an id this large" });
export const publicIncidentRef = z.object({ id: publicIncidentId });
